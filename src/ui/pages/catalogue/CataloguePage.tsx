/**
 * The instrument catalogue (*menukaart*): every staff member reads which instruments exist, for
 * whom, at what cost and how to request them; administrators add, change, remove, import and
 * export them.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { hasRole, useOptionalUser } from '../../auth.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading, SuccessAlert } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { useMunicipalities } from '../admin/common.tsx';
import { catalogueUrl, instrumentKinds, useCatalogue, type Instrument } from './catalogue-api.ts';
import { CatalogueImport } from './CatalogueImport.tsx';
import { InstrumentCard } from './InstrumentCard.tsx';
import { InstrumentForm } from './InstrumentForm.tsx';
import './catalogue.css';

export default function CataloguePage() {
  const { t } = useI18n();
  const isAdmin = hasRole(useOptionalUser(), 'administrator');
  const municipalities = useMunicipalities();
  const [params, setParams] = useSearchParams();
  const municipalityId = params.get('gemeente') ?? municipalities.data?.items[0]?.id;
  const catalogue = useCatalogue(municipalityId);
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const [all, setAll] = useState(false);
  const [editing, setEditing] = useState<Instrument | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const shown = useMemo(() => {
    const words = text.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return (catalogue.data?.items ?? []).filter((i) => (all || i.current) && (!kind || i.kind === kind)
      && words.every((w) => `${i.name} ${i.description} ${i.provider.name} ${i.targetGroup}`.toLocaleLowerCase().includes(w)));
  }, [catalogue.data, kind, text, all]);

  const done = (note: string | null) => {
    setEditing(null);
    setMessage(note);
  };

  return (
    <>
      <PageTitle>{t('catalogue.title')}</PageTitle>
      <Paragraph>{t('catalogue.intro')}</Paragraph>
      {municipalities.isError ? <ErrorAlert error={municipalities.error} onRetry={() => void municipalities.refetch()} /> : null}
      {(municipalities.data?.items.length ?? 0) > 1 ? (
        <SelectField label={t('catalogue.municipality')} value={municipalityId ?? ''} onChange={(id) => setParams({ gemeente: id })}
          options={(municipalities.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))} />
      ) : null}
      {message ? <SuccessAlert>{message}</SuccessAlert> : null}
      {isAdmin && municipalityId && catalogue.data ? (
        <div className="samenspel-actions">
          {editing === 'new' ? null : (
            <Button appearance="primary-action-button" type="button" onClick={() => { setMessage(null); setEditing('new'); }}>
              {t('catalogue.new')}
            </Button>
          )}
          <a className="nl-link rhc-link" href={`${catalogueUrl(municipalityId)}/export`} download>
            {t('catalogue.export')}
          </a>
        </div>
      ) : null}
      {editing === 'new' && municipalityId && catalogue.data ? <InstrumentForm municipalityId={municipalityId} item={null} today={catalogue.data.today} onDone={done} /> : null}

      <section className="samenspel-section" aria-labelledby="catalogue-list">
        <Heading level={2} id="catalogue-list">
          {catalogue.data ? t('catalogue.listTitle', { municipality: catalogue.data.municipality.name }) : t('catalogue.listTitleLoading')}
        </Heading>
        <div className="samenspel-catalogue-filters">
          <SelectField label={t('catalogue.filterKind')} value={kind} onChange={setKind} emptyOption={t('catalogue.allKinds')}
            options={instrumentKinds.map((k) => ({ value: k, label: t(`catalogue.kind.${k}` as MessageKey) }))} />
          <TextField label={t('catalogue.filterText')} type="search" value={text} onChange={setText} autoComplete="off" />
          <CheckboxField label={t('catalogue.showAll')} checked={all} onChange={setAll} />
        </div>
        {catalogue.isPending && municipalityId ? <Loading /> : null}
        {catalogue.isError ? <ErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} /> : null}
        {catalogue.data ? (
          <Paragraph role="status" className="samenspel-muted">
            {t('catalogue.count', { shown: shown.length, total: catalogue.data.items.length })}
          </Paragraph>
        ) : null}
        <ul className="samenspel-card-list" data-testid="catalogue-list">
          {shown.map((i) => (
            <li key={i.id}>
              {editing !== 'new' && editing?.id === i.id && municipalityId && catalogue.data ? (
                <InstrumentForm municipalityId={municipalityId} item={i} today={catalogue.data.today} onDone={done} />
              ) : (
                <InstrumentCard instrument={i} municipalityId={municipalityId!} canEdit={isAdmin} onEdit={() => { setMessage(null); setEditing(i); }} onRemoved={done} />
              )}
            </li>
          ))}
        </ul>
      </section>
      {isAdmin && municipalityId ? <CatalogueImport municipalityId={municipalityId} onDone={done} /> : null}
    </>
  );
}
