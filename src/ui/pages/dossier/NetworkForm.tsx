import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { networkQueryKey, useDataCategoryOptions } from '../../api/queries.ts';
import { networkKinds, networkRelations, type NetworkMember } from '../../api/types.ts';
import { RadioGroupField, SelectField, TextareaField, TextField } from '../../components/fields.tsx';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid, useShownErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const knownFields = ['kind', 'name', 'relation', 'canHelpWith', 'contact', 'category'];

/** Add someone to the household's informal network, or change them (`entry`). Closes with the message to announce. */
export function NetworkForm({ householdId, entry, onDone }: { householdId: string; entry?: NetworkMember; onDone: (message: string | null) => void }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const categoryOptions = useDataCategoryOptions();
  const [kind, setKind] = useState<string>(entry?.kind ?? 'person');
  const [name, setName] = useState(entry?.name ?? '');
  const [relation, setRelation] = useState<string>(entry?.relation ?? 'family');
  const [canHelpWith, setCanHelpWith] = useState(entry?.canHelpWith ?? '');
  const [contact, setContact] = useState(entry?.contact ?? '');
  const [category, setCategory] = useState(entry?.category ?? 'social');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = `network-form-title-${entry?.id ?? 'new'}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () => {
      const body = {
        kind,
        name: name.trim(),
        relation,
        ...(canHelpWith.trim() ? { canHelpWith: canHelpWith.trim() } : {}),
        ...(contact.trim() ? { contact: contact.trim() } : {}),
        category,
      };
      const base = `/api/households/${encodeURIComponent(householdId)}/network`;
      return entry ? api.put(`${base}/${encodeURIComponent(entry.id)}`, body) : api.post(base, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: networkQueryKey(householdId) });
      onDone(t(entry ? 'network.changed' : 'network.added', { name: name.trim() }));
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);

  const { errors, clearing, submitted } = useShownErrors(clientErrors ?? fieldErrors(save.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitted();
    if (!name.trim()) {
      save.reset();
      setClientErrors({ name: t('network.nameRequired') });
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    save.mutate();
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby={titleId}>
      <Heading level={3} id={titleId} ref={headingRef} tabIndex={-1}>
        {entry ? t('network.editTitle', { name: entry.name }) : t('network.add')}
      </Heading>
      {clientErrors ? <FormSummaryAlert /> : <FormError error={save.error} knownFields={knownFields} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <RadioGroupField
          legend={t('network.kind')}
          name={`network-kind-${entry?.id ?? 'new'}`}
          inline
          value={kind}
          onChange={clearing('kind', setKind)}
          error={errors.kind}
          options={networkKinds.map((k) => ({ value: k, label: label('networkKind', k) }))}
        />
        <TextField
          label={t('network.name')}
          description={t('network.nameDescription')}
          value={name}
          onChange={clearing('name', setName)}
          error={errors.name}
          required
          autoComplete="off"
          maxLength={200}
        />
        <SelectField
          label={t('network.relation')}
          value={relation}
          onChange={clearing('relation', setRelation)}
          error={errors.relation}
          required
          options={networkRelations.map((r) => ({ value: r, label: label('networkRelation', r) }))}
        />
        <TextareaField
          label={t('network.canHelpWith')}
          description={t('network.canHelpWithDescription')}
          value={canHelpWith}
          onChange={clearing('canHelpWith', setCanHelpWith)}
          error={errors.canHelpWith}
          optional
          rows={3}
          maxLength={1000}
        />
        <TextField
          label={t('network.contact')}
          description={t('network.contactDescription')}
          value={contact}
          onChange={clearing('contact', setContact)}
          error={errors.contact}
          optional
          autoComplete="off"
          maxLength={200}
        />
        <SelectField label={t('contact.category')} value={category} onChange={clearing('category', setCategory)} error={errors.category} required options={categoryOptions} />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('network.save')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
