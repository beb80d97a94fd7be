/**
 * The household's one plan (/huishoudens/:id/plan): the newest version (editable while it is a draft),
 * agreement per member, "Nieuwe versie" after agreement, the version history, and a print-out for
 * the resident (a separate document that only the print stylesheet shows).
 */
import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { withheldOf } from '../../api/consent-types.ts';
import { planQueryKey, useInstruments } from '../../api/intake-plan-queries.ts';
import type { PlanContent, PlanResponse, PlanVersion } from '../../api/intake-plan-types.ts';
import type { Household } from '../../api/types.ts';
import { useOptionalUser } from '../../auth.tsx';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { formatDateTimeShort, todayIso } from '../../components/format.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WithheldNotice } from '../dossier/WithheldNotice.tsx';
import { RecordPageFallback } from '../RecordPageFallback.tsx';
import { AgreementSection } from './AgreementSection.tsx';
import { PlanDocument } from './PlanDocument.tsx';
import { PlanEditor, type SavedPlan } from './PlanEditor.tsx';

export default function PlanPage() {
  const { id = '' } = useParams();
  return <PlanScreen key={id} householdId={id} />;
}

function emptyContent(): PlanContent {
  return { startDate: todayIso(), situation: '', situationCategory: 'social', goals: [], actions: [], services: [], obligations: [], evaluationDates: [] };
}

