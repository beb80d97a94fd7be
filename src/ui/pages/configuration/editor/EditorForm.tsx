import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { TextareaField, TextField } from '../../../components/fields.tsx';
import { fieldErrors, SuccessAlert } from '../../../components/status.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { configurationKey, pagePath, versionsUrl, type Configuration, type ModelWarning, type SavedVersion } from '../configuration-api.ts';
import { IssueList } from '../IssueList.tsx';
import { WarningList } from '../WarningList.tsx';
import { AccessFields } from './AccessFields.tsx';
import { BaseModelFields } from './BaseModelFields.tsx';
import { formKeys, merge, split, teamsIn, type FormParts, type SetForm } from './editor-state.ts';
import { errorLookup } from './field-errors.ts';
import { MandateFields } from './MandateFields.tsx';
import { PolicyFields } from './PolicyFields.tsx';

interface Props { municipalityId: string; versionId: string | undefined; initial: Configuration; initialValidFrom: string; initialNote: string }

export function EditorForm({ municipalityId, versionId, initial, initialValidFrom, initialNote }: Props) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [parts] = useState(() => split(initial));
  const [form, setFormState] = useState<FormParts>(parts.form);
  const [rest, setRest] = useState(parts.rest);
  const [validFrom, setValidFrom] = useState(initialValidFrom);
  const [note, setNote] = useState(initialNote);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const setForm: SetForm = (update) => setFormState(update);

  const check = useMutation({
    mutationFn: (configuration: Record<string, unknown>) =>
      api.post<{ warnings: ModelWarning[] }>(`${versionsUrl(municipalityId)}/check`, { configuration }),
  });
  const save = useMutation({
    mutationFn: (configuration: Record<string, unknown>) => {
      const body = { validFrom, ...(note.trim() ? { note: note.trim() } : {}), configuration };
      return versionId
        ? api.put<SavedVersion>(`${versionsUrl(municipalityId)}/${encodeURIComponent(versionId)}`, body)
        : api.post<SavedVersion>(versionsUrl(municipalityId), body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: configurationKey(municipalityId) });
      const message = saved.applied ? t('configuration.savedApplied', { date: formatDate(saved.version.validFrom) }) : t('configuration.saved', { date: formatDate(saved.version.validFrom) });
      navigate(pagePath(municipalityId), { state: { saved: message } });
    },
  });
  const error = save.error ?? check.error;
  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  const errors = fieldErrors(error);
  const err = errorLookup(errors);
  const restIssues = Object.keys(errors).filter((p) => p.startsWith('configuration.') && !(formKeys as readonly string[]).includes(p.split('.')[1] ?? ''));
  const teams = teamsIn(rest);

  const merged = (): Record<string, unknown> | null => {
    const result = merge(form, rest);
    if ('jsonError' in result) {
      setJsonError(result.jsonError === 'object' ? t('configuration.editor.restNotObject') : t('configuration.editor.restNotJson', { message: result.jsonError }));
      return null;
    }
    setJsonError(null);
    return result.configuration;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    check.reset();
    const configuration = merged();
    if (configuration) save.mutate(configuration);
  };
  const runCheck = () => {
    save.reset();
    const configuration = merged();
    if (configuration) check.mutate(configuration);
  };

  return (
    <form onSubmit={submit} noValidate className="samenspel-form">
      <div ref={summaryRef} tabIndex={-1} className="samenspel-focus-target">
        <IssueList error={error} />
        {check.isSuccess ? <SuccessAlert>{t('configuration.editor.checked')}</SuccessAlert> : null}
      </div>
      {check.data ? <WarningList warnings={check.data.warnings} /> : null}
      <section className="samenspel-section" aria-labelledby="editor-version">
        <Heading level={2} id="editor-version">
          {t('configuration.editor.version')}
        </Heading>
        <TextField label={t('configuration.validFrom')} description={t('configuration.validFromHint')} type="date" value={validFrom} onChange={setValidFrom}
          error={errors.validFrom} required />
        <TextField label={t('configuration.note')} value={note} onChange={setNote} error={errors.note} optional maxLength={2000} />
      </section>
      <BaseModelFields form={form} setForm={setForm} err={err} />
      <AccessFields form={form} setForm={setForm} err={err} teams={teams} />
      <PolicyFields form={form} setForm={setForm} err={err} teams={teams} />
      <MandateFields form={form} setForm={setForm} err={err} teams={teams} />
      <section className="samenspel-section" aria-labelledby="editor-rest">
        <Heading level={2} id="editor-rest">
          {t('configuration.editor.rest')}
        </Heading>
        <Paragraph>{t('configuration.editor.restIntro')}</Paragraph>
        <TextareaField label={t('configuration.editor.restLabel')} value={rest} onChange={setRest} rows={24}
          error={jsonError ?? (restIssues.length > 0 ? t('configuration.editor.restIssues', { n: restIssues.length }) : undefined)} />
      </section>
      <div className="samenspel-actions">
        <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
          {save.isPending ? t('app.saving') : t('configuration.editor.save')}
        </Button>
        <Button appearance="secondary-action-button" type="button" busy={check.isPending} disabled={check.isPending} onClick={runCheck}>
          {t('configuration.editor.check')}
        </Button>
      </div>
    </form>
  );
}
