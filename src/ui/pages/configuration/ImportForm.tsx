import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { TextField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { configurationKey, versionsUrl, type SavedVersion } from './configuration-api.ts';
import { IssueList } from './IssueList.tsx';

/** Reads an exported file and saves it as a new version: all problems at once, nothing saved when any. */
export function ImportForm({ municipalityId, today, onDone }: { municipalityId: string; today: string | undefined; onDone: (message: string) => void }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [document, setDocument] = useState<Record<string, unknown> | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState('');

  const save = useMutation({
    mutationFn: () => api.post<SavedVersion>(versionsUrl(municipalityId), { ...document, validFrom }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: configurationKey(municipalityId) });
      setDocument(null);
      onDone(t('configuration.imported', { date: formatDate(saved.version.validFrom) }));
    },
  });

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    save.reset();
    setReadError(null);
    const file = event.currentTarget.files?.[0];
    if (!file) return setDocument(null);
    try {
      const parsed = JSON.parse(await file.text()) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(t('configuration.import.notObject'));
      setDocument(parsed as Record<string, unknown>);
      const from = (parsed as { validFrom?: unknown }).validFrom;
      setValidFrom(typeof from === 'string' && (!today || from >= today) ? from : (today ?? ''));
    } catch (error) {
      setDocument(null);
      setReadError(t('configuration.import.notJson', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (document) save.mutate();
    else setReadError(t('configuration.import.chooseFile'));
  };

  return (
    <section className="samenspel-section" aria-labelledby="configuration-import">
      <Heading level={2} id="configuration-import">
        {t('configuration.import.title')}
      </Heading>
      <Paragraph>{t('configuration.import.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="samenspel-form">
        <div className={`utrecht-form-field utrecht-form-field--text samenspel-field${readError ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fileId}>
              {t('configuration.import.file')}
            </label>
          </div>
          {readError ? (
            <div className="utrecht-form-field-error-message samenspel-field-error" id={`${fileId}-error`} role="alert">
              {readError}
            </div>
          ) : null}
          <div className="utrecht-form-field__input">
            <input id={fileId} type="file" accept="application/json,.json" onChange={(e) => void read(e)}
              aria-invalid={readError ? true : undefined} aria-describedby={readError ? `${fileId}-error` : undefined} />
          </div>
        </div>
        <TextField label={t('configuration.validFrom')} type="date" value={validFrom} onChange={setValidFrom} error={fieldErrors(save.error).validFrom} />
        <IssueList error={save.error} shown={['validFrom']} />
        <div className="samenspel-actions">
          <Button appearance="secondary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {t('configuration.import.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
