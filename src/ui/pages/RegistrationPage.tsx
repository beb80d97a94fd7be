import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, isApiError, query } from '../api/client.ts';
import { useDataCategoryOptions } from '../api/queries.ts';
import {
  channels,
  newMemberRoles,
  referrerTypes,
  urgentFlags,
  type HouseholdSummary,
  type ListResponse,
  type NewMemberRole,
  type RegistrationCreated,
} from '../api/types.ts';
import { useCurrentUser } from '../auth.tsx';
import { CheckboxGroupField, RadioGroupField, SelectField, TextareaField, TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ErrorAlert, FormError, FormSummaryAlert, Loading, fieldErrors, useFocusFirstInvalid, useShownErrors } from '../components/status.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { DossierLocationState } from './HouseholdPage.tsx';

interface MemberForm {
  key: number;
  role: NewMemberRole;
  givenNames: string;
  familyNamePrefix: string;
  familyName: string;
  birthDate: string;
  bsn: string;
}

type HouseholdMode = 'new' | 'known';

const memberFields = ['givenNames', 'familyNamePrefix', 'familyName', 'birthDate', 'bsn'] as const;

/** A sensible role for the n-th person added (0-based): the first lives there, then a partner, then children. */
function defaultRole(index: number): NewMemberRole {
  return index === 0 ? 'resident' : index === 1 ? 'partner' : 'child';
}

let nextMemberKey = 1;
function newMember(index: number): MemberForm {
  return { key: nextMemberKey++, role: defaultRole(index), givenNames: '', familyNamePrefix: '', familyName: '', birthDate: '', bsn: '' };
}

