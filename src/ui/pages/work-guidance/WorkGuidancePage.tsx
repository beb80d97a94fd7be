/**
 * "Werk en route" of one person (/personen/:id/werk): the latest assessment of the distance to work
 * and a form for a new one, the routing proposal with its reasons, confirming it or departing from
 * it with a reason, and the history. Only the case's professional and coordinator; a role that does
 * not see work and participation is told so.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WithheldNotice } from '../dossier/WithheldNotice.tsx';
import { RecordPageFallback } from '../RecordPageFallback.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { AssessmentSummary } from './AssessmentSummary.tsx';
import { HistorySection } from './HistorySection.tsx';
import { ProposalCard } from './ProposalCard.tsx';
import { useProposeAgain } from './useWorkGuidanceChange.ts';
import { useWorkGuidance, type WorkGuidance } from './work-guidance-api.ts';
import './work-guidance.css';

export default function WorkGuidancePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const query = useWorkGuidance(id);
  const announcement = useAnnouncement();
  if (!query.isSuccess) return <RecordPageFallback query={query} title={t('work.titleLoading')} />;
  const view = query.data;
  const title = t('work.title', { name: view.person.displayName });
  return (
    <>
      <Paragraph>
        <AppLink to={`/personen/${encodeURIComponent(id)}`}>{t('work.back')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <AnnouncementArea announcement={announcement} />
      {view.visible ? (
        <>
          <AssessmentSection view={view} onMessage={announcement.announce} />
          <ProposalSection view={view} onMessage={announcement.announce} />
          <HistorySection view={view} />
        </>
      ) : (
        <>
          <WithheldNotice withheld={view.withheld} householdId={view.householdId} />
          <Paragraph>{t('work.notVisible', { name: view.person.displayName })}</Paragraph>
        </>
      )}
    </>
  );
}

function AssessmentSection({ view, onMessage }: { view: WorkGuidance; onMessage: (message: string | null) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const latest = view.assessments[0];
  const done = (message: string | null) => {
    setOpen(false);
    if (message) onMessage(message);
    else setTimeout(() => buttonRef.current?.focus(), 0);
  };
  return (
    <section className="samenspel-section" aria-labelledby="work-assessment">
      <Heading level={2} id="work-assessment">
        {t('work.assessment.title')}
      </Heading>
      {latest ? <AssessmentSummary assessment={latest} /> : <Paragraph>{t('work.assessment.none')}</Paragraph>}
      {view.abilities.create && !open ? (
        <div className="samenspel-actions">
          <Button ref={buttonRef} appearance="secondary-action-button" type="button" onClick={() => setOpen(true)}>
            {t('work.assessment.new')}
          </Button>
        </div>
      ) : null}
      {open ? <AssessmentForm view={view} onDone={done} /> : null}
    </section>
  );
}

function ProposalSection({ view, onMessage }: { view: WorkGuidance; onMessage: (message: string | null) => void }) {
  const { t } = useI18n();
  const latest = view.proposals[0];
  const again = useProposeAgain(view.person.id, () => onMessage(t('work.proposed')));
  return (
    <section className="samenspel-section" aria-labelledby="work-proposal">
      <Heading level={2} id="work-proposal">
        {t('work.proposal.title')}
      </Heading>
      {again.error ? <ErrorAlert error={again.error} /> : null}
      {latest ? <ProposalCard key={latest.id} view={view} proposal={latest} onMessage={onMessage} /> : <Paragraph>{t('work.proposal.none')}</Paragraph>}
      {view.abilities.create && view.assessments.length > 0 ? (
        <>
          <Paragraph className="samenspel-small">{t('work.againHint')}</Paragraph>
          <div className="samenspel-actions">
            <Button appearance="subtle-button" type="button" busy={again.isPending} disabled={again.isPending} onClick={() => again.mutate()}>
              {t('work.again')}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
