/**
 * Starts a trajectory for a member from the household's plan. The ladder step at the start is
 * pre-filled from the member's latest participatieladder score; the responsible professional is
 * the user; one instrument (from the catalogue, or by name) can be named at once.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { planQueryKey } from '../../api/intake-plan-queries.ts';
import type { PlanResponse } from '../../api/intake-plan-types.ts';
import { useOptionalUser } from '../../auth.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../components/format.ts';
import { ErrorAlert, FormError, FormSummaryAlert, fieldErrors, Loading, useFocusFirstInvalid } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { LadderStepField } from './ladder.tsx';
import { InstrumentFields, emptyInstrument, instrumentBody, type InstrumentDraft } from './InstrumentFields.tsx';
import { trajectoriesQueryKey, trajectoryQueryKey, type Trajectory, type TrajectoryList } from './trajectory-api.ts';

export function StartTrajectoryForm({ householdId, list, onCancel }: { householdId: string; list: TrajectoryList; onCancel: () => void }) {
  const { t, formatDate } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = useOptionalUser();
  const plan = useQuery({
    queryKey: planQueryKey(householdId),
    queryFn: ({ signal }) => api.get<PlanResponse>(`/api/households/${encodeURIComponent(householdId)}/plan`, { signal }),
  });
  const running = new Set(list.items.filter((i) => i.status !== 'closed').map((i) => i.personId));
  const firstFree = list.members.find((m) => !running.has(m.personId)) ?? list.members[0];
  const [personId, setPersonId] = useState(firstFree?.personId ?? '');
  const member = list.members.find((m) => m.personId === personId);
  const [ladderStart, setLadderStart] = useState(member?.ladder ? String(member.ladder.step) : '');
  const [ladderTarget, setLadderTarget] = useState('');
  const [goalId, setGoalId] = useState('');
  const [startedOn, setStartedOn] = useState(todayIso());
  const [responsible, setResponsible] = useState(user?.id ?? '');
  const [instrument, setInstrument] = useState<InstrumentDraft>(emptyInstrument(todayIso()));
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const start = useMutation({
    mutationFn: (planId: string) =>
      api.post<Trajectory>(`/api/households/${encodeURIComponent(householdId)}/trajectories`, {
        personId, planId, startedOn,
        ...(goalId ? { goalId } : {}),
        ...(ladderStart ? { ladderStart: Number(ladderStart) } : {}),
        ...(ladderTarget ? { ladderTarget: Number(ladderTarget) } : {}),
        ...(responsible ? { responsibleUserId: responsible } : {}),
        instruments: instrumentBody(instrument) ? [instrumentBody(instrument)] : [],
      }),
    onSuccess: (trajectory) => {
      queryClient.setQueryData(trajectoryQueryKey(trajectory.id), trajectory);
      void queryClient.invalidateQueries({ queryKey: trajectoriesQueryKey(householdId) });
      navigate(`/trajecten/${encodeURIComponent(trajectory.id)}`, { state: { started: true } });
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);
  const errors = clientErrors ?? fieldErrors(start.error);

  const planId = plan.data?.plan?.id;
  const goals = plan.data?.plan?.versions[0]?.content.goals ?? [];
  const professionals = [...list.professionals];
  if (user && !professionals.some((p) => p.userId === user.id)) professionals.unshift({ userId: user.id, displayName: user.displayName });

  const choosePerson = (id: string) => {
    setPersonId(id);
    const latest = list.members.find((m) => m.personId === id)?.ladder;
    setLadderStart(latest ? String(latest.step) : '');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!startedOn) found.startedOn = t('trajectory.error.date');
    if (!ladderTarget) found.ladderTarget = t('trajectories.error.target');
    if (Object.keys(found).length > 0) {
      start.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    if (planId) start.mutate(planId);
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="trajectory-start-title">
      <Heading level={3} id="trajectory-start-title" ref={headingRef} tabIndex={-1}>
        {t('trajectories.startTitle')}
      </Heading>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      ) : !planId ? (
        <>
          <Paragraph>{t('trajectories.needsPlan')}</Paragraph>
          <Paragraph>
            <AppLink to={`/huishoudens/${encodeURIComponent(householdId)}/plan`}>{t('plan.open')}</AppLink>
          </Paragraph>
          <Button appearance="subtle-button" type="button" onClick={onCancel}>
            {t('admin.cancel')}
          </Button>
        </>
      ) : (
        <>
          <Paragraph>{t('trajectories.startIntro')}</Paragraph>
          {clientErrors ? <FormSummaryAlert /> : <FormError error={start.error} knownFields={['personId', 'goalId', 'startedOn', 'ladderStart', 'ladderTarget', 'responsibleUserId', 'instruments.0.name', 'instruments.0.startedOn', 'instruments.0.catalogueInstrumentId']} />}
          <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
            <SelectField label={t('trajectories.member')} value={personId} onChange={choosePerson} error={errors.personId} options={list.members.map((m) => ({ value: m.personId, label: m.displayName }))} />
            <SelectField
              label={t('trajectories.goal')}
              value={goalId}
              onChange={setGoalId}
              error={errors.goalId}
              optional
              emptyOption={t('trajectories.noGoal')}
              options={goals.map((g) => ({ value: g.id, label: g.description }))}
            />
            <TextField label={t('trajectories.startedOn')} type="date" max={todayIso()} value={startedOn} onChange={setStartedOn} error={errors.startedOn} required />
            <LadderStepField
              label={t('trajectories.ladderStart')}
              description={member?.ladder ? t('trajectories.ladderStartFrom', { step: member.ladder.step, date: formatDate(member.ladder.on) }) : t('trajectories.ladderStartNone')}
              value={ladderStart}
              onChange={setLadderStart}
              error={errors.ladderStart}
            />
            <LadderStepField label={t('trajectories.ladderTarget')} value={ladderTarget} onChange={setLadderTarget} error={errors.ladderTarget} />
            <SelectField label={t('trajectories.responsible')} value={responsible} onChange={setResponsible} error={errors.responsibleUserId} options={professionals.map((p) => ({ value: p.userId, label: p.displayName }))} />
            <InstrumentFields value={instrument} onChange={setInstrument} catalogue={list.catalogue} errors={errors} at="instruments.0" optional />
            <div className="samenspel-actions">
              <Button appearance="primary-action-button" type="submit" busy={start.isPending} disabled={start.isPending}>
                {start.isPending ? t('app.saving') : t('trajectories.startSubmit')}
              </Button>
              <Button appearance="subtle-button" type="button" onClick={onCancel}>
                {t('admin.cancel')}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
