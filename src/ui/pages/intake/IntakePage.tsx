/**
 * The kitchen-table intake (keukentafelgesprek) on one page: the general questions, then per household
 * member the life domains of the instrument (each a radio group whose options show what a score means),
 * the participation ladder, income and, with a low income, the follow-up questions. Autosaves as you
 * type (see useIntakeAutosave); "Afronden" finalises, or lists what is missing with links to the fields.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { api, isApiError } from '../../api/client.ts';
import { withheldOf } from '../../api/consent-types.ts';
import { intakeQueryKey, intakesQueryKey } from '../../api/intake-plan-queries.ts';
import {
  followUpAnswers,
  followUpQuestions,
  incomeSources,
  type Instrument,
  type Intake,
  type IntakeDraft,
  type IntakeMember,
  type MemberDraft,
} from '../../api/intake-plan-types.ts';
import { Alert } from '../../components/Alert.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { CheckboxField, CheckboxGroupField, RadioGroupField, SelectField, TextareaField, TextField } from '../../components/fields.tsx';
import { formatTime, todayIso } from '../../components/format.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, errorMessage } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WithheldNotice } from '../dossier/WithheldNotice.tsx';
import { RecordPageFallback } from '../RecordPageFallback.tsx';
import { ageOn, needsFollowUp, setText, withDefaults } from './draft.ts';
import { IntakeConflictPanel } from './IntakeConflict.tsx';
import { IntakeFinalView } from './IntakeFinalView.tsx';
import { useIntakeAutosave, type SaveState } from './useIntakeAutosave.ts';

export default function IntakePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [justFinalised, setJustFinalised] = useState(false);
  const intake = useQuery({
    queryKey: intakeQueryKey(id),
    queryFn: ({ signal }) => api.get<Intake>(`/api/intakes/${encodeURIComponent(id)}`, { signal }),
    // The page keeps its own working copy; never refetch it underneath the user.
    staleTime: Infinity,
    gcTime: 0,
  });
  if (!intake.isSuccess) return <RecordPageFallback query={intake} title={t('intake.title')} />;
  if (intake.data.status === 'final') {
    return (
      <>
        <WithheldNotice withheld={withheldOf(intake.data)} householdId={intake.data.householdId} />
        <IntakeFinalView intake={intake.data} justFinalised={justFinalised} />
      </>
    );
  }
  return <IntakeEditor key={intake.data.id} intake={intake.data} onFinalised={() => setJustFinalised(true)} />;
}

/** Ids of the fields a "what is missing" list links to. */
const fieldId = {
  conductedOn: 'intake-conducted-on',
  participants: 'intake-participants',
  member: (personId: string) => `intake-member-${personId}`,
  domain: (personId: string, code: string) => `intake-${personId}-domain-${code}`,
  ladder: (personId: string) => `intake-${personId}-ladder`,
  incomeSource: (personId: string) => `intake-${personId}-income-source`,
  followUp: (personId: string) => `intake-${personId}-follow-up`,
};

/** Moves focus to a field (the first control inside it) and scrolls it into view. */
function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const control = element.matches('input, select, textarea')
    ? element
    : element.querySelector<HTMLElement>('input:not([type="hidden"]):checked, input:not([type="hidden"]), select, textarea');
  element.scrollIntoView({ block: 'center' });
  (control ?? element).focus({ preventScroll: true });
}

function FieldLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      className="nl-link rhc-link"
      href={`#${to}`}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        event.preventDefault();
        focusField(to);
      }}
    >
      {children}
    </a>
  );
}

class NotSavedError extends Error {}

