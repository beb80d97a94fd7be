import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { CheckboxField, CheckboxGroupField, SelectField, TextareaField } from '../../../components/fields.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Configuration } from '../configuration-api.ts';
import { accessRouteKinds, channels, type FormParts, type SetForm } from './editor-state.ts';
import type { ErrorAt } from './field-errors.ts';

type Access = Configuration['access'];

const defaultChannels: Record<string, string[]> = {
  benefit_application: ['benefit_application'], referral: ['referral'], outreach: ['outreach'], self_registration: ['walk_in', 'phone', 'web_form', 'email'],
};

/** Keeps the routes in the order of the kinds, reusing what was set for a route that stays. */
function withRoutes(access: Access, kinds: string[]): Access {
  const routes = accessRouteKinds.filter((k) => kinds.includes(k))
    .map((kind) => access.routes.find((r) => r.kind === kind) ?? { kind, channels: defaultChannels[kind] ?? [] });
  return { ...access, routes };
}

export function AccessFields({ form, setForm, err, teams }: { form: FormParts; setForm: SetForm; err: ErrorAt; teams: Array<{ key: string; name: string }> }) {
  const { t, label } = useI18n();
  const access = form.access;
  const setAccess = (update: (a: Access) => Access) => setForm((f) => ({ ...f, access: update(f.access) }));
  const kinds = access.routes.map((r) => r.kind);
  const routeOptions = accessRouteKinds.map((value) => ({ value, label: label('configuration.route', value) }));
  const teamOptions = (current: string) => [
    ...teams.map((x) => ({ value: x.key, label: x.name })),
    ...(current && !teams.some((x) => x.key === current) ? [{ value: current, label: current }] : []),
  ];
  const setPoint = (index: number, update: (p: Access['gates']['points'][number]) => Access['gates']['points'][number]) =>
    setAccess((a) => ({ ...a, gates: { ...a.gates, points: a.gates.points.map((p, i) => (i === index ? update(p) : p)) } }));

  return (
    <section className="samenspel-section" aria-labelledby="editor-access">
      <Heading level={2} id="editor-access">
        {t('configuration.editor.access')}
      </Heading>
      <CheckboxGroupField
        legend={t('configuration.accessRoutes')}
        options={routeOptions.filter((o) => o.value !== 'self_registration')}
        values={kinds.filter((k) => k !== 'self_registration')}
        onChange={(values) => setAccess((a) => withRoutes(a, [...values, ...(kinds.includes('self_registration') ? ['self_registration'] : [])]))}
        error={err('access.routes')}
      />
      <CheckboxField
        label={t('configuration.selfRegistrationAllowed')}
        description={t('configuration.selfRegistrationHint')}
        checked={access.selfRegistration.allowed}
        onChange={(allowed) => setAccess((a) => ({
          ...withRoutes(a, allowed ? [...kinds, 'self_registration'] : kinds.filter((k) => k !== 'self_registration')),
          selfRegistration: { ...a.selfRegistration, allowed },
        }))}
        error={err('access.selfRegistration.allowed')}
      />
      {!access.selfRegistration.allowed ? (
        <TextareaField
          label={t('configuration.selfRegistrationExplanation')}
          description={t('configuration.selfRegistrationExplanationHint')}
          value={access.selfRegistration.explanation ?? ''}
          onChange={(explanation) => setAccess((a) => ({ ...a, selfRegistration: { ...a.selfRegistration, explanation: explanation || undefined } as Access['selfRegistration'] }))}
          error={err('access.selfRegistration.explanation')}
        />
      ) : null}
      {access.routes.map((route, i) => (
        <CheckboxGroupField
          key={route.kind}
          legend={t('configuration.channelsOf', { route: label('configuration.route', route.kind) })}
          options={channels.map((value) => ({ value, label: label('channel', value) }))}
          values={route.channels}
          onChange={(values) => setAccess((a) => ({ ...a, routes: a.routes.map((r, k) => (k === i ? { ...r, channels: values } : r)) }))}
          error={err(`access.routes.${i}`, true)}
        />
      ))}
      <SelectField
        label={t('configuration.gateModel')}
        value={access.gates.model}
        onChange={(model) => setAccess((a) => ({ ...a, gates: { ...a.gates, model } }))}
        options={['central', 'several'].map((value) => ({ value, label: label('configuration.gateModel', value) }))}
        error={err('access.gates.model') ?? err('access.gates.points')}
      />
      {access.gates.points.map((point, i) => (
        <fieldset key={i} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset samenspel-fieldset samenspel-subform">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('configuration.gateNumber', { n: i + 1 })}</legend>
          <SelectField
            label={t('configuration.gateTeam')}
            value={point.team}
            onChange={(team) => setPoint(i, (p) => ({ ...p, team }))}
            options={teamOptions(point.team)}
            emptyOption={t('configuration.chooseTeam')}
            error={err(`access.gates.points.${i}.team`)}
          />
          <CheckboxGroupField
            legend={t('configuration.gateRoutes')}
            options={routeOptions}
            values={point.routes}
            onChange={(routes) => setPoint(i, (p) => ({ ...p, routes }))}
            error={err(`access.gates.points.${i}.routes`, true)}
          />
          <Button appearance="subtle-button" type="button"
            onClick={() => setAccess((a) => ({ ...a, gates: { ...a.gates, points: a.gates.points.filter((_, k) => k !== i) } }))}>
            {t('configuration.removeGate', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button appearance="secondary-action-button" type="button"
        onClick={() => setAccess((a) => ({ ...a, gates: { ...a.gates, points: [...a.gates.points, { team: '', routes: [] }] } }))}>
        {t('configuration.addGate')}
      </Button>
    </section>
  );
}
