import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, isApiError } from '../api/client.ts';
import { useDataCategoryName } from '../api/queries.ts';
import type { TriageBoard, TriageCandidate, TriageItem } from '../api/types.ts';
import { useCurrentUser } from '../auth.tsx';
import { AnnouncementArea, useAnnouncement } from '../components/announcement.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { formatAge, formatDateTimeShort } from '../components/format.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { FormError, fieldErrors, useFocusFirstInvalid, useShownErrors } from '../components/status.tsx';
import { useI18n, type I18n } from '../i18n/i18n.tsx';
import { UrgencyText } from './dossier/Urgency.tsx';
import { RecordPageFallback } from './RecordPageFallback.tsx';

export default function TriagePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const user = useCurrentUser();
  const announcement = useAnnouncement();
  const team = (user.teams ?? []).find((tm) => tm.id === id);
  const title = team ? t('triage.title', { team: team.name }) : t('triage.titleFallback');

  const board = useQuery({
    queryKey: ['triage', id],
    queryFn: ({ signal }) => api.get<TriageBoard>(`/api/teams/${encodeURIComponent(id)}/triage`, { signal }),
  });

  if (!board.isSuccess) {
    if (board.isError && isApiError(board.error) && board.error.status === 403) {
      return (
        <>
          <PageTitle>{title}</PageTitle>
          <Paragraph>{board.error.message}</Paragraph>
        </>
      );
    }
    return <RecordPageFallback query={board} title={title} />;
  }

  const { items, candidates } = board.data;
  const canAssign = items.some((item) => item.abilities.assign);

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>{t('triage.intro')}</Paragraph>
      <AnnouncementArea announcement={announcement} />
      {items.length === 0 ? (
        <div role="status" data-testid="triage-empty">
          <Paragraph>
            <strong>{t('triage.empty')}</strong>
          </Paragraph>
          <Paragraph>{t('triage.emptyHint')}</Paragraph>
        </div>
      ) : (
        <>
          <p role="status" className="utrecht-paragraph">
            {items.length === 1 ? t('triage.countOne') : t('triage.count', { n: items.length })}
          </p>
          {canAssign ? null : <Paragraph className="samenspel-muted">{t('triage.onlyCoordinator')}</Paragraph>}
          <ol className="samenspel-card-list" aria-label={t('triage.caption')}>
            {items.map((item) => (
              <li key={item.id}>
                <TriageCard item={item} candidates={candidates} teamId={id} onAssigned={(message) => announcement.announce(message)} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

const roleOrder = ['head', 'resident', 'partner', 'parent', 'child', 'member', 'other'];

/** The people who live there first, then partners, then children (oldest first). */
function sortMembers(members: TriageItem['members']): TriageItem['members'] {
  const rank = (role: string) => (roleOrder.includes(role) ? roleOrder.indexOf(role) : roleOrder.length);
  return [...members].sort((a, b) => rank(a.role) - rank(b.role) || (a.birthDate ?? '').localeCompare(b.birthDate ?? ''));
}

function candidateLabel(i18n: I18n, c: TriageCandidate): string {
  if (!c.discipline) return c.role === 'coordinator' ? `${c.displayName} (${i18n.label('teamRole', 'coordinator').toLowerCase()})` : c.displayName;
  return i18n.t(c.role === 'coordinator' ? 'triage.candidateCoordinator' : 'triage.candidate', { name: c.displayName, discipline: c.discipline });
}

function TriageCard({
  item,
  candidates,
  teamId,
  onAssigned,
}: {
  item: TriageItem;
  candidates: TriageCandidate[];
  teamId: string;
  onAssigned: (message: string) => void;
}) {
  const i18n = useI18n();
  const { t, label, formatDate } = i18n;
  const categoryName = useDataCategoryName();
  const headingId = useId();
  const urgent = item.urgentFlags.length > 0;
  const when = `${formatAge(i18n, item.registeredAt)} (${formatDateTimeShort(i18n, item.registeredAt)})`;

  return (
    <article
      aria-labelledby={headingId}
      className={['samenspel-card', urgent ? 'samenspel-card--urgent' : ''].filter(Boolean).join(' ')}
      data-testid="triage-item"
    >
      <Heading level={2} id={headingId} className="samenspel-card__title">
        <AppLink to={`/huishoudens/${encodeURIComponent(item.householdId)}`}>{item.householdName}</AppLink>
      </Heading>
      {urgent ? (
        <p className="samenspel-card__urgency">
          <UrgencyText flags={item.urgentFlags} />
        </p>
      ) : null}
      <dl className="samenspel-facts">
        <div className="samenspel-facts__item">
          <dt>{t('triage.registered')}</dt>
          <dd>
            <time dateTime={item.registeredAt}>{item.registeredBy ? t('triage.registeredBy', { when, name: item.registeredBy.displayName }) : when}</time>
          </dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('triage.channel')}</dt>
          <dd>{label('channel', item.channel)}</dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('triage.referrer')}</dt>
          <dd>{label('referrer', item.referrerType)}</dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('triage.members')}</dt>
          <dd>
            <ul className="samenspel-plain-list">
              {sortMembers(item.members).map((m) => (
                <li key={m.personId}>
                  {t('triage.memberLine', { name: m.displayName, role: label('householdRole', m.role) })}
                  {m.birthDate ? `, ${t('triage.born', { date: formatDate(m.birthDate) })}` : ''}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('triage.question')}</dt>
          <dd className="samenspel-pre-line">{item.question ?? ''}</dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('triage.category')}</dt>
          <dd>{categoryName(item.questionCategory)}</dd>
        </div>
      </dl>
      {item.abilities.assign ? <AssignForm item={item} candidates={candidates} teamId={teamId} onAssigned={onAssigned} /> : null}
    </article>
  );
}

function AssignForm({
  item,
  candidates,
  teamId,
  onAssigned,
}: {
  item: TriageItem;
  candidates: TriageCandidate[];
  teamId: string;
  onAssigned: (message: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [professionalId, setProfessionalId] = useState('');
  const [coordinatorId, setCoordinatorId] = useState('');
  const [coordinatorChosen, setCoordinatorChosen] = useState(false);
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const options = candidates.map((c) => ({ value: c.userId, label: candidateLabel(i18n, c) }));
  const nameOf = (userId: string) => candidates.find((c) => c.userId === userId)?.displayName ?? '';

  const assign = useMutation({
    mutationFn: () =>
      api.post(`/api/registrations/${encodeURIComponent(item.id)}/assignment`, {
        professionalId,
        coordinatorId,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: async () => {
      const message = t('triage.assigned', { household: item.householdName, professional: nameOf(professionalId), coordinator: nameOf(coordinatorId) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['triage', teamId] }),
        queryClient.invalidateQueries({ queryKey: ['dossier', item.householdId] }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]);
      onAssigned(message);
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);
  const { errors, changed, clearing, submitted } = useShownErrors(clientErrors ?? fieldErrors(assign.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitted();
    const found: Record<string, string> = {};
    if (!professionalId) found.professionalId = t('triage.professionalRequired');
    if (!coordinatorId) found.coordinatorId = t('triage.coordinatorRequired');
    if (Object.keys(found).length > 0) {
      assign.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    assign.mutate();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="samenspel-assign-form">
      {clientErrors ? null : <FormError error={assign.error} knownFields={['professionalId', 'coordinatorId', 'note']} />}
      <div className="samenspel-field-row">
        <SelectField
          label={t('triage.professional')}
          description={t('triage.professionalDescription')}
          value={professionalId}
          onChange={clearing('professionalId', (value: string) => {
            setProfessionalId(value);
            if (!coordinatorChosen) {
              setCoordinatorId(value);
              changed('coordinatorId');
            }
          })}
          error={errors.professionalId}
          required
          emptyOption={t('triage.chooseProfessional')}
          options={options}
        />
        <SelectField
          label={t('triage.coordinator')}
          description={t('triage.coordinatorDescription')}
          value={coordinatorId}
          onChange={clearing('coordinatorId', (value: string) => {
            setCoordinatorChosen(true);
            setCoordinatorId(value);
          })}
          error={errors.coordinatorId}
          required
          emptyOption={t('triage.chooseCoordinator')}
          options={options}
        />
      </div>
      <TextField label={t('triage.note')} value={note} onChange={clearing('note', setNote)} error={errors.note} optional autoComplete="off" maxLength={1000} />
      <div className="samenspel-actions">
        <Button
          appearance="primary-action-button"
          type="submit"
          busy={assign.isPending}
          disabled={assign.isPending}
          aria-label={assign.isPending ? undefined : `${t('triage.assign')}: ${t('triage.assignFor', { household: item.householdName })}`}
        >
          {assign.isPending ? t('app.saving') : t('triage.assign')}
        </Button>
      </div>
    </form>
  );
}
