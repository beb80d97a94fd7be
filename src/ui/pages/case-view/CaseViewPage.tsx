/**
 * The pseudonymised case view (/casusbespreking, household in the history state) for a case
 * discussion without consent: on screen and on paper. Each visit makes a new one (new
 * reference, logged); nothing of it is kept, in the browser's cache either.
 */
import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RecordPageFallback } from '../RecordPageFallback.tsx';
import type { CaseViewDocument, CaseViewLocationState } from './case-view-types.ts';
import { CaseViewContent } from './CaseViewContent.tsx';
import './case-view.css';

export default function CaseViewPage() {
  const { t } = useI18n();
  const householdId = (useLocation().state as CaseViewLocationState | null)?.householdId;
  if (!householdId) {
    return (
      <>
        <PageTitle>{t('caseView.titleLoading')}</PageTitle>
        <Paragraph>{t('caseView.intro')}</Paragraph>
        <Paragraph>
          <AppLink to="/">{t('notFound.home')}</AppLink>
        </Paragraph>
      </>
    );
  }
  return <CaseView householdId={householdId} />;
}

function CaseView({ householdId }: { householdId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const view = useQuery({
    queryKey: ['case-view', householdId],
    queryFn: ({ signal }) => api.get<CaseViewDocument>(`/api/households/${encodeURIComponent(householdId)}/case-view`, { signal }),
    staleTime: Infinity,
    gcTime: 0,
  });
  if (!view.isSuccess) return <RecordPageFallback query={view} title={t('caseView.titleLoading')} />;

  return (
    <>
      <PageTitle>{t('caseView.title', { reference: view.data.reference })}</PageTitle>
      <Paragraph className="samenspel-screen-only">{t('caseView.intro')}</Paragraph>
      <div className="samenspel-actions samenspel-screen-only">
        <Button appearance="primary-action-button" type="button" onClick={() => window.print()}>
          {t('caseView.print')}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={() => void navigate(`/huishoudens/${encodeURIComponent(householdId)}`)}>
          {t('caseView.back')}
        </Button>
      </div>
      <CaseViewContent view={view.data} />
    </>
  );
}