function PlanScreen({ householdId }: { householdId: string }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const queryClient = useQueryClient();
  const user = useOptionalUser();
  const announcement = useAnnouncement();
  const [searchParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const [starting, setStarting] = useState(false);
  const instruments = useInstruments();
  const household = useQuery({
    queryKey: ['household', householdId],
    queryFn: ({ signal }) => api.get<Household>(`/api/households/${encodeURIComponent(householdId)}`, { signal }),
  });
  const plan = useQuery({
    queryKey: planQueryKey(householdId),
    queryFn: ({ signal }) => api.get<PlanResponse>(`/api/households/${encodeURIComponent(householdId)}/plan`, { signal }),
  });
  const newVersion = useMutation({
    mutationFn: (planId: string) => api.post<PlanResponse>(`/api/plans/${encodeURIComponent(planId)}/versions`),
    onSuccess: (response) => {
      queryClient.setQueryData(planQueryKey(householdId), response);
      announcement.announce(t('plan.newVersionMade', { n: response.plan?.versions[0]?.number ?? '' }));
    },
  });
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  const zrm = (instruments.data?.items ?? []).filter((i) => i.kind === 'zrm').sort((a, b) => (a.id === 'zrm-13' ? -1 : b.id === 'zrm-13' ? 1 : 0));
  const householdName = household.data?.name ?? '';
  const title = householdName ? t('plan.titleFor', { name: householdName }) : t('plan.title');

  if (!plan.isSuccess) return <RecordPageFallback query={plan} title={t('plan.title')} />;

  const versions = plan.data.plan?.versions ?? [];
  const newest = versions[0];
  const shown = searchParams.get('versie');
  const viewing = (shown ? versions.find((v) => String(v.number) === shown) : undefined) ?? newest;
  const isNewest = viewing !== undefined && viewing.id === newest?.id;
  const today = todayIso();
  const members = (household.data?.members ?? []).filter((m) => !m.validUntil || m.validUntil.slice(0, 10) >= today);
  const dossierLink = `/huishoudens/${encodeURIComponent(householdId)}`;
  const planPath = `${dossierLink}/plan`;

  const onSaved = (saved: SavedPlan) => {
    if (saved.revision === undefined) {
      // A new plan: load it (with its version id) from the server.
      setStarting(false);
      void queryClient.invalidateQueries({ queryKey: planQueryKey(householdId) });
      announcement.announce(t('plan.created'));
      return;
    }
    queryClient.setQueryData<PlanResponse>(planQueryKey(householdId), (old) =>
      old?.plan
        ? {
            plan: {
              ...old.plan,
              versions: old.plan.versions.map((v) =>
                v.id === newest?.id
                  ? { ...v, content: saved.content, revision: saved.revision!, updatedAt: saved.updatedAt ?? v.updatedAt, updatedBy: user?.displayName ?? v.updatedBy }
                  : v,
              ),
            },
          }
        : old,
    );
  };

  const versionLabel = (v: PlanVersion) => t('plan.versionLabel', { n: v.number, status: label('planStatus', v.status) });

  return (
    <>
      <div className="samenspel-screen-only">
        <Paragraph>
          <AppLink to={dossierLink}>{t('plan.backToDossier')}</AppLink>
        </Paragraph>
        <PageTitle title={title}>{title}</PageTitle>
        <AnnouncementArea announcement={announcement} error={newVersion.error} />
        <WithheldNotice withheld={withheldOf(plan.data.plan)} householdId={householdId} />
        {household.isError ? <ErrorAlert error={household.error} onRetry={() => void household.refetch()} /> : null}

        {!newest ? (
          starting ? (
            <PlanEditor householdId={householdId} versionId={null} revision={1} content={emptyContent()} zrm={zrm} onSaved={onSaved} onDirtyChange={onDirtyChange} />
          ) : (
            <section className="samenspel-section">
              <Paragraph>{t('plan.noPlan')}</Paragraph>
              <div className="samenspel-actions">
                <Button appearance="primary-action-button" type="button" onClick={() => setStarting(true)}>
                  {t('plan.start')}
                </Button>
              </div>
            </section>
          )
        ) : viewing ? (
          <>
            <Paragraph purpose="lead" data-testid="plan-version">
              {versionLabel(viewing)} — {t('plan.lastChanged', { name: viewing.updatedBy, when: formatDateTimeShort(i18n, viewing.updatedAt) })}
            </Paragraph>
            {!isNewest ? (
              <Paragraph>
                <AppLink to={planPath}>{t('plan.toNewest')}</AppLink>
              </Paragraph>
            ) : null}
            <div className="samenspel-actions">
              <Button appearance="secondary-action-button" type="button" onClick={() => window.print()}>
                {t('plan.print')}
              </Button>
              {isNewest && viewing.status === 'agreed' && plan.data.plan ? (
                <Button
                  appearance="primary-action-button"
                  type="button"
                  busy={newVersion.isPending}
                  disabled={newVersion.isPending}
                  onClick={() => newVersion.mutate(plan.data.plan!.id)}
                >
                  {t('plan.newVersion')}
                </Button>
              ) : null}
            </div>
            {dirty && isNewest ? <Paragraph className="samenspel-small">{t('plan.printSavedOnly')}</Paragraph> : null}

            {isNewest && viewing.status === 'draft' ? (
              <PlanEditor
                key={viewing.id}
                householdId={householdId}
                versionId={viewing.id}
                revision={viewing.revision}
                content={viewing.content}
                zrm={zrm}
                onSaved={onSaved}
                onDirtyChange={onDirtyChange}
              />
            ) : (
              <section className="samenspel-section" aria-labelledby="plan-content">
                <Heading level={2} id="plan-content">
                  {t('plan.contentTitle')}
                </Heading>
                <PlanDocument content={viewing.content} instruments={zrm} level={3} testId="plan-view" />
              </section>
            )}

            {isNewest ? (
              <AgreementSection
                version={viewing}
                members={members.map((m) => ({ personId: m.personId, displayName: m.displayName }))}
                blockedReason={dirty ? t('plan.saveFirst') : null}
                onRecorded={(response, name) => {
                  queryClient.setQueryData(planQueryKey(householdId), response);
                  announcement.announce(t('plan.agreementRecorded', { name }));
                }}
              />
            ) : null}

            <section className="samenspel-section" aria-labelledby="plan-history">
              <Heading level={2} id="plan-history">
                {t('plan.history')}
              </Heading>
              <DataTable
                caption={t('plan.history')}
                captionHidden
                headers={[t('plan.col.version'), t('plan.col.status'), t('plan.col.changed'), t('plan.col.agreements')]}
                testId="plan-history"
              >
                {versions.map((v) => (
                  <TableRow key={v.id} className={v.id === viewing.id ? 'samenspel-row--current' : undefined}>
                    <Th scope="row">
                      {v.id === viewing.id ? (
                        <span aria-current="true">{t('plan.versionShown', { n: v.number })}</span>
                      ) : (
                        <AppLink to={v.id === newest?.id ? planPath : `${planPath}?versie=${v.number}`}>{t('plan.versionN', { n: v.number })}</AppLink>
                      )}
                    </Th>
                    <TableCell>{label('planStatus', v.status)}</TableCell>
                    <TableCell>{t('plan.changedBy', { when: formatDateTimeShort(i18n, v.updatedAt), name: v.updatedBy })}</TableCell>
                    <TableCell>{v.agreements.length === 0 ? t('plan.noAgreements') : v.agreements.map((a) => a.displayName).join(', ')}</TableCell>
                  </TableRow>
                ))}
              </DataTable>
            </section>
          </>
        ) : null}
      </div>

      {viewing ? (
        <PlanDocument
          className="samenspel-print-only"
          testId="plan-print"
          content={viewing.content}
          instruments={zrm}
          level={2}
          agreements={viewing.agreements}
          print={{
            householdName,
            versionLabel: versionLabel(viewing),
            printedOn: today,
            // A line to sign for every adult member who has not agreed yet (children sign nothing).
            unsignedMembers: members
              .filter((m) => m.role !== 'child' && !viewing.agreements.some((a) => a.personId === m.personId))
              .map((m) => m.displayName),
            coordinatorLine: t('plan.print.coordinator'),
          }}
        />
      ) : null}
    </>
  );
}