function IntakeEditor({ intake, onFinalised }: { intake: Intake; onFinalised: () => void }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const queryClient = useQueryClient();
  const autosave = useIntakeAutosave(intake.id, intake.revision, intake.draft, (draft) => withDefaults(draft, intake.members, todayIso(), intake.revision === 1));
  const { draft } = autosave;
  /** What the last change did, announced with the save status until the next change. */
  const [notice, setNotice] = useState<string | null>(null);
  const setDraft = (update: (draft: IntakeDraft) => IntakeDraft) => {
    setNotice(null);
    autosave.setDraft(update);
  };
  const stash = useRef(new Map<string, MemberDraft>());
  const incompleteRef = useRef<HTMLDivElement>(null);

  const finalise = useMutation({
    mutationFn: async () => {
      const revision = await autosave.flush();
      if (revision === null) throw new NotSavedError(t('intake.finaliseNotSaved'));
      return api.post<Intake>(`/api/intakes/${encodeURIComponent(intake.id)}/finalise`, { revision });
    },
    onSuccess: (view) => {
      autosave.forget();
      onFinalised();
      queryClient.setQueryData(intakeQueryKey(intake.id), view);
      void queryClient.invalidateQueries({ queryKey: intakesQueryKey(intake.householdId) });
      void queryClient.invalidateQueries({ queryKey: ['scores'] });
      window.scrollTo(0, 0);
    },
  });

  // After a refused finalise, focus the list of what is missing (or the error).
  useEffect(() => {
    if (finalise.error) incompleteRef.current?.focus();
  }, [finalise.error]);

  const incomplete = isApiError(finalise.error) && finalise.error.status === 422 ? finalise.error.issues : null;
  const memberById = new Map(intake.members.map((m) => [m.personId, m]));
  const included = intake.members.filter((m) => draft.members[m.personId]);
  const today = todayIso();

  const setMember = (personId: string, update: (member: MemberDraft) => MemberDraft) =>
    setDraft((d) => ({ ...d, members: { ...d.members, [personId]: update(d.members[personId] ?? { scores: {} }) } }));

  const setParticipants = (ids: string[]) =>
    setDraft((d) => {
      const members: IntakeDraft['members'] = {};
      for (const m of intake.members) {
        if (!ids.includes(m.personId)) {
          // Unticking keeps what was filled in for this visit, so ticking again brings it back.
          if (d.members[m.personId]) stash.current.set(m.personId, d.members[m.personId]!);
          continue;
        }
        members[m.personId] = d.members[m.personId] ?? stash.current.get(m.personId) ?? { scores: {} };
      }
      return { ...d, members };
    });

  /** Where an issue of the finalise answer points to, and how to name it. */
  const describeIssue = (path: string): { to: string; what: string } => {
    const match = /^draft\.members\.([0-9a-f-]{36})(?:\.(.+))?$/.exec(path);
    if (path === 'draft.conductedOn') return { to: fieldId.conductedOn, what: t('intake.conductedOn') };
    if (path === 'draft.members') return { to: fieldId.participants, what: t('intake.participants') };
    if (!match) return { to: 'intake-form', what: path };
    const [, personId = '', rest = ''] = match;
    const name = memberById.get(personId)?.displayName ?? personId;
    const member = draft.members[personId];
    if (rest === 'scores') {
      const first = intake.instrument.domains.find((d) => member?.scores[d.code] === undefined);
      return { to: first ? fieldId.domain(personId, first.code) : fieldId.member(personId), what: t('intake.issueScores', { name }) };
    }
    const domain = /^scores\.([a-z_]+)$/.exec(rest)?.[1];
    if (domain) return { to: fieldId.domain(personId, domain), what: name };
    if (rest === 'income.source') return { to: fieldId.incomeSource(personId), what: t('intake.issueIncome', { name }) };
    if (rest === 'followUp') return { to: fieldId.followUp(personId), what: t('intake.issueFollowUp', { name }) };
    return { to: fieldId.member(personId), what: name };
  };
  const issueAt = (path: string) => incomplete?.find((issue) => issue.path === path)?.message;

  return (
    <>
      <Paragraph>
        <AppLink to={`/huishoudens/${encodeURIComponent(intake.householdId)}`}>{t('intake.backToDossier')}</AppLink>
      </Paragraph>
      <PageTitle>{t('intake.title')}</PageTitle>
      <Paragraph purpose="lead">
        {t('intake.lead', { instrument: intake.instrument.name[language], period: (intake.instrument.period?.[language] ?? '').toLocaleLowerCase(language) })}
      </Paragraph>
      <WithheldNotice withheld={withheldOf(intake)} householdId={intake.householdId} />

      <SaveStatus state={autosave.state} saving={autosave.saving} dirty={autosave.dirty} notice={notice} />
      {autosave.restored ? (
        <Alert type="info" className="samenspel-alert" data-testid="intake-restored">
          <Paragraph>{t(autosave.state.kind === 'saved' ? 'intake.restoredSaved' : 'intake.restored')}</Paragraph>
        </Alert>
      ) : null}
      {autosave.state.kind === 'conflict' ? (
        <IntakeConflictPanel
          intake={intake}
          conflict={autosave.state.conflict}
          mine={draft}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={autosave.takeTheirs}
        />
      ) : null}

      <nav aria-label={t('intake.partsNav')} className="samenspel-toc">
        <ul>
          <li>
            <FieldLink to="intake-general">{t('intake.general')}</FieldLink>
          </li>
          {included.map((m) => (
            <li key={m.personId}>
              <FieldLink to={fieldId.member(m.personId)}>{m.displayName}</FieldLink>
            </li>
          ))}
          <li>
            <FieldLink to="intake-finish">{t('intake.finish')}</FieldLink>
          </li>
        </ul>
      </nav>

      <form id="intake-form" className="samenspel-intake" noValidate onSubmit={(event) => event.preventDefault()}>
        <section className="samenspel-form-part samenspel-intake__part" aria-labelledby="intake-general">
          <Heading level={2} id="intake-general" tabIndex={-1}>
            {t('intake.general')}
          </Heading>
          <div className="samenspel-form">
            <div id={fieldId.conductedOn}>
              <TextField
                label={t('intake.conductedOn')}
                description={t('intake.conductedOnDescription')}
                type="date"
                max={today}
                value={draft.conductedOn ?? ''}
                onChange={(value) => setDraft((d) => setText(d, 'conductedOn', value))}
                error={!draft.conductedOn ? issueAt('draft.conductedOn') : undefined}
                required
              />
            </div>
            <TextareaField
              label={t('intake.questionBehindQuestion')}
              description={t('intake.questionBehindQuestionDescription')}
              value={draft.questionBehindQuestion ?? ''}
              onChange={(value) => setDraft((d) => setText(d, 'questionBehindQuestion', value))}
              optional
              maxLength={5000}
            />
            <TextareaField
              label={t('intake.ownStrength')}
              description={t('intake.ownStrengthDescription')}
              value={draft.ownStrength ?? ''}
              onChange={(value) => setDraft((d) => setText(d, 'ownStrength', value))}
              optional
              maxLength={5000}
            />
            <TextareaField
              label={t('intake.network')}
              description={t('intake.networkDescription')}
              value={draft.network ?? ''}
              onChange={(value) => setDraft((d) => setText(d, 'network', value))}
              optional
              maxLength={5000}
            />
            <div id={fieldId.participants}>
              <CheckboxGroupField
                legend={t('intake.participants')}
                description={t('intake.participantsDescription')}
                options={intake.members.map((m) => ({ value: m.personId, label: memberLabel(i18n, m, draft.conductedOn ?? today) }))}
                values={included.map((m) => m.personId)}
                onChange={setParticipants}
                error={included.length === 0 ? issueAt('draft.members') : undefined}
              />
            </div>
          </div>
        </section>

        {included.map((m) => (
          <MemberSection
            key={m.personId}
            member={m}
            value={draft.members[m.personId]!}
            previous={intake.previous?.members[m.personId]}
            previousOn={intake.previous?.conductedOn}
            instrument={intake.instrument}
            ladder={intake.ladder}
            onChange={(update) => setMember(m.personId, update)}
            onAnnounce={setNotice}
            incomeError={issueAt(`draft.members.${m.personId}.income.source`)}
            followUpError={issueAt(`draft.members.${m.personId}.followUp`)}
          />
        ))}

        <section className="samenspel-form-part samenspel-intake__part" aria-labelledby="intake-finish">
          <Heading level={2} id="intake-finish" tabIndex={-1}>
            {t('intake.finish')}
          </Heading>
          <Paragraph>{t('intake.finishText')}</Paragraph>
          <div ref={incompleteRef} tabIndex={-1} className="samenspel-focus-target" data-testid="intake-incomplete">
            {incomplete ? (
              <Alert type="error" className="samenspel-alert">
                <Paragraph>{errorMessage(finalise.error, t('error.title'))}</Paragraph>
                <ul className="samenspel-issue-list">
                  {incomplete.map((issue, index) => {
                    const { to, what } = describeIssue(issue.path);
                    return (
                      <li key={index}>
                        <FieldLink to={to}>{what}</FieldLink>: {issue.message}
                      </li>
                    );
                  })}
                </ul>
              </Alert>
            ) : finalise.error ? (
              <ErrorAlert error={finalise.error} />
            ) : null}
          </div>
          <div className="samenspel-actions">
            <Button
              appearance="primary-action-button"
              type="button"
              busy={finalise.isPending}
              disabled={finalise.isPending || autosave.state.kind === 'conflict'}
              onClick={() => finalise.mutate()}
            >
              {finalise.isPending ? t('app.saving') : t('intake.finaliseButton')}
            </Button>
            <SaveStatusText state={autosave.state} dirty={autosave.dirty} />
          </div>
        </section>
      </form>
    </>
  );
}

