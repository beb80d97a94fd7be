import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../components/format.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, fieldErrors, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { nameById, useMunicipalities } from '../admin/common.tsx';
import { configurationKey, versionPath } from '../configuration/configuration-api.ts';
import { IssueList } from '../configuration/IssueList.tsx';
import { WarningList } from '../configuration/WarningList.tsx';
import { PresetConfirmation } from './PresetConfirmation.tsx';
import { loadPresetUrl, usePresets, type LoadedPreset } from './presets-api.ts';

/** An administrator loads a preset's configuration into a municipality as a new version from a date. */
export default function PresetsPage() {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const municipalities = useMunicipalities();
  const presets = usePresets();
  const [municipalityId, setMunicipalityId] = useState(searchParams.get('gemeente') ?? '');
  const [presetKey, setPresetKey] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [confirming, setConfirming] = useState(false);
  const [loaded, setLoaded] = useState<{ municipalityId: string; result: LoadedPreset } | null>(null);
  const announcement = useAnnouncement();
  const preset = presets.data?.items.find((p) => p.key === presetKey);
  const municipality = nameById(municipalities.data?.items, municipalityId);

  const load = useMutation({
    mutationFn: () => api.post<LoadedPreset>(loadPresetUrl(municipalityId), { preset: presetKey, validFrom }),
    onSuccess: async (result) => {
      setConfirming(false);
      setLoaded({ municipalityId, result });
      await queryClient.invalidateQueries({ queryKey: configurationKey(municipalityId) });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'teams'] });
      announcement.announce(t('presets.loaded', { label: preset?.label ?? presetKey, municipality, date: formatDate(result.version.validFrom) }));
    },
    onError: () => setConfirming(false),
  });
  const errors = fieldErrors(load.error);
  const missing = { municipality: !municipalityId, preset: !presetKey, validFrom: !validFrom };
  const [tried, setTried] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    load.reset();
    setLoaded(null);
    if (!Object.values(missing).some(Boolean)) setConfirming(true);
  };

  return (
    <>
      <PageTitle>{t('presets.title')}</PageTitle>
      <Paragraph>{t('presets.intro')}</Paragraph>
      <Paragraph>{t('presets.demoData')}</Paragraph>
      <AnnouncementArea announcement={announcement} />
      {loaded ? (
        <div className="samenspel-actions">
          {loaded.result.rolesIncluded ? null : <Paragraph>{t('presets.rolesLeftOut')}</Paragraph>}
          <AppLink to={versionPath(loaded.municipalityId, loaded.result.version.id)}>{t('presets.toVersion')}</AppLink>
        </div>
      ) : null}
      {municipalities.isError ? <ErrorAlert error={municipalities.error} onRetry={() => void municipalities.refetch()} /> : null}
      {presets.isError ? <ErrorAlert error={presets.error} onRetry={() => void presets.refetch()} /> : null}
      {municipalities.isPending || presets.isPending ? <Loading /> : null}
      {municipalities.data && presets.data ? (
        <form onSubmit={submit} noValidate className="samenspel-form">
          <SelectField label={t('presets.municipality')} value={municipalityId} onChange={(v) => { setMunicipalityId(v); setConfirming(false); }}
            emptyOption={t('presets.choose')} required error={tried && missing.municipality ? t('presets.required.municipality') : undefined}
            options={municipalities.data.items.map((m) => ({ value: m.id, label: m.name }))} />
          <SelectField label={t('presets.preset')} value={presetKey} onChange={(v) => { setPresetKey(v); setConfirming(false); }}
            emptyOption={t('presets.choose')} required error={tried && missing.preset ? t('presets.required.preset') : errors.preset}
            options={presets.data.items.map((p) => ({ value: p.key, label: p.label }))} />
          {preset ? (
            <section className="samenspel-card" aria-labelledby="preset-details" data-testid="preset-details">
              <Heading level={2} id="preset-details">{preset.label}</Heading>
              <Paragraph>{preset.summary ?? preset.description}</Paragraph>
              <Paragraph className="samenspel-muted samenspel-small">{t('presets.facts', { teams: preset.teams, sources: preset.sources.join(', ') })}</Paragraph>
              <WarningList warnings={preset.warnings} level={3} />
            </section>
          ) : null}
          <TextField label={t('presets.validFrom')} description={t('presets.validFromHint')} type="date" value={validFrom} onChange={(v) => { setValidFrom(v); setConfirming(false); }}
            error={tried && missing.validFrom ? t('presets.required.validFrom') : errors.validFrom} />
          <IssueList error={load.error} shown={['validFrom', 'preset']} />
          {confirming ? (
            <PresetConfirmation
              text={t('presets.confirm.text', { label: preset?.label ?? presetKey, municipality, date: formatDate(validFrom) })}
              busy={load.isPending} onConfirm={() => load.mutate()} onCancel={() => setConfirming(false)} />
          ) : (
            <div className="samenspel-actions">
              <Button appearance="primary-action-button" type="submit">{t('presets.submit')}</Button>
            </div>
          )}
        </form>
      ) : null}
    </>
  );
}
