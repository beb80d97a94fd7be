import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { teamKinds, type Team } from '../../api/types.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm, type FormDone } from './AdminForm.tsx';
import { optional, splitList, useMunicipalities } from './common.tsx';

/** Create (item = null) or edit a team. */
export function TeamForm({ item, onDone }: { item: Team | null; onDone: FormDone }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const municipalities = useMunicipalities();
  const [name, setName] = useState(item?.name ?? '');
  const [kind, setKind] = useState<string>(item?.kind ?? 'neighbourhood');
  const [municipalityId, setMunicipalityId] = useState(item?.municipalityId ?? '');
  // A new team in an installation with one municipality belongs to that municipality.
  const onlyMunicipality = municipalities.data?.items.length === 1 ? municipalities.data.items[0]?.id : undefined;
  useEffect(() => {
    if (!item && onlyMunicipality) setMunicipalityId((current) => current || onlyMunicipality);
  }, [item, onlyMunicipality]);
  const [postcodes, setPostcodes] = useState((item?.areaPostcodes ?? []).join(', '));
  const [districts, setDistricts] = useState((item?.areaDistricts ?? []).join(', '));
  const [validFrom, setValidFrom] = useState(item?.validFrom?.slice(0, 10) ?? '');
  const [validUntil, setValidUntil] = useState(item?.validUntil?.slice(0, 10) ?? '');

  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: name.trim(),
        kind,
        areaPostcodes: splitList(postcodes).map((p) => p.replace(/\s+/g, '')),
        areaDistricts: splitList(districts),
        validFrom: optional(validFrom),
      };
      // The municipality of an existing team cannot be changed.
      return item
        ? api.patch<Team>(`/api/teams/${encodeURIComponent(item.id)}`, { ...body, validUntil: validUntil.trim() === '' ? null : validUntil })
        : api.post<Team>('/api/teams', { ...body, municipalityId, validUntil: optional(validUntil) });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'teams'] });
      if (item) await queryClient.invalidateQueries({ queryKey: ['admin', 'team', item.id] });
      onDone(item ? t('admin.saved') : t('admin.created', { name: saved?.name ?? name }));
    },
  });
  const errors = fieldErrors(save.error);
  const err = (path: string) => errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];

  return (
    <AdminForm
      title={item ? t('admin.editLabel', { name: item.name }) : t('teams.new')}
      error={save.error}
      knownFields={Object.keys(errors).filter((k) =>
        ['name', 'kind', 'municipalityId', 'areaPostcodes', 'areaDistricts', 'validFrom', 'validUntil'].some((f) => k === f || k.startsWith(`${f}.`)),
      )}
      busy={save.isPending}
      submitLabel={item ? t('admin.save') : t('admin.create')}
      onSubmit={() => save.mutate()}
      onCancel={() => onDone(null)}
    >
      <TextField label={t('teams.name')} value={name} onChange={setName} error={err('name')} required autoComplete="off" />
      <SelectField
        label={t('teams.kind')}
        value={kind}
        onChange={setKind}
        error={err('kind')}
        required
        options={teamKinds.map((k) => ({ value: k, label: label('teamKind', k) }))}
      />
      {item ? null : (
        <SelectField
          label={t('teams.municipality')}
          value={municipalityId}
          onChange={setMunicipalityId}
          error={err('municipalityId')}
          required
          emptyOption={t('teams.chooseMunicipality')}
          options={(municipalities.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
      )}
      <TextField
        label={t('teams.areaPostcodes')}
        description={t('teams.areaPostcodesDescription')}
        value={postcodes}
        onChange={setPostcodes}
        error={err('areaPostcodes')}
        optional
        autoComplete="off"
      />
      <TextField
        label={t('teams.areaDistricts')}
        description={t('teams.areaDistrictsDescription')}
        value={districts}
        onChange={setDistricts}
        error={err('areaDistricts')}
        optional
        autoComplete="off"
      />
      <TextField label={t('teams.validFrom')} type="date" value={validFrom} onChange={setValidFrom} error={err('validFrom')} optional />
      <TextField label={t('teams.validUntil')} type="date" value={validUntil} onChange={setValidUntil} error={err('validUntil')} optional />
    </AdminForm>
  );
}
