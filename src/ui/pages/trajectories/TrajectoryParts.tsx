/** The instruments, the exit interview and the outcome of a trajectory, each with its own small form. */
import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { todayIso } from '../../components/format.ts';
import { FormError, FormSummaryAlert, fieldErrors } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { ExitInterviewFields, OutcomeFields, exitBody, exitDraft, outcomeBody, outcomeDraft } from './CloseParts.tsx';
import { InstrumentFields, emptyInstrument, instrumentBody } from './InstrumentFields.tsx';
import { outcomeErrors } from './StatusForm.tsx';
import type { Trajectory } from './trajectory-api.ts';
import { useTrajectoryChange } from './useTrajectoryChange.ts';

type PartProps = { trajectory: Trajectory; onMessage: (message: string) => void };

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="samenspel-section" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** A toggled form: the button that opens it, or the form with save and cancel. */
function SmallForm({ open, setOpen, openLabel, submitLabel, busy, error, clientErrors, onSubmit, children }: {
  open: boolean; setOpen: (open: boolean) => void; openLabel: string; submitLabel: string; busy: boolean; error: unknown;
  clientErrors?: Record<string, string> | null; onSubmit: () => void; children: ReactNode;
}) {
  const { t } = useI18n();
  if (!open) {
    return (
      <div className="samenspel-actions">
        <Button appearance="secondary-action-button" type="button" onClick={() => setOpen(true)}>
          {openLabel}
        </Button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="samenspel-form samenspel-subform">
      {clientErrors ? <FormSummaryAlert /> : <FormError error={error} knownFields={Object.keys(fieldErrors(error))} />}
      {children}
      <div className="samenspel-actions">
        <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
          {busy ? t('app.saving') : submitLabel}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={() => setOpen(false)}>
          {t('admin.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function InstrumentsSection({ trajectory, onMessage }: PartProps) {
  const { t, formatDate } = useI18n();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(emptyInstrument(todayIso()));
  const change = useTrajectoryChange(trajectory, () => {
    setOpen(false);
    setDraft(emptyInstrument(todayIso()));
    onMessage(t('trajectory.instrument.added'));
  });
  const errors = fieldErrors(change.error);
  const at = `instruments.${trajectory.instruments.length}`;
  const save = () => {
    const added = instrumentBody(draft);
    const kept = trajectory.instruments.map((i) => ({
      ...(i.catalogueInstrumentId ? { catalogueInstrumentId: i.catalogueInstrumentId } : {}), name: i.name,
      ...(i.provider ? { provider: i.provider } : {}), startedOn: i.startedOn, ...(i.endedOn ? { endedOn: i.endedOn } : {}),
    }));
    change.mutate({
      part: '', method: 'PUT',
      body: { responsibleUserId: trajectory.responsible.userId, ladderTarget: trajectory.ladder.target, instruments: added ? [...kept, added] : kept },
    });
  };
  return (
    <Part id="trajectory-instruments" title={t('trajectory.instruments')}>
      {trajectory.instruments.length === 0 ? (
        <Paragraph>{t('trajectory.instruments.none')}</Paragraph>
      ) : (
        <DataTable caption={t('trajectory.instruments')} captionHidden headers={[t('trajectory.instrument.name'), t('trajectory.instrument.provider'), t('trajectory.instrument.period')]} testId="trajectory-instruments">
          {trajectory.instruments.map((i, index) => (
            <TableRow key={index}>
              <Th scope="row">{i.name}</Th>
              <TableCell>{i.provider ?? ''}</TableCell>
              <TableCell>{i.endedOn ? t('trajectory.instrument.fromUntil', { from: formatDate(i.startedOn), until: formatDate(i.endedOn) }) : t('trajectory.instrument.since', { from: formatDate(i.startedOn) })}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {trajectory.abilities.update ? (
        <SmallForm open={open} setOpen={setOpen} openLabel={t('trajectory.instrument.add')} submitLabel={t('trajectory.instrument.save')} busy={change.isPending} error={change.error} onSubmit={save}>
          <InstrumentFields value={draft} onChange={setDraft} catalogue={trajectory.catalogue} errors={errors} at={at} />
        </SmallForm>
      ) : null}
    </Part>
  );
}

export function ExitInterviewSection({ trajectory, onMessage }: PartProps) {
  const { t, formatDate } = useI18n();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(exitDraft(trajectory.closing?.on ?? todayIso(), trajectory.exitInterview));
  const change = useTrajectoryChange(trajectory, () => {
    setOpen(false);
    onMessage(t('trajectory.exit.saved'));
  });
  const exit = trajectory.exitInterview;
  const facts: Array<[MessageKey, string | null]> = exit ? [
    ['trajectory.exit.heldOn', formatDate(exit.heldOn)], ['trajectory.exit.whatHelped', exit.whatHelped], ['trajectory.exit.whatDidNot', exit.whatDidNot],
    ['trajectory.exit.ownWords', exit.ownWords], ['trajectory.exit.satisfaction', exit.satisfaction ? t(`trajectory.exit.satisfaction.${exit.satisfaction}` as MessageKey) : null],
  ] : [];
  return (
    <Part id="trajectory-exit" title={t('trajectory.exit.title')}>
      {exit ? (
        <dl className="samenspel-facts" data-testid="trajectory-exit">
          {facts.filter(([, value]) => value).map(([key, value]) => (
            <div key={key} className="samenspel-facts__item">
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Paragraph>{t('trajectory.exit.none')}</Paragraph>
      )}
      {trajectory.abilities.update && trajectory.status === 'closed' ? (
        <SmallForm
          open={open} setOpen={setOpen} openLabel={t(exit ? 'trajectory.exit.edit' : 'trajectory.exit.record')} submitLabel={t('trajectory.exit.save')}
          busy={change.isPending} error={change.error} onSubmit={() => change.mutate({ part: '/exit-interview', method: 'PUT', body: { exitInterview: exitBody(draft) } })}
        >
          <ExitInterviewFields value={draft} onChange={setDraft} errors={fieldErrors(change.error)} at="exitInterview" />
        </SmallForm>
      ) : null}
    </Part>
  );
}

export function OutcomeSection({ trajectory, onMessage }: PartProps) {
  const { t, label } = useI18n();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(outcomeDraft(trajectory.outcome));
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const change = useTrajectoryChange(trajectory, () => {
    setOpen(false);
    onMessage(t('trajectory.outcome.saved'));
  });
  const o = trajectory.outcome;
  const yes = (value: boolean | null) => (value ? t('yes') : t('no'));
  const facts: Array<[MessageKey, string | null]> = !o ? [] : [
    ['trajectory.outcome.kind', label('outcomeKind', o.kind)],
    ['trajectory.outcome.hours', o.hoursPerWeek ? String(o.hoursPerWeek) : null],
    ['trajectory.outcome.employerKind', o.employerKind ? label('employerKind', o.employerKind) : null],
    ['trajectory.outcome.subsidy', o.kind === 'paid_work' ? (o.wageCostSubsidy ? t('trajectory.outcome.subsidyPercentage', { n: o.wageCostSubsidyPercentage ?? 0 }) : t('no')) : null],
    ['trajectory.outcome.jobsAgreement', o.kind === 'paid_work' ? yes(o.jobsAgreementRegistered) : null],
    ['trajectory.outcome.garantiebaan', o.kind === 'paid_work' ? yes(o.garantiebaan) : null],
    ['trajectory.outcome.description', o.description],
  ];
  const save = () => {
    const found = draft.kind ? outcomeErrors(draft, 'outcome', t) : { 'outcome.kind': t('trajectory.error.outcomeKind') };
    if (Object.keys(found).length > 0) {
      change.reset();
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    change.mutate({ part: '/outcome', method: 'PUT', body: { outcome: outcomeBody(draft) } });
  };
  return (
    <Part id="trajectory-outcome" title={t('trajectory.outcome.title')}>
      {o ? (
        <dl className="samenspel-facts" data-testid="trajectory-outcome">
          {facts.filter(([, value]) => value).map(([key, value]) => (
            <div key={key} className="samenspel-facts__item">
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Paragraph>{t('trajectory.outcome.none')}</Paragraph>
      )}
      {trajectory.abilities.update ? (
        <SmallForm
          open={open} setOpen={setOpen} openLabel={t(o ? 'trajectory.outcome.edit' : 'trajectory.outcome.record')} submitLabel={t('trajectory.outcome.save')}
          busy={change.isPending} error={change.error} clientErrors={clientErrors} onSubmit={save}
        >
          <OutcomeFields value={draft} onChange={setDraft} errors={clientErrors ?? fieldErrors(change.error)} at="outcome" />
        </SmallForm>
      ) : null}
    </Part>
  );
}