function memberLabel(i18n: ReturnType<typeof useI18n>, m: IntakeMember, on: string): string {
  const age = ageOn(m.birthDate, on);
  const role = i18n.label('householdRole', m.role);
  return age === null ? `${m.displayName} (${role})` : i18n.t('intake.memberLabel', { name: m.displayName, role: role.toLocaleLowerCase(i18n.language), age });
}

function useSaveStatusText(state: SaveState, dirty: boolean): { text: string; tone: 'ok' | 'warning' | 'error' | 'neutral' } {
  const i18n = useI18n();
  const { t } = i18n;
  switch (state.kind) {
    case 'saved':
      return { text: t('intake.savedAt', { time: formatTime(i18n, state.at) }), tone: 'ok' };
    case 'offline':
      return { text: t('intake.offline'), tone: 'warning' };
    case 'invalid':
      return { text: t('intake.notSavedInvalid', { message: errorMessage(state.error, t('error.title')) }), tone: 'error' };
    case 'conflict':
      return { text: t('intake.notSavedConflict'), tone: 'error' };
    case 'failed':
      return { text: t('intake.notSavedFailed', { message: errorMessage(state.error, t('error.title')) }), tone: 'error' };
    default:
      return { text: dirty ? t('intake.notSavedYet') : t('intake.allSaved'), tone: 'neutral' };
  }
}

