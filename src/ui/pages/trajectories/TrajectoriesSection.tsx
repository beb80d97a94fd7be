/**
 * On the dossier (for the coordinator and the assigned professional): "Trajecten" — per member the
 * trajectories with their status, ladder and due follow-ups, and a way to start one from the plan.
 */
import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WithheldNotice } from '../dossier/WithheldNotice.tsx';
import { useStepName } from './ladder.tsx';
import { StartTrajectoryForm } from './StartTrajectoryForm.tsx';
import { StatusText } from './StatusText.tsx';
import { useTrajectories } from './trajectory-api.ts';

export function TrajectoriesSection({ householdId }: { householdId: string }) {
  const { t, formatDate } = useI18n();
  const stepName = useStepName();
  const trajectories = useTrajectories(householdId);
  const [starting, setStarting] = useState(false);

  if (trajectories.isError && isApiError(trajectories.error) && trajectories.error.status === 403) return null;

  return (
    <section className="samenspel-section" aria-labelledby="dossier-trajectories">
      <Heading level={2} id="dossier-trajectories">
        {t('trajectories.title')}
      </Heading>
      {trajectories.isPending ? (
        <Loading />
      ) : trajectories.isError ? (
        <ErrorAlert error={trajectories.error} onRetry={() => void trajectories.refetch()} />
      ) : (
        <>
          <WithheldNotice withheld={trajectories.data.withheld} householdId={householdId} />
          {trajectories.data.items.length === 0 ? (
            <Paragraph>{t('trajectories.none')}</Paragraph>
          ) : (
            <DataTable
              caption={t('trajectories.caption')}
              captionHidden
              headers={[t('trajectories.col.member'), t('trajectories.col.status'), t('trajectories.col.started'), t('trajectories.col.ladder'), t('trajectories.col.followUps')]}
              testId="dossier-trajectories"
            >
              {trajectories.data.items.map((item) => (
                <TableRow key={item.id}>
                  <Th scope="row">
                    <AppLink to={`/trajecten/${encodeURIComponent(item.id)}`}>{t('trajectories.of', { name: item.personName })}</AppLink>
                  </Th>
                  <TableCell>
                    <StatusText status={item.status} pause={item.pause} closing={item.closing} />
                  </TableCell>
                  <TableCell>{formatDate(item.startedOn)}</TableCell>
                  <TableCell>{t('trajectories.ladderSummary', { now: stepName(item.ladder.now), target: item.ladder.target })}</TableCell>
                  <TableCell>
                    {item.followUpsDue > 0 ? (
                      <span className="samenspel-badge">{t('trajectories.followUpsDue', { n: item.followUpsDue })}</span>
                    ) : item.nextFollowUp ? (
                      t('trajectories.nextFollowUp', { date: formatDate(item.nextFollowUp) })
                    ) : (
                      <span className="samenspel-muted">{t('trajectories.noFollowUps')}</span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </DataTable>
          )}
          {trajectories.data.abilities.create ? (
            starting ? (
              <StartTrajectoryForm householdId={householdId} list={trajectories.data} onCancel={() => setStarting(false)} />
            ) : (
              <div className="samenspel-actions">
                <Button appearance="secondary-action-button" type="button" onClick={() => setStarting(true)}>
                  {t('trajectories.start')}
                </Button>
              </div>
            )
          ) : null}
        </>
      )}
    </section>
  );
}
