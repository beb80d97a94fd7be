/**
 * Agreement with a plan version, per household member: signed on paper, signed digitally, or agreed
 * verbally (then with who heard it), and when. The first agreement makes a draft version "agreed".
 */
import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { agreementForms, type AgreementForm, type PlanResponse, type PlanVersion } from '../../api/intake-plan-types.ts';
import { RadioGroupField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../components/format.ts';
import { FormError, fieldErrors, useFocusFirstInvalid } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export interface AgreementMember {
  personId: string;
  displayName: string;
}

export function AgreementSection({
  version,
  members,
  blockedReason,
  onRecorded,
}: {
  version: PlanVersion;
  members: AgreementMember[];
  /** Why agreements cannot be recorded now (e.g. unsaved changes), if so. */
  blockedReason: string | null;
  onRecorded: (plan: PlanResponse, name: string) => void;
}) {
  const { t, label, formatDate, language } = useI18n();
  const [recording, setRecording] = useState<AgreementMember | null>(null);
  const buttonRefs = useRef(new Map<string, HTMLButtonElement>());
  const open = version.status !== 'superseded';
  const byPerson = new Map(version.agreements.map((a) => [a.personId, a]));

  return (
    <section className="samenspel-section" aria-labelledby="plan-agreement">
      <Heading level={2} id="plan-agreement">
        {t('plan.agreementTitle', { n: version.number })}
      </Heading>
      <Paragraph>{version.status === 'draft' ? t('plan.agreementTextDraft') : t('plan.agreementText')}</Paragraph>
      {blockedReason && open ? <Paragraph className="samenspel-muted">{blockedReason}</Paragraph> : null}
      <DataTable caption={t('plan.agreementCaption', { n: version.number })} captionHidden headers={[t('plan.col.member'), t('plan.col.agreement'), t('plan.col.actions')]} testId="plan-agreements">
        {members.map((m) => {
          const agreement = byPerson.get(m.personId);
          return (
            <TableRow key={m.personId}>
              <Th scope="row">{m.displayName}</Th>
              <TableCell>
                {agreement
                  ? `${t('plan.agreedOn', { date: formatDate(agreement.agreedOn), form: label('agreementForm', agreement.form).toLocaleLowerCase(language) })}${agreement.witnessedBy ? ` ${t('plan.witnessedBy', { name: agreement.witnessedBy })}` : ''}`
                  : t('plan.notAgreed')}
              </TableCell>
              <TableCell>
                {!agreement && open && !blockedReason ? (
                  <Button
                    ref={(el: HTMLButtonElement | null) => {
                      if (el) buttonRefs.current.set(m.personId, el);
                      else buttonRefs.current.delete(m.personId);
                    }}
                    appearance="secondary-action-button"
                    type="button"
                    onClick={() => setRecording(m)}
                    aria-label={`${t('plan.recordAgreement')}: ${m.displayName}`}
                  >
                    {t('plan.recordAgreement')}
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </DataTable>
      {recording && open && !blockedReason ? (
        <AgreementEntryForm
          key={recording.personId}
          versionId={version.id}
          member={recording}
          onDone={(plan) => {
            const member = recording;
            setRecording(null);
            if (plan) onRecorded(plan, member.displayName);
            else setTimeout(() => buttonRefs.current.get(member.personId)?.focus(), 0);
          }}
        />
      ) : null}
    </section>
  );
}

function AgreementEntryForm({ versionId, member, onDone }: { versionId: string; member: AgreementMember; onDone: (plan: PlanResponse | null) => void }) {
  const { t, label } = useI18n();
  const [form, setForm] = useState<AgreementForm>('signed_on_paper');
  const [agreedOn, setAgreedOn] = useState(todayIso());
  const [witness, setWitness] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () =>
      api.post<PlanResponse>(`/api/plan-versions/${encodeURIComponent(versionId)}/agreements`, {
        personId: member.personId,
        agreedOn,
        form,
        ...(form === 'agreed_verbally' ? { witnessedBy: witness.trim() } : {}),
      }),
    onSuccess: (plan) => onDone(plan),
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);
  const errors = clientErrors ?? fieldErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!agreedOn) found.agreedOn = t('plan.error.agreedOn');
    else if (agreedOn > todayIso()) found.agreedOn = t('plan.error.agreedOnFuture');
    if (form === 'agreed_verbally' && !witness.trim()) found.witnessedBy = t('plan.error.witness');
    if (Object.keys(found).length > 0) {
      save.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    save.mutate();
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="agreement-form-title">
      <Heading level={3} id="agreement-form-title" ref={headingRef} tabIndex={-1}>
        {t('plan.agreementFormTitle', { name: member.displayName })}
      </Heading>
      {clientErrors ? null : <FormError error={save.error} knownFields={['agreedOn', 'form', 'witnessedBy']} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <RadioGroupField
          legend={t('plan.agreementForm')}
          name="agreement-form"
          value={form}
          onChange={(v) => setForm(v as AgreementForm)}
          options={agreementForms.map((f) => ({ value: f, label: label('agreementForm', f) }))}
          error={errors.form}
        />
        {form === 'agreed_verbally' ? (
          <TextField
            label={t('plan.witness')}
            description={t('plan.witnessDescription')}
            value={witness}
            onChange={setWitness}
            error={errors.witnessedBy}
            required
            autoComplete="off"
            maxLength={200}
          />
        ) : null}
        <TextField label={t('plan.agreedOnLabel')} type="date" max={todayIso()} value={agreedOn} onChange={setAgreedOn} error={errors.agreedOn} required />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('plan.saveAgreement')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