/** The announced save status at the top of the page (one live region, also for a notice; "saving…" is only shown). */
function SaveStatus({ state, saving, dirty, notice }: { state: SaveState; saving: boolean; dirty: boolean; notice: string | null }) {
  const { t } = useI18n();
  const { text, tone } = useSaveStatusText(state, dirty);
  return (
    <div className={`samenspel-save-status samenspel-save-status--${tone}`}>
      <p role="status" className="samenspel-save-status__text">
        <span data-testid="save-status">{text}</span>
        {notice ? <span data-testid="intake-notice"> {notice}</span> : null}
      </p>
      {saving ? (
        <span className="samenspel-save-status__busy" aria-hidden="true">
          {t('app.saving')}
        </span>
      ) : null}
    </div>
  );
}

/** The same status next to the "Afronden" button, not announced a second time. */
function SaveStatusText({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const { text } = useSaveStatusText(state, dirty);
  return <span className="samenspel-muted">{text}</span>;
}

/** The score "Overige leefgebieden" gives every domain still without one. */
const remainingScore = 4;

function MemberSection({
  member,
  value,
  previous,
  previousOn,
  instrument,
  ladder,
  onChange,
  onAnnounce,
  incomeError,
  followUpError,
}: {
  member: IntakeMember;
  value: MemberDraft;
  /** The member's scores in the talk this one was prefilled from. */
  previous?: { scores: Record<string, number>; ladder?: number };
  previousOn?: string;
  instrument: Instrument;
  ladder: Instrument | null;
  onChange: (update: (member: MemberDraft) => MemberDraft) => void;
  onAnnounce: (message: string) => void;
  incomeError?: string;
  followUpError?: string;
}) {
  const { t, language, label, formatDate } = useI18n();
  const headingId = fieldId.member(member.personId);
  const pid = member.personId;
  const scored = instrument.domains.filter((d) => value.scores[d.code] !== undefined).length;
  const unscored = instrument.domains.filter((d) => value.scores[d.code] === undefined).map((d) => d.code);
  const remainingLevel = instrument.scale.levels.find((level) => level.score === remainingScore);
  const levelName = (levels: Instrument['scale']['levels'], score: number) => levels.find((level) => level.score === score)?.name[language] ?? '';
  const previousText = (text: string | undefined) =>
    previousOn && text ? t('intake.previousScore', { date: formatDate(previousOn), score: text }) : undefined;
  const previousScore = (code: string) => {
    const score = previous?.scores[code];
    return score === undefined ? undefined : `${score} — ${levelName(instrument.scale.levels, score)}`;
  };

  const fillRemaining = () => {
    if (unscored.length === 0) return;
    onChange((m) => ({ ...m, scores: { ...Object.fromEntries(unscored.map((code) => [code, remainingScore])), ...m.scores } }));
    const params = { n: unscored.length, name: member.displayName, score: remainingScore };
    onAnnounce(t(unscored.length === 1 ? 'intake.remainingDomainsSetOne' : 'intake.remainingDomainsSet', params));
  };
  const ladderDomain = ladder?.domains[0];
  const income = value.income ?? {};
  const showFollowUp = needsFollowUp(value) || Object.keys(value.followUp ?? {}).length > 0;
  const followUp = value.followUp ?? {};

  const setIncome = (update: (income: NonNullable<MemberDraft['income']>) => NonNullable<MemberDraft['income']>) =>
    onChange((m) => ({ ...m, income: update(m.income ?? {}) }));

  return (
    <section className="samenspel-form-part samenspel-intake__part samenspel-intake__member" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} tabIndex={-1}>
        {member.displayName}
      </Heading>
      <Paragraph className="samenspel-muted" data-testid="intake-progress">
        {t('intake.progress', { n: scored, total: instrument.domains.length })}
      </Paragraph>
      {previous && previousOn ? (
        <Alert type="info" className="samenspel-alert" data-testid="intake-carried-forward">
          <Paragraph>{t('intake.carriedForward', { date: formatDate(previousOn) })}</Paragraph>
        </Alert>
      ) : null}

      <Heading level={3}>{t('intake.domains')}</Heading>
      <Paragraph>{t('intake.domainsText', { period: (instrument.period?.[language] ?? '').toLocaleLowerCase(language) })}</Paragraph>
      {[...instrument.domains]
        .sort((a, b) => a.position - b.position)
        .map((domain) => (
          <div key={domain.code} className="samenspel-domain">
            <RadioGroupField
              id={fieldId.domain(pid, domain.code)}
              className="samenspel-scale"
              legend={domain.name[language]}
              name={`${pid}-${domain.code}`}
              description={previousText(previousScore(domain.code))}
              value={value.scores[domain.code] === undefined ? '' : String(value.scores[domain.code])}
              onChange={(score) => onChange((m) => ({ ...m, scores: { ...m.scores, [domain.code]: Number(score) } }))}
              options={instrument.scale.levels.map((level) => ({
                value: String(level.score),
                label: `${level.score} — ${level.name[language]}`,
                description: domain.anchors[String(level.score)]?.[language],
              }))}
            />
            <NoteField
              label={t('intake.note', { domain: domain.name[language] })}
              value={value.notes?.[domain.code] ?? ''}
              onChange={(text) => onChange((m) => ({ ...m, notes: setText(m.notes ?? {}, domain.code, text) }))}
            />
          </div>
        ))}
      {remainingLevel ? (
        <div className="samenspel-actions">
          <Button appearance="secondary-action-button" type="button" aria-disabled={unscored.length === 0} aria-describedby={`${pid}-remaining-hint`} onClick={fillRemaining}>
            {t('intake.remainingDomains', { level: `${remainingLevel.score} — ${remainingLevel.name[language]}` })}
          </Button>
          <span id={`${pid}-remaining-hint`} className="samenspel-muted">
            {t('intake.remainingDomainsHint', { name: member.displayName, score: remainingScore })}
          </span>
        </div>
      ) : null}

      {ladder && ladderDomain ? (
        <>
          <Heading level={3}>{ladder.name[language]}</Heading>
          <RadioGroupField
            id={fieldId.ladder(pid)}
            className="samenspel-scale samenspel-scale--ladder"
            legend={t('intake.ladderLegend', { name: member.displayName })}
            description={
              <>
                {ladder.description?.[language]}
                {previous?.ladder === undefined ? null : (
                  <>
                    <br />
                    {previousText(t('intake.ladderStep', { n: previous.ladder, name: levelName(ladder.scale.levels, previous.ladder) }))}
                  </>
                )}
              </>
            }
            name={`${pid}-ladder`}
            value={value.ladder === undefined ? '' : String(value.ladder)}
            onChange={(step) => onChange((m) => ({ ...m, ladder: Number(step) }))}
            options={ladder.scale.levels.map((level) => ({
              value: String(level.score),
              label: t('intake.ladderStep', { n: level.score, name: level.name[language] }),
              description: ladderDomain.anchors[String(level.score)]?.[language],
            }))}
          />
        </>
      ) : null}

      <Heading level={3}>{t('intake.income')}</Heading>
      <div className="samenspel-form">
        <div id={fieldId.incomeSource(pid)}>
          <SelectField
            label={t('intake.incomeSource')}
            value={income.source ?? ''}
            emptyOption={t('intake.incomeSourceChoose')}
            options={incomeSources.map((s) => ({ value: s, label: label('incomeSource', s) }))}
            onChange={(source) => setIncome((inc) => setText(inc, 'source', source))}
            error={!income.source ? incomeError : undefined}
            required
          />
        </div>
        {income.source === 'benefit' ? (
          <TextField
            label={t('intake.benefit')}
            description={t('intake.benefitDescription')}
            value={income.benefit ?? ''}
            onChange={(text) => setIncome((inc) => setText(inc, 'benefit', text))}
            optional
            maxLength={200}
            autoComplete="off"
          />
        ) : null}
        <CheckboxField
          label={t('intake.seeksWork')}
          checked={income.seeksWork === true}
          onChange={(checked) => setIncome((inc) => ({ ...inc, seeksWork: checked }))}
        />
        <CheckboxField
          label={t('intake.lowIncome')}
          description={t('intake.lowIncomeDescription')}
          checked={income.lowIncome === true}
          onChange={(checked) => setIncome((inc) => ({ ...inc, lowIncome: checked }))}
        />
      </div>

      {showFollowUp ? (
        <fieldset
          id={fieldId.followUp(pid)}
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset samenspel-fieldset samenspel-subform"
          aria-describedby={`${fieldId.followUp(pid)}-description${followUpError ? ` ${fieldId.followUp(pid)}-error` : ''}`}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('intake.followUp')}</legend>
          <div className="utrecht-form-field-description" id={`${fieldId.followUp(pid)}-description`}>
            {t('intake.followUpDescription')}
          </div>
          {followUpError ? (
            <div className="utrecht-form-field-error-message samenspel-field-error" id={`${fieldId.followUp(pid)}-error`} role="alert">
              {followUpError}
            </div>
          ) : null}
          {followUpQuestions.map((question) => (
            <RadioGroupField
              key={question}
              legend={t(`intake.followUp.${question}`)}
              name={`${pid}-follow-up-${question}`}
              inline
              value={followUp[question] ?? ''}
              onChange={(answer) => onChange((m) => ({ ...m, followUp: { ...m.followUp, [question]: answer as (typeof followUpAnswers)[number] } }))}
              options={followUpAnswers.map((a) => ({ value: a, label: label('followUpAnswer', a) }))}
            />
          ))}
        </fieldset>
      ) : null}
    </section>
  );
}

/** An optional note behind a disclosure, open when there is a note. */
function NoteField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const [open] = useState(value !== '');
  return (
    <details className="samenspel-note" open={open}>
      <summary>{value ? t('intake.noteFilled', { label }) : label}</summary>
      <TextareaField label={label} value={value} onChange={onChange} optional rows={3} maxLength={5000} />
    </details>
  );
}
