import type { ReactNode } from 'react';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import type { Configuration, Mandate } from './configuration-api.ts';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="samenspel-facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function holderText(holder: Mandate['holder'], teamName: (key: string) => string, { t }: I18n): string {
  if (holder.kind === 'team') return teamName(holder.team ?? '');
  if (holder.kind === 'regional_service') return holder.name ?? t('configuration.holder.regional_service');
  return holder.body ? `${t('configuration.holder.municipality')} (${holder.body})` : t('configuration.holder.municipality');
}

/** The main parts of a version in words. */
export function ConfigurationFacts({ configuration: c }: { configuration: Configuration }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const teamName = (key: string) => c.teams?.find((x) => x.key === key)?.name ?? key;
  const number = (n: number | null, key: 'configuration.months' | 'configuration.contacts' | 'configuration.households' | 'configuration.days') =>
    n === null ? t('configuration.noNorm') : t(key, { n });
  return (
    <dl className="samenspel-facts">
      <Fact term={t('configuration.baseModel')}>{label('configuration.baseModel', c.baseModel)}</Fact>
      <Fact term={t('configuration.workGuidance')}>{label('configuration.workGuidance', c.workGuidance)}</Fact>
      <Fact term={t('configuration.accessRoutes')}>{c.access.routes.map((r) => label('configuration.route', r.kind)).join(', ')}</Fact>
      <Fact term={t('configuration.selfRegistration')}>
        {c.access.selfRegistration.allowed ? t('yes') : `${t('no')}: ${c.access.selfRegistration.explanation ?? ''}`}
      </Fact>
      <Fact term={t('configuration.gates')}>
        {label('configuration.gateModel', c.access.gates.model)}:{' '}
        {c.access.gates.points.map((p) => `${teamName(p.team)} (${p.routes.map((r) => label('configuration.route', r)).join(', ')})`).join('; ')}
      </Fact>
      <Fact term={t('configuration.teams')}>{(c.teams ?? []).map((x) => x.name).join(', ')}</Fact>
      <Fact term={t('configuration.upscaleAfterMonths')}>{number(c.thresholds.upscaleAfterMonths, 'configuration.months')}</Fact>
      <Fact term={t('configuration.upscaleAfterContacts')}>{number(c.thresholds.upscaleAfterContacts, 'configuration.contacts')}</Fact>
      <Fact term={t('configuration.caseload')}>{number(c.norms.caseloadPerProfessional, 'configuration.households')}</Fact>
      <Fact term={t('configuration.contactEveryDays')}>{number(c.norms.contactEveryDays, 'configuration.days')}</Fact>
      <Fact term={t('configuration.integralIntake')}>
        {label('configuration.integralIntake', c.intake.integralIntake)}, {label('configuration.instrument', c.intake.instrument)}
      </Fact>
      <Fact term={t('configuration.mandates')}>
        {c.mandates.map((m) => `${label('configuration.decision', m.decision)}: ${holderText(m.holder, teamName, i18n)}`).join('; ') || t('configuration.none')}
      </Fact>
      <Fact term={t('configuration.routing')}>{label('configuration.routingKind', String((c.routing as { kind?: string } | undefined)?.kind ?? ''))}</Fact>
    </dl>
  );
}
