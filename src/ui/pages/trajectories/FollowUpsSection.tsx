/** Aftercare and light follow-up contacts after closing: which are due, recording one, planning another. */
import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { RadioGroupField, TextField } from '../../components/fields.tsx';
import { addMonths, todayIso } from '../../components/format.ts';
import { FormError, fieldErrors } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { FollowUpKind, Trajectory } from './trajectory-api.ts';
import { useTrajectoryChange } from './useTrajectoryChange.ts';

export function FollowUpsSection({ trajectory, onMessage }: { trajectory: Trajectory; onMessage: (message: string) => void }) {
  const { t, label, formatDate } = useI18n();
  const [adding, setAdding] = useState(false);
  const [kind, setKind] = useState<FollowUpKind>('light_contact');
  const [dueOn, setDueOn] = useState(addMonths(todayIso(), 3));
  const done = useTrajectoryChange(trajectory, () => onMessage(t('trajectory.followUps.recorded')));
  const add = useTrajectoryChange(trajectory, () => {
    setAdding(false);
    onMessage(t('trajectory.followUps.added'));
  });
  const canUpdate = trajectory.abilities.update;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ part: '/follow-ups', body: { followUp: { kind, dueOn } } });
  };
  const addErrors = fieldErrors(add.error);

  return (
    <section className="samenspel-section" aria-labelledby="trajectory-follow-ups">
      <Heading level={2} id="trajectory-follow-ups">
        {t('trajectory.followUps')}
      </Heading>
      <Paragraph>{t('trajectory.followUps.intro')}</Paragraph>
      {done.error ? <FormError error={done.error} knownFields={[]} /> : null}
      {trajectory.followUps.length === 0 ? (
        <Paragraph>{t('trajectory.followUps.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('trajectory.followUps')}
          captionHidden
          headers={[t('trajectory.followUps.col.kind'), t('trajectory.followUps.col.due'), t('trajectory.followUps.col.status'), ...(canUpdate ? [t('trajectory.followUps.col.actions')] : [])]}
          testId="trajectory-follow-ups"
        >
          {trajectory.followUps.map((f) => (
            <TableRow key={f.id}>
              <Th scope="row">{label('followUpKind', f.kind)}</Th>
              <TableCell>{formatDate(f.dueOn)}</TableCell>
              <TableCell>
                {f.doneOn ? t('trajectory.followUps.doneOn', { date: formatDate(f.doneOn) }) : f.due ? <span className="samenspel-badge">{t('trajectory.followUps.due')}</span> : t('trajectory.followUps.planned')}
              </TableCell>
              {canUpdate ? (
                <TableCell>
                  {f.doneOn ? null : (
                    <Button
                      appearance="secondary-action-button"
                      type="button"
                      disabled={done.isPending}
                      aria-label={t('trajectory.followUps.recordLabel', { kind: label('followUpKind', f.kind), date: formatDate(f.dueOn) })}
                      onClick={() => done.mutate({ part: `/follow-ups/${encodeURIComponent(f.id)}/done`, body: { doneOn: todayIso() } })}
                    >
                      {t('trajectory.followUps.recordToday')}
                    </Button>
                  )}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </DataTable>
      )}
      {canUpdate ? (
        adding ? (
          <form onSubmit={submit} noValidate className="samenspel-form samenspel-subform">
            <FormError error={add.error} knownFields={['followUp.dueOn']} />
            <RadioGroupField
              legend={t('trajectory.followUps.kind')}
              name="follow-up-kind"
              value={kind}
              onChange={(v) => setKind(v as FollowUpKind)}
              options={(['aftercare', 'light_contact'] as const).map((k) => ({ value: k, label: label('followUpKind', k) }))}
              inline
            />
            <TextField label={t('trajectory.followUps.dueOn')} type="date" value={dueOn} onChange={setDueOn} error={addErrors['followUp.dueOn']} required />
            <div className="samenspel-actions">
              <Button appearance="primary-action-button" type="submit" busy={add.isPending} disabled={add.isPending}>
                {add.isPending ? t('app.saving') : t('trajectory.followUps.save')}
              </Button>
              <Button appearance="subtle-button" type="button" onClick={() => setAdding(false)}>
                {t('admin.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <div className="samenspel-actions">
            <Button appearance="secondary-action-button" type="button" onClick={() => setAdding(true)}>
              {t('trajectory.followUps.add')}
            </Button>
          </div>
        )
      ) : null}
    </section>
  );
}
