import { Button, DataSummary, DataSummaryItem, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api } from '../api/client.ts';
import type { Person } from '../api/types.ts';
import { AppLink } from '../components/AppLink.tsx';
import { TextField } from '../components/fields.tsx';
import { formatAddress, formatPeriod } from '../components/format.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { FormError, SuccessAlert, fieldErrors, useFocusFirstInvalid } from '../components/status.tsx';
import { DataTable, Th } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { FinderLink } from './catalogue/FinderLink.tsx';
import { ScoresSection } from './person/ScoresSection.tsx';
import { RecordPageFallback } from './RecordPageFallback.tsx';
import { WorkGuidanceLink } from './work-guidance/WorkGuidanceLink.tsx';

export default function PersonPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, formatDate, label } = i18n;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);

  const person = useQuery({
    queryKey: ['person', id],
    queryFn: ({ signal }) => api.get<Person>(`/api/persons/${encodeURIComponent(id)}`, { signal }),
  });

  if (!person.isSuccess) return <RecordPageFallback query={person} title={t('person.titleLoading')} />;

  const p = person.data;
  const canUpdate = p.abilities?.update === true;

  return (
    <>
      <Paragraph>
        <AppLink to="/personen">{t('person.back')}</AppLink>
      </Paragraph>
      <PageTitle>{p.displayName}</PageTitle>
      {saved ? <SuccessAlert>{t('person.saved')}</SuccessAlert> : null}

      <section>
        <Heading level={2} id="person-details">
          {t('person.details')}
        </Heading>
        <DataSummary appearance="row" data-testid="person-details">
          <DataSummaryItem itemKey={t('person.bsn')} itemValue={p.bsn ?? ''} />
          <DataSummaryItem itemKey={t('person.birthDate')} itemValue={formatDate(p.birthDate)} />
          <DataSummaryItem itemKey={t('person.address')} itemValue={formatAddress(p.address)} />
        </DataSummary>
        {canUpdate && !editing ? (
          <div className="samenspel-actions">
            <Button
              ref={editButtonRef}
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('person.edit')}
            </Button>
          </div>
        ) : null}
      </section>

      {canUpdate && editing ? (
        <PersonEditForm
          person={p}
          onDone={(wasSaved) => {
            setEditing(false);
            setSaved(wasSaved);
            setTimeout(() => editButtonRef.current?.focus(), 0);
          }}
        />
      ) : null}

      <section className="samenspel-section">
        <Heading level={2} id="person-households">
          {t('person.households')}
        </Heading>
        {p.households.length === 0 ? (
          <Paragraph>{t('person.noHouseholds')}</Paragraph>
        ) : (
          <DataTable
            caption={t('person.households')}
            captionHidden
            headers={[t('person.col.household'), t('person.col.role'), t('person.col.period')]}
          >
            {p.households.map((h) => (
              <TableRow key={`${h.id}-${h.validFrom ?? ''}`}>
                <Th scope="row">
                  <AppLink to={`/huishoudens/${encodeURIComponent(h.id)}`}>{h.name}</AppLink>
                </Th>
                <TableCell>{label('householdRole', h.role)}</TableCell>
                <TableCell>{formatPeriod(i18n, h.validFrom, h.validUntil)}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}
      </section>

      <ScoresSection personId={p.id} personName={p.displayName} />
      <FinderLink personId={p.id} />
      <WorkGuidanceLink personId={p.id} />
    </>
  );
}

interface PersonForm {
  givenNames: string;
  familyNamePrefix: string;
  familyName: string;
  birthDate: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
}

const fieldPaths: Record<keyof PersonForm, string> = {
  givenNames: 'givenNames',
  familyNamePrefix: 'familyNamePrefix',
  familyName: 'familyName',
  birthDate: 'birthDate',
  street: 'address.street',
  houseNumber: 'address.houseNumber',
  postcode: 'address.postcode',
  city: 'address.city',
};

function toForm(p: Person): PersonForm {
  return {
    givenNames: p.givenNames ?? '',
    familyNamePrefix: p.familyNamePrefix ?? '',
    familyName: p.familyName ?? '',
    birthDate: p.birthDate ? p.birthDate.slice(0, 10) : '',
    street: p.address?.street ?? '',
    houseNumber: p.address?.houseNumber ?? '',
    postcode: p.address?.postcode ?? '',
    city: p.address?.city ?? '',
  };
}

function PersonEditForm({ person, onDone }: { person: Person; onDone: (saved: boolean) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const initial = toForm(person);
  const [form, setForm] = useState<PersonForm>(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: keyof PersonForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const save = useMutation({
    mutationFn: () => {
      // Only send what changed.
      // Required names are sent as typed (the server explains an empty one); optional fields are cleared with null.
      const body: Record<string, unknown> = {};
      const address: Record<string, string | null> = {};
      for (const key of ['givenNames', 'familyName'] as const) {
        if (form[key] !== initial[key]) body[key] = form[key].trim();
      }
      for (const key of ['familyNamePrefix', 'birthDate'] as const) {
        if (form[key] !== initial[key]) body[key] = form[key].trim() === '' ? null : form[key].trim();
      }
      for (const key of ['street', 'houseNumber', 'postcode', 'city'] as const) {
        if (form[key] !== initial[key]) address[key] = form[key].trim() === '' ? null : form[key].trim();
      }
      if (Object.keys(address).length > 0) body.address = address;
      return api.patch<Person>(`/api/persons/${encodeURIComponent(person.id)}`, body);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(['person', person.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
      void queryClient.invalidateQueries({ queryKey: ['dossier'] });
      onDone(true);
    },
  });
  useFocusFirstInvalid(formRef, save.error);

  const errors = fieldErrors(save.error);
  const err = (key: keyof PersonForm) => errors[fieldPaths[key]];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <section className="samenspel-section">
      <Heading level={2} id="person-edit">
        {t('person.editTitle')}
      </Heading>
      <FormError error={save.error} knownFields={Object.values(fieldPaths)} />
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <TextField label={t('person.givenNames')} value={form.givenNames} onChange={set('givenNames')} error={err('givenNames')} autoComplete="off" />
        <TextField
          label={t('person.familyNamePrefix')}
          value={form.familyNamePrefix}
          onChange={set('familyNamePrefix')}
          error={err('familyNamePrefix')}
          optional
          autoComplete="off"
        />
        <TextField label={t('person.familyName')} value={form.familyName} onChange={set('familyName')} error={err('familyName')} autoComplete="off" />
        <TextField label={t('person.birthDate')} type="date" value={form.birthDate} onChange={set('birthDate')} error={err('birthDate')} />
        <TextField label={t('person.street')} value={form.street} onChange={set('street')} error={err('street')} autoComplete="off" />
        <TextField label={t('person.houseNumber')} value={form.houseNumber} onChange={set('houseNumber')} error={err('houseNumber')} autoComplete="off" />
        <TextField label={t('person.postcode')} value={form.postcode} onChange={set('postcode')} error={err('postcode')} autoComplete="off" />
        <TextField label={t('person.city')} value={form.city} onChange={set('city')} error={err('city')} autoComplete="off" />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('person.save')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(false)}>
            {t('person.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