function trimmedOrUndefined(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

export default function RegistrationPage() {
  const { t, label } = useI18n();
  const user = useCurrentUser();
  const teams = user.teams ?? [];
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const categoryOptions = useDataCategoryOptions();

  const [teamId, setTeamId] = useState(teams.length === 1 ? (teams[0]?.id ?? '') : '');
  const [channel, setChannel] = useState('');
  const [referrerType, setReferrerType] = useState<string>('self');
  const [question, setQuestion] = useState('');
  const [category, setCategory] = useState('social');
  const [urgent, setUrgent] = useState<string[]>([]);
  const [mode, setMode] = useState<HouseholdMode>('new');
  const [members, setMembers] = useState<MemberForm[]>(() => [newMember(0)]);
  const [householdName, setHouseholdName] = useState('');
  const [nameEdited, setNameEdited] = useState(false);
  const [searchInput, setSearchInput] = useState('');
  const [searchQ, setSearchQ] = useState('');
  const [searchError, setSearchError] = useState<string | undefined>();
  const [householdId, setHouseholdId] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const [memberNotice, setMemberNotice] = useState('');
  const [focusMemberKey, setFocusMemberKey] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const firstFieldRefs = useRef(new Map<number, HTMLSelectElement>());

  const first = members[0];
  const suggestedName =
    first && first.familyName.trim()
      ? t('registration.householdNameSuggestion', { name: [first.familyNamePrefix.trim(), first.familyName.trim()].filter(Boolean).join(' ') })
      : '';
  const shownName = nameEdited ? householdName : suggestedName;

  const households = useQuery({
    queryKey: ['households', 'search', searchQ],
    queryFn: ({ signal }) => api.get<ListResponse<HouseholdSummary>>(`/api/households${query({ q: searchQ, limit: 25 })}`, { signal }),
    enabled: mode === 'known' && searchQ.length >= 2,
    placeholderData: keepPreviousData,
  });

  useEffect(() => {
    if (focusMemberKey === null) return;
    firstFieldRefs.current.get(focusMemberKey)?.focus();
    setFocusMemberKey(null);
  }, [focusMemberKey]);

  const teamName = teams.find((tm) => tm.id === teamId)?.name ?? '';

  const register = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = {
        teamId,
        channel,
        referrerType,
        question: question.trim(),
        questionCategory: category,
        urgentFlags: urgent,
      };
      if (mode === 'known') body.householdId = householdId;
      else {
        body.household = {
          name: shownName.trim(),
          members: members.map((m) => ({
            role: m.role,
            person: {
              givenNames: m.givenNames.trim(),
              familyNamePrefix: trimmedOrUndefined(m.familyNamePrefix),
              familyName: m.familyName.trim(),
              birthDate: trimmedOrUndefined(m.birthDate),
              bsn: trimmedOrUndefined(m.bsn),
            },
          })),
        };
      }
      return api.post<RegistrationCreated>('/api/registrations', body);
    },
    onSuccess: async (created) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['triage', teamId] }),
        queryClient.invalidateQueries({ queryKey: ['households'] }),
        queryClient.invalidateQueries({ queryKey: ['dossier', created.householdId] }),
        queryClient.invalidateQueries({ queryKey: ['persons'] }),
      ]);
      const flash = { key: urgent.length > 0 ? ('registration.savedUrgent' as const) : ('registration.saved' as const), params: { team: teamName } };
      navigate(`/huishoudens/${encodeURIComponent(created.householdId)}`, { state: { flash } satisfies DossierLocationState });
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);

  // Errors shown at the fields: the form's own checks, else the server's issues.
  // 409: the team already has an open case for the chosen household; that is said at the household.
  const serverError =
    isApiError(register.error) && register.error.status === 409
      ? new ApiError(409, register.error.code, register.error.message, [{ path: 'householdId', message: register.error.message }])
      : register.error;
  const serverErrors = fieldErrors(serverError);
  const { errors, changed, clearing, submitted } = useShownErrors(clientErrors ?? serverErrors);
  const memberError = (index: number, field: (typeof memberFields)[number]) => errors[`household.members.${index}.person.${field}`];
  const knownFields = [
    'teamId',
    'channel',
    'referrerType',
    'question',
    'questionCategory',
    'urgentFlags',
    'householdId',
    ...(teams.length > 1 ? ['household'] : []),
    'household.name',
    ...members.flatMap((_, i) => [`household.members.${i}.role`, ...memberFields.map((f) => `household.members.${i}.person.${f}`)]),
  ];

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (!teamId) found.teamId = t('registration.teamRequired');
    if (!channel) found.channel = t('registration.channelRequired');
    if (!question.trim()) found.question = t('registration.questionRequired');
    if (mode === 'known') {
      if (!householdId) found.householdId = t('registration.householdRequired');
    } else {
      members.forEach((m, i) => {
        if (!m.givenNames.trim()) found[`household.members.${i}.person.givenNames`] = t('registration.givenNamesRequired');
        if (!m.familyName.trim()) found[`household.members.${i}.person.familyName`] = t('registration.familyNameRequired');
      });
      if (nameEdited && !householdName.trim()) {
        found['household.name'] = t('registration.householdNameRequired');
      }
    }
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    submitted();
    if (Object.keys(found).length > 0) {
      register.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    register.mutate();
  };

  const search = () => {
    const value = searchInput.trim();
    if (value.length < 2) {
      setSearchError(t('registration.searchTooShort'));
      searchRef.current?.focus();
      return;
    }
    setSearchError(undefined);
    setHouseholdId('');
    setSearchQ(value);
    if (value === searchQ) void households.refetch();
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter in the search field searches instead of submitting the whole registration.
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  };

  const updateMember = (key: number, patch: Partial<MemberForm>) => {
    const index = members.findIndex((m) => m.key === key);
    for (const field of Object.keys(patch)) changed(field === 'role' ? `household.members.${index}.role` : `household.members.${index}.person.${field}`);
    setMembers((list) => list.map((m) => (m.key === key ? { ...m, ...patch } : m)));
  };

  const addMember = () => {
    const first = members[0];
    // Most households share a family name; it stays editable.
    const added = { ...newMember(members.length), familyNamePrefix: first?.familyNamePrefix ?? '', familyName: first?.familyName ?? '' };
    setMembers((list) => [...list, added]);
    setMemberNotice('');
    setFocusMemberKey(added.key);
  };

  const removeMember = (index: number) => {
    setMembers((list) => list.filter((_, i) => i !== index));
    // The persons after it are renumbered: their errors no longer belong to the fields shown.
    for (const path of Object.keys(clientErrors ?? serverErrors)) if (path.startsWith('household.members.')) changed(path);
    setMemberNotice(t('registration.personRemoved', { n: index + 1 }));
    addButtonRef.current?.focus();
  };

  if (teams.length === 0) {
    return (
      <>
        <PageTitle>{t('registration.title')}</PageTitle>
        <Paragraph>{t('home.noTeams')}</Paragraph>
      </>
    );
  }

  const householdItems = households.data?.items ?? [];

  return (
    <>
      <PageTitle>{t('registration.title')}</PageTitle>
      <Paragraph>{t('registration.intro')}</Paragraph>

      {clientErrors ? Object.keys(errors).length > 0 ? <FormSummaryAlert /> : null : <FormError error={serverError} knownFields={knownFields} />}

      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form samenspel-form--wide">
        <section className="samenspel-form-part" aria-labelledby="registration-intake">
          <Heading level={2} id="registration-intake">
            {t('registration.intake')}
          </Heading>
          {teams.length === 1 ? (
            <Paragraph>{t('registration.teamFixed', { team: teams[0]?.name ?? '' })}</Paragraph>
          ) : (
            <SelectField
              label={t('registration.team')}
              value={teamId}
              onChange={clearing('teamId', setTeamId)}
              error={errors.teamId}
              required
              emptyOption={t('registration.chooseTeam')}
              options={teams.map((tm) => ({ value: tm.id, label: tm.name }))}
            />
          )}
          <SelectField
            label={t('registration.channel')}
            value={channel}
            onChange={clearing('channel', setChannel)}
            error={errors.channel}
            required
            emptyOption={t('registration.chooseChannel')}
            options={channels.map((c) => ({ value: c, label: label('channel', c) }))}
          />
          <SelectField
            label={t('registration.referrer')}
            value={referrerType}
            onChange={clearing('referrerType', setReferrerType)}
            error={errors.referrerType}
            required
            options={referrerTypes.map((r) => ({ value: r, label: label('referrer', r) }))}
          />
          <TextareaField
            label={t('registration.question')}
            description={t('registration.questionDescription')}
            value={question}
            onChange={clearing('question', setQuestion)}
            error={errors.question}
            required
            rows={4}
            maxLength={5000}
          />
          <SelectField
            label={t('registration.category')}
            description={t('registration.categoryDescription')}
            value={category}
            onChange={clearing('questionCategory', setCategory)}
            error={errors.questionCategory}
            required
            options={categoryOptions}
          />
          <CheckboxGroupField
            legend={t('registration.urgency')}
            description={t('registration.urgencyDescription')}
            name="urgentFlags"
            options={urgentFlags.map((f) => ({ value: f, label: label('urgent', f) }))}
            values={urgent}
            onChange={clearing('urgentFlags', setUrgent)}
            error={errors.urgentFlags}
          />
        </section>

        <section className="samenspel-form-part" aria-labelledby="registration-household">
          <Heading level={2} id="registration-household">
            {t('registration.household')}
          </Heading>
          {/* Households a user can find all have an open case at one of the user's teams, so a
              known household can only be registered with another of their teams. */}
          {teams.length > 1 ? (
            <RadioGroupField
              legend={t('registration.householdChoice')}
              name="householdMode"
              value={mode}
              onChange={clearing('household', (value: string) => setMode(value as HouseholdMode))}
              options={[
                { value: 'new', label: t('registration.householdNew') },
                { value: 'known', label: t('registration.householdKnown') },
              ]}
              error={errors.household}
            />
          ) : null}

          {mode === 'known' ? (
            <div className={teams.length > 1 ? 'samenspel-subform' : undefined}>
              <div className="samenspel-inline-search">
                <TextField
                  label={t('registration.search')}
                  description={t('registration.searchDescription')}
                  type="search"
                  value={searchInput}
                  onChange={setSearchInput}
                  onKeyDown={onSearchKey}
                  error={searchError ?? (householdItems.length === 0 ? errors.householdId : undefined)}
                  inputRef={searchRef}
                  autoComplete="off"
                  spellCheck={false}
                />
                <Button appearance="secondary-action-button" type="button" onClick={search}>
                  {t('registration.searchButton')}
                </Button>
              </div>
              {searchQ.length >= 2 ? (
                households.isPending ? (
                  <Loading />
                ) : households.isError ? (
                  <ErrorAlert error={households.error} onRetry={() => void households.refetch()} />
                ) : (
                  <>
                    <p role="status" className="samenspel-result-count">
                      {householdItems.length === 0
                        ? t('registration.searchNone', { q: searchQ })
                        : householdItems.length === 1
                          ? t('registration.searchCountOne')
                          : t('registration.searchCount', { n: householdItems.length })}
                    </p>
                    {householdItems.length > 0 ? (
                      <RadioGroupField
                        legend={t('registration.searchResults')}
                        name="householdId"
                        value={householdId}
                        onChange={clearing('householdId', setHouseholdId)}
                        error={errors.householdId}
                        options={householdItems.map((h) => ({
                          value: h.id,
                          label:
                            h.memberCount === 1
                              ? t('registration.householdOptionOne', { name: h.name })
                              : t('registration.householdOption', { name: h.name, n: h.memberCount }),
                        }))}
                      />
                    ) : null}
                  </>
                )
              ) : null}
            </div>
          ) : (
            <div className={teams.length > 1 ? 'samenspel-subform' : undefined}>
              {members.map((m, index) => (
                <fieldset key={m.key} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset samenspel-fieldset samenspel-member">
                  <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                    {t('registration.person', { n: index + 1 })}
                  </legend>
                  <SelectField
                    label={t('registration.role')}
                    value={m.role}
                    onChange={(value) => updateMember(m.key, { role: value as NewMemberRole })}
                    error={errors[`household.members.${index}.role`]}
                    required
                    options={newMemberRoles.map((r) => ({ value: r, label: label('householdRole', r) }))}
                    selectRef={(element) => {
                      if (element) firstFieldRefs.current.set(m.key, element);
                      else firstFieldRefs.current.delete(m.key);
                    }}
                  />
                  <div className="samenspel-field-row">
                    <TextField
                      label={t('person.givenNames')}
                      value={m.givenNames}
                      onChange={(value) => updateMember(m.key, { givenNames: value })}
                      error={memberError(index, 'givenNames')}
                      required
                      autoComplete="off"
                      maxLength={200}
                    />
                    <TextField
                      label={t('person.familyNamePrefix')}
                      value={m.familyNamePrefix}
                      onChange={(value) => updateMember(m.key, { familyNamePrefix: value })}
                      error={memberError(index, 'familyNamePrefix')}
                      optional
                      autoComplete="off"
                      maxLength={20}
                      className="samenspel-input--short"
                    />
                    <TextField
                      label={t('person.familyName')}
                      value={m.familyName}
                      onChange={(value) => updateMember(m.key, { familyName: value })}
                      error={memberError(index, 'familyName')}
                      required
                      autoComplete="off"
                      maxLength={200}
                    />
                  </div>
                  <div className="samenspel-field-row">
                    <TextField
                      label={t('person.birthDate')}
                      type="date"
                      value={m.birthDate}
                      onChange={(value) => updateMember(m.key, { birthDate: value })}
                      error={memberError(index, 'birthDate')}
                      optional
                    />
                    <TextField
                      label={t('person.bsn')}
                      description={t('registration.bsnDescription')}
                      value={m.bsn}
                      onChange={(value) => updateMember(m.key, { bsn: value })}
                      error={memberError(index, 'bsn')}
                      optional
                      inputMode="numeric"
                      autoComplete="off"
                      maxLength={20}
                    />
                  </div>
                  {members.length > 1 ? (
                    <Button appearance="subtle-button" type="button" onClick={() => removeMember(index)}>
                      {t('registration.removePerson', { n: index + 1 })}
                    </Button>
                  ) : null}
                </fieldset>
              ))}
              <div className="samenspel-actions">
                <Button ref={addButtonRef} appearance="secondary-action-button" type="button" onClick={addMember} disabled={members.length >= 20}>
                  {t('registration.addPerson')}
                </Button>
              </div>
              <p role="status" className="samenspel-visually-hidden">
                {memberNotice}
              </p>
              <TextField
                label={t('registration.householdName')}
                description={t('registration.householdNameDescription')}
                value={shownName}
                onChange={(value) => {
                  setNameEdited(true);
                  setHouseholdName(value);
                  changed('household.name');
                }}
                error={errors['household.name']}
                required
                autoComplete="off"
                maxLength={200}
              />
            </div>
          )}
        </section>

        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={register.isPending} disabled={register.isPending}>
            {register.isPending ? t('app.saving') : t('registration.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
