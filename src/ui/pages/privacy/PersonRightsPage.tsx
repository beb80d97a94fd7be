import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../api/client.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** The privacy officer finds the resident who made a request (inzage, correction, erasure, restriction) by BSN. */
export default function PersonRightsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [bsn, setBsn] = useState('');
  const [inputError, setInputError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);

  const lookup = useMutation({
    mutationFn: (value: string) => api.post<{ id: string; displayName: string }>('/api/privacy/rights/lookup', { bsn: value }),
    onSuccess: (person) => navigate(`/privacy/rechten/${encodeURIComponent(person.id)}`),
  });
  const serverError = isApiError(lookup.error) && lookup.error.status === 400 ? lookup.error.issues.find((i) => i.path === 'bsn')?.message : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = bsn.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 9) {
      setInputError(t('privacy.bsnInvalid'));
      inputRef.current?.focus();
      return;
    }
    setInputError(undefined);
    lookup.mutate(digits);
  };

  return (
    <>
      <PageTitle>{t('rights.title')}</PageTitle>
      <Paragraph>{t('rights.intro')}</Paragraph>
      <form role="search" aria-label={t('rights.title')} onSubmit={submit} noValidate className="samenspel-form samenspel-search-form">
        <TextField
          label={t('privacy.bsn')}
          description={t('rights.bsnDescription')}
          name="bsn"
          value={bsn}
          onChange={setBsn}
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
          error={inputError ?? serverError}
          inputRef={inputRef}
          spellCheck={false}
        />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={lookup.isPending} disabled={lookup.isPending}>
            {t('privacy.search')}
          </Button>
        </div>
      </form>
      {lookup.isError && !serverError ? <ErrorAlert error={lookup.error} /> : null}
      <Paragraph>
        <AppLink to="/privacy/bewaartermijnen">{t('rights.toRetention')}</AppLink>
      </Paragraph>
    </>
  );
}
