import { Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { api, isApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { errorMessage } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { catalogueKey, catalogueUrl } from './catalogue-api.ts';

/** Reads an exported catalogue file and imports it: every problem at once with its place in the file; nothing saved when any. */
export function CatalogueImport({ municipalityId, onDone }: { municipalityId: string; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [document, setDocument] = useState<unknown>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [replace, setReplace] = useState(false);

  const save = useMutation({
    mutationFn: () => api.post<{ created: number; updated: number; removed: number }>(`${catalogueUrl(municipalityId)}/import${replace ? '?mode=replace' : ''}`, document),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: catalogueKey(municipalityId) });
      setDocument(null);
      onDone(t('catalogue.import.done', result));
    },
  });

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    save.reset();
    setReadError(null);
    const file = event.currentTarget.files?.[0];
    if (!file) return setDocument(null);
    try {
      setDocument(JSON.parse(await file.text()) as unknown);
    } catch (error) {
      setDocument(null);
      setReadError(t('catalogue.import.notJson', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (document !== null) save.mutate();
    else setReadError(t('catalogue.import.chooseFile'));
  };
  const issues = isApiError(save.error) ? save.error.issues : [];

  return (
    <section className="samenspel-section" aria-labelledby="catalogue-import">
      <Heading level={2} id="catalogue-import">
        {t('catalogue.import.title')}
      </Heading>
      <Paragraph>{t('catalogue.import.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="samenspel-form">
        <div className={`utrecht-form-field utrecht-form-field--text samenspel-field${readError ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fileId}>
              {t('catalogue.import.file')}
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
        <CheckboxField label={t('catalogue.import.replace')} description={t('catalogue.import.replaceDescription')} checked={replace} onChange={setReplace} />
        {save.isError ? (
          <Alert type="error" className="samenspel-alert" data-testid="catalogue-import-issues">
            <Paragraph>{errorMessage(save.error, t('error.title'))}</Paragraph>
            {issues.length > 0 ? (
              <UnorderedList>
                {issues.map((issue, index) => (
                  <UnorderedListItem key={index}>
                    <code>{issue.path}</code>: {issue.message}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            ) : null}
          </Alert>
        ) : null}
        <div className="samenspel-actions">
          <Button appearance="secondary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {t('catalogue.import.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
