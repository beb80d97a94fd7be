/**
 * Asking for emergency access (/noodtoegang): by BSN, or for the household the user tried to open
 * (?huishouden=id). A ground and a justification; then straight to the dossier. Below: the user's
 * running emergency accesses, each to open or end.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { RadioGroupField, TextareaField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { FormError, FormSummaryAlert, SuccessAlert, fieldErrors, useFocusFirstInvalid, useShownErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { emergencyGrounds, emergencyHours, minimumJustification, ownEmergencyAccessKey, type EmergencyRequestResult } from './emergency-api.ts';
import { OwnEmergencyAccess } from './OwnEmergencyAccess.tsx';

export interface EmergencyLocationState {
  flash?: MessageKey;
}

const knownFields = ['bsn', 'householdId', 'ground', 'justification'];

export default function EmergencyRequestPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const householdId = searchParams.get('huishouden');
  const [flash] = useState(() => (location.state as EmergencyLocationState | null)?.flash ?? null);
  const [bsn, setBsn] = useState('');
  const [ground, setGround] = useState('');
  const [justification, setJustification] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const [regular, setRegular] = useState<string[] | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const request = useMutation({
    mutationFn: () =>
      api.post<EmergencyRequestResult>('/api/emergency-access', {
        ...(householdId ? { householdId } : { bsn: bsn.replace(/\D/g, '') }),
        ground,
        justification: justification.trim(),
      }),
    onSuccess: async (result) => {
      for (const item of result.items) {
        queryClient.removeQueries({ queryKey: ['dossier', item.householdId] });
        queryClient.removeQueries({ queryKey: ['household', item.householdId] });
      }
      await queryClient.invalidateQueries({ queryKey: ownEmergencyAccessKey });
      const opened = result.items.find((i) => i.via !== 'regular');
      if (opened) void navigate(`/huishoudens/${encodeURIComponent(opened.householdId)}`);
      else setRegular(result.items.map((i) => i.householdId));
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);
  const { errors, clearing, submitted } = useShownErrors(clientErrors ?? fieldErrors(request.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitted();
    setRegular(null);
    const digits = bsn.replace(/\D/g, '');
    const problems: Record<string, string> = {};
    if (!householdId && (digits.length < 8 || digits.length > 9)) problems.bsn = t('emergency.bsnInvalid');
    if (!ground) problems.ground = t('emergency.groundRequired');
    if (justification.trim().length < minimumJustification) problems.justification = t('emergency.justificationShort', { n: minimumJustification });
    if (Object.keys(problems).length > 0) {
      request.reset();
      setClientErrors(problems);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    request.mutate();
  };

  return (
    <>
      <PageTitle>{t('emergency.title')}</PageTitle>
      {flash ? <SuccessAlert>{t(flash)}</SuccessAlert> : null}
      <Paragraph>{t('emergency.intro', { hours: emergencyHours })}</Paragraph>
      {clientErrors ? <FormSummaryAlert /> : <FormError error={request.error} knownFields={knownFields} />}
      {regular ? (
        <Alert type="info" className="samenspel-alert" data-testid="emergency-regular">
          <Paragraph>{t('emergency.regular')}</Paragraph>
          {regular.map((id) => (
            <Paragraph key={id}>
              <AppLink to={`/huishoudens/${encodeURIComponent(id)}`}>{t('emergency.openDossier')}</AppLink>
            </Paragraph>
          ))}
        </Alert>
      ) : null}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form" aria-label={t('emergency.title')}>
        {householdId ? (
          <Paragraph>
            {t('emergency.forHousehold')} <AppLink to="/noodtoegang">{t('emergency.byBsnInstead')}</AppLink>
          </Paragraph>
        ) : (
          <TextField
            label={t('emergency.bsn')}
            description={t('emergency.bsnDescription')}
            name="bsn"
            value={bsn}
            onChange={clearing('bsn', setBsn)}
            error={errors.bsn}
            inputMode="numeric"
            autoComplete="off"
            maxLength={11}
            spellCheck={false}
            required
          />
        )}
        <RadioGroupField
          legend={t('emergency.ground')}
          name="ground"
          value={ground}
          onChange={clearing('ground', setGround)}
          error={errors.ground}
          options={emergencyGrounds.map((g) => ({
            value: g,
            label: t(`emergency.ground.${g}` as MessageKey),
            description: t(`emergency.ground.${g}.description` as MessageKey),
          }))}
        />
        <TextareaField
          label={t('emergency.justification')}
          description={t('emergency.justificationDescription', { n: minimumJustification })}
          name="justification"
          value={justification}
          onChange={clearing('justification', setJustification)}
          error={errors.justification}
          required
          rows={5}
          maxLength={2000}
        />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={request.isPending} disabled={request.isPending}>
            {request.isPending ? t('emergency.submitting') : t('emergency.submit')}
          </Button>
        </div>
      </form>
      <section className="samenspel-section" aria-labelledby="emergency-mine">
        <Heading level={2} id="emergency-mine">
          {t('emergency.mine')}
        </Heading>
        <OwnEmergencyAccess />
      </section>
    </>
  );
}
