import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api, query } from '../api/client.ts';
import { withheldOf } from '../api/consent-types.ts';
import type { CaseView, Dossier } from '../api/types.ts';
import { Alert } from '../components/Alert.tsx';
import { AnnouncementArea, useAnnouncement } from '../components/announcement.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { formatPeriod } from '../components/format.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { ErrorAlert, Loading, SuccessAlert } from '../components/status.tsx';
import { DataTable, Th } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { ConsentSection } from './consent/ConsentSection.tsx';
import { CaseViewLink } from './case-view/CaseViewLink.tsx';
import { AroundTheHousehold } from './dossier/AroundTheHousehold.tsx';
import { ContactFormSection } from './dossier/ContactForm.tsx';
import { IntakesSection } from './dossier/IntakesSection.tsx';
import { NoteForm } from './dossier/NoteForm.tsx';
import { Timeline } from './dossier/Timeline.tsx';
import { UrgencyText } from './dossier/Urgency.tsx';
import { WithheldNotice } from './dossier/WithheldNotice.tsx';
import { EmergencyBanner } from './emergency/EmergencyBanner.tsx';
import { EmergencyOffer } from './emergency/EmergencyOffer.tsx';
import { RecordPageFallback } from './RecordPageFallback.tsx';
import { TrajectoriesSection } from './trajectories/TrajectoriesSection.tsx';

/** What a page may hand to the dossier when it navigates there (e.g. after a registration). */
export interface DossierLocationState {
  /** A success message to show once (as a message key, so it follows a change of language). */
  flash?: { key: MessageKey; params?: Record<string, string | number> };
}

const PAGE_SIZE = 20;

export function dossierQueryKey(householdId: string) {
  return ['dossier', householdId] as const;
}

export default function HouseholdPage() {
  const { id = '' } = useParams();
  // A fresh page (and its one-time message) per household.
  return <DossierPage key={id} id={id} />;
}

function DossierPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => (location.state as DossierLocationState | null)?.flash ?? null);
  const announcement = useAnnouncement();
  const [adding, setAdding] = useState<'contact' | 'note' | null>(null);
  const addContactRef = useRef<HTMLButtonElement>(null);
  const addNoteRef = useRef<HTMLButtonElement>(null);

  // Show the message once: a reload or "back" to this page should not show it again.
  useEffect(() => {
    if ((location.state as DossierLocationState | null)?.flash) navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  const dossier = useInfiniteQuery({
    queryKey: dossierQueryKey(id),
    queryFn: ({ pageParam, signal }) =>
      api.get<Dossier>(`/api/households/${encodeURIComponent(id)}/dossier${query({ limit: PAGE_SIZE, before: pageParam })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });

  const firstPage = dossier.data?.pages[0];
  // Keep the page when only loading an older page of the timeline failed.
  if (!dossier.data || !firstPage) return <><RecordPageFallback query={dossier} title={t('household.titleLoading')} /><EmergencyOffer householdId={id} query={dossier} /></>;

  const h = firstPage.household;
  const { abilities, currentCoordinator } = firstPage;
  const timeline = dossier.data.pages.flatMap((page) => page.timeline);
  const closeForm = (opener: RefObject<HTMLButtonElement | null>) => (message: string | null) => {
    setAdding(null);
    if (message) announcement.announce(message);
    else setTimeout(() => opener.current?.focus(), 0);
  };
  const startAdding = (what: 'contact' | 'note') => {
    announcement.clear();
    setAdding(what);
  };

  return (
    <>
      <PageTitle>{h.name}</PageTitle>
      <EmergencyBanner householdId={h.id} />
      {flash ? <SuccessAlert>{t(flash.key, flash.params)}</SuccessAlert> : null}
      <Paragraph purpose="lead" data-testid="dossier-coordinator">
        {currentCoordinator
          ? t('dossier.coordinator', { name: currentCoordinator.displayName, team: currentCoordinator.team })
          : t('dossier.noCoordinator')}
      </Paragraph>
      {abilities.contents ? null : (
        <Alert type="info" className="samenspel-alert" data-testid="dossier-contents-hidden">
          <Paragraph>{t('dossier.contentsHidden')}</Paragraph>
        </Alert>
      )}
      {abilities.contents ? <WithheldNotice withheld={withheldOf(firstPage)} householdId={h.id} /> : null}
      {abilities.contents ? <CaseViewLink householdId={h.id} /> : null}

      <section>
        <Heading level={2} id="household-members">
          {t('household.members')}
        </Heading>
        {h.members.length === 0 ? (
          <Paragraph>{t('household.noMembers')}</Paragraph>
        ) : (
          <DataTable
            caption={t('household.members')}
            captionHidden
            headers={[t('household.col.name'), t('household.col.role'), t('household.col.period')]}
          >
            {h.members.map((m) => (
              <TableRow key={`${m.personId}-${m.validFrom ?? ''}`}>
                <Th scope="row">
                  <AppLink to={`/personen/${encodeURIComponent(m.personId)}`}>{m.displayName}</AppLink>
                </Th>
                <TableCell>{label('householdRole', m.role)}</TableCell>
                <TableCell>{formatPeriod(i18n, m.validFrom, m.validUntil)}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}
      </section>

      <section className="samenspel-section">
        <Heading level={2} id="dossier-cases">
          {t('dossier.cases')}
        </Heading>
        <CasesTable cases={firstPage.cases} showQuestion={abilities.contents} />
      </section>

      {abilities.contents ? <AroundTheHousehold householdId={h.id} members={h.members} canEdit={abilities.editNetwork} /> : null}

      {abilities.contents ? <IntakesSection householdId={h.id} /> : null}

      {abilities.contents ? <TrajectoriesSection householdId={h.id} /> : null}

      {abilities.contents ? (
        <section className="samenspel-section" aria-labelledby="dossier-timeline">
          <Heading level={2} id="dossier-timeline">
            {t('dossier.timeline')}
          </Heading>
          <AnnouncementArea announcement={announcement} />
          {adding === 'contact' ? (
            <ContactFormSection householdId={h.id} onDone={closeForm(addContactRef)} />
          ) : adding === 'note' ? (
            <NoteForm householdId={h.id} members={h.members} onDone={closeForm(addNoteRef)} />
          ) : abilities.addContact || abilities.addNote ? (
            <div className="samenspel-actions">
              {abilities.addContact ? (
                <Button ref={addContactRef} appearance="primary-action-button" type="button" onClick={() => startAdding('contact')}>
                  {t('contact.add')}
                </Button>
              ) : null}
              {abilities.addNote ? (
                <Button ref={addNoteRef} appearance="secondary-action-button" type="button" onClick={() => startAdding('note')}>
                  {t('note.add')}
                </Button>
              ) : null}
            </div>
          ) : null}
          {dossier.isRefetching && !dossier.isFetchingNextPage ? <Loading /> : null}
          <Timeline
            entries={timeline}
            hasMore={dossier.hasNextPage}
            loadingMore={dossier.isFetchingNextPage}
            loadMore={() => dossier.fetchNextPage()}
            pages={dossier.data.pages.length}
          />
          {dossier.isFetchNextPageError ? <ErrorAlert error={dossier.error} onRetry={() => void dossier.fetchNextPage()} /> : null}
        </section>
      ) : null}

      {abilities.contents ? <ConsentSection householdId={h.id} /> : null}
    </>
  );
}

function CasesTable({ cases, showQuestion }: { cases: CaseView[]; showQuestion: boolean }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  if (cases.length === 0) return <Paragraph>{t('dossier.noCases')}</Paragraph>;
  const headers = [
    t('dossier.col.team'),
    t('dossier.col.status'),
    t('dossier.col.opened'),
    t('dossier.col.professional'),
    t('dossier.col.coordinator'),
    t('dossier.col.urgency'),
    ...(showQuestion ? [t('dossier.col.question')] : []),
  ];
  return (
    <DataTable caption={t('dossier.casesCaption')} captionHidden headers={headers} testId="dossier-cases">
      {cases.map((c) => (
        <TableRow key={c.id}>
          <Th scope="row">{c.team.name}</Th>
          <TableCell>{c.closedAt ? t('caseStatus.closed', { date: formatDate(c.closedAt) }) : t(c.kind === 'case' ? 'caseStatus.case' : 'caseStatus.registration')}</TableCell>
          <TableCell>{formatDate(c.openedAt)}</TableCell>
          <TableCell>{c.professional?.displayName ?? <span className="samenspel-muted">{t('dossier.notAssigned')}</span>}</TableCell>
          <TableCell>{c.coordinator?.displayName ?? <span className="samenspel-muted">{t('dossier.notAssigned')}</span>}</TableCell>
          <TableCell>
            <UrgencyText flags={c.urgentFlags} />
          </TableCell>
          {showQuestion ? <TableCell className="samenspel-question-cell">{c.question ?? ''}</TableCell> : null}
        </TableRow>
      ))}
    </DataTable>
  );
}
