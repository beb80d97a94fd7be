import { Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { catalogueKey, type Instrument } from './catalogue-api.ts';
import { InstrumentFacts, InstrumentLine } from './InstrumentDetails.tsx';

/** One instrument of the catalogue; for administrators with change and remove (after confirming). */
export function InstrumentCard({ instrument, municipalityId, canEdit, onEdit, onRemoved }: {
  instrument: Instrument; municipalityId: string; canEdit: boolean; onEdit: () => void; onRemoved: (message: string) => void;
}) {
  const { t, language, label } = useI18n();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/catalogue/${encodeURIComponent(instrument.id)}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: catalogueKey(municipalityId) });
      onRemoved(t('catalogue.removed', { name: instrument.name }));
    },
  });
  const headingId = `instrument-${instrument.id}`;
  return (
    <article className="samenspel-card" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} className="samenspel-card__title">
        {instrument.name}
      </Heading>
      <Paragraph className="samenspel-small">
        <span className="samenspel-badge">{label('catalogue.kind', instrument.kind)}</span>
        {instrument.current ? null : <> <span className="samenspel-badge">{t('catalogue.notCurrent')}</span></>}
      </Paragraph>
      {instrument.description ? <Paragraph>{instrument.description}</Paragraph> : null}
      <InstrumentLine instrument={instrument} />
      {instrument.criteriaText.length > 0 ? (
        <UnorderedList aria-label={t('catalogue.criteriaOf', { name: instrument.name })}>
          {instrument.criteriaText.map((c) => <UnorderedListItem key={c.nl}>{c[language]}</UnorderedListItem>)}
        </UnorderedList>
      ) : <Paragraph className="samenspel-small">{t('catalogue.noCriteria')}</Paragraph>}
      <details>
        <summary>{t('catalogue.more', { name: instrument.name })}</summary>
        <InstrumentFacts instrument={instrument} />
      </details>
      {canEdit ? (
        <div className="samenspel-actions">
          <Button appearance="secondary-action-button" type="button" onClick={onEdit} aria-label={t('catalogue.editLabel', { name: instrument.name })}>
            {t('catalogue.edit')}
          </Button>
          {confirming ? (
            <>
              <Button appearance="primary-action-button" type="button" busy={remove.isPending} disabled={remove.isPending} onClick={() => remove.mutate()}>
                {t('catalogue.confirmRemove', { name: instrument.name })}
              </Button>
              <Button appearance="subtle-button" type="button" onClick={() => setConfirming(false)}>
                {t('admin.cancel')}
              </Button>
            </>
          ) : (
            <Button appearance="subtle-button" type="button" onClick={() => setConfirming(true)} aria-label={t('catalogue.removeLabel', { name: instrument.name })}>
              {t('catalogue.remove')}
            </Button>
          )}
        </div>
      ) : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
    </article>
  );
}
