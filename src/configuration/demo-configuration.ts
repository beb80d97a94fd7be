import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import type { ProfessionalRole } from '../db/schema.ts';
import { traceFromHeader } from '../processing-log/trace.ts';
import { applyVersion } from './configuration-apply.ts';
import { municipalConfiguration, type MunicipalConfiguration } from './configuration-schema.ts';
import { withConfigurationTables } from './configuration-tables.ts';

type Roles = NonNullable<MunicipalConfiguration['roles']>;

/** The category rules as they stand, so the demo's first version changes none of them. */
async function currentRoles(db: Queryable): Promise<Roles> {
  const rules = await db.selectFrom('category_rule').selectAll().orderBy('professional_role').orderBy('category').execute();
  const byRole = new Map<ProfessionalRole, Roles[number]['categories']>();
  for (const r of rules) byRole.set(r.professional_role, [...(byRole.get(r.professional_role) ?? []), { category: r.category, processingActivityId: r.processing_activity_id }]);
  return [...byRole].map(([role, categories]) => ({ role, categories }));
}

/** Samenhoven's model: partial W&I integration, two area teams, a Sociaal Plein, a noodteam and a work team. */
export function demoConfiguration(roles: Roles): MunicipalConfiguration {
  return municipalConfiguration.parse({
    schemaVersion: 1,
    summary: 'Samenhoven werkt met twee wijkteams en een Sociaal Plein als centrale ingang. Werk en Inkomen zit deels in de teams: de klantmanager van Team Werk & Participatie schuift aan bij Wijkteam Noord.',
    baseModel: 'partieel',
    workGuidance: 'combined',
    professionalProfile: 't_shaped',
    access: {
      routes: [
        { kind: 'benefit_application', channels: ['benefit_application'], description: 'Aanvraag bijstand via het Sociaal Plein' },
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'school', 'district_nurse', 'uwv', 'municipality_department', 'other_team'] },
        { kind: 'outreach', channels: ['outreach'], description: 'Team Werk & Participatie nodigt inwoners uit die lang een uitkering hebben zonder begeleiding' },
        { kind: 'self_registration', channels: ['walk_in', 'phone', 'web_form', 'email'] },
      ],
      selfRegistration: { allowed: true },
      gates: {
        model: 'several',
        points: [
          { team: 'plein', routes: ['benefit_application', 'referral', 'self_registration'] },
          { team: 'noord', routes: ['referral', 'self_registration'] },
          { team: 'zuid', routes: ['referral', 'self_registration'] },
          { team: 'werk', routes: ['outreach'] },
        ],
      },
    },
    teams: [
      { key: 'noord', name: 'Wijkteam Noord', kind: 'neighbourhood', areas: { postcodes: ['7401', '7402', '7403'], districts: ['Noord', 'Havenkwartier'] } },
      { key: 'zuid', name: 'Wijkteam Zuid', kind: 'neighbourhood', areas: { postcodes: ['7411', '7412', '7413'], districts: ['Zuid', 'De Vlasakkers'] } },
      { key: 'plein', name: 'Sociaal Plein Samenhoven', kind: 'central_hub', workplace: 'central' },
      { key: 'nood', name: 'Zorg- en Noodteam', kind: 'escalation', caseResponsibility: 'advises_only', description: 'Denkt mee bij zware casussen zonder de casus over te nemen' },
      { key: 'werk', name: 'Team Werk & Participatie', kind: 'work_participation', areas: { postcodes: ['7401-7413'] }, workplace: 'both', targetGroup: 'werkzoekenden', norms: { caseloadPerProfessional: 80, contactEveryDays: 14 } },
    ],
    assignment: { by: ['postcode', 'triage'] },
    targetGroups: [
      { key: 'werkzoekenden', name: 'Werkzoekenden met een uitkering', criteria: [{ kind: 'receives_benefit' }, { kind: 'age', from: 18, until: 67 }] },
    ],
    roles,
    mandates: [
      { decision: 'wmo_provision', holder: { kind: 'team', team: 'plein' } },
      { decision: 'benefit', holder: { kind: 'municipality', body: 'Afdeling Inkomen, stadhuis' } },
      { decision: 'custom_budget', holder: { kind: 'team', team: 'noord' }, spendingLimitEuros: 250, discretionaryRoom: ['broodnood'] },
      { decision: 'custom_budget', holder: { kind: 'team', team: 'zuid' }, spendingLimitEuros: 250, discretionaryRoom: ['broodnood'] },
    ],
    discretionaryRoom: [
      { key: 'broodnood', description: 'Voorschot voor jongeren onder 27 in de zoekperiode (broodnoodregeling)', policy: 'Beleidsregels Participatiewet Samenhoven, art. 4' },
      { key: 'stapelingsfonds', description: 'Meerdere vorderingen tegelijk aflossen uit het stapelingsfonds', policy: 'Armoedebeleid Samenhoven 2024' },
    ],
    thresholds: { upscaleAfterMonths: 3, upscaleAfterContacts: 8, upscaleTo: 'nood' },
    norms: { caseloadPerProfessional: 60, contactEveryDays: 14 },
    intake: { integralIntake: 'when_needed', duoIntake: false, instrument: 'zrm-13', participationLadder: true },
    routing: { kind: 'none', jobReadyRoute: { description: 'Wie zelf aan werk kan komen, gaat naar het werkgeversservicepunt', provider: 'Werkgeversservicepunt Samenhoven' } },
  });
}

/** The demo's first version, in force since the teams began; applying it only records the team keys. */
export async function loadDemoConfiguration(tx: Queryable, municipalityId: string, createdBy: string): Promise<void> {
  const configuration = demoConfiguration(await currentRoles(tx));
  const id = randomUUID();
  const validFrom = '2024-01-01';
  await withConfigurationTables(tx).insertInto('municipal_configuration').values({
    id, municipality_id: municipalityId, valid_from: validFrom, configuration: JSON.stringify(configuration),
    note: 'Eerste versie van het organisatiemodel van Samenhoven', created_by: createdBy,
  }).execute();
  await applyVersion(tx, { id, municipalityId, validFrom, configuration, createdBy }, { userId: null, trace: traceFromHeader(undefined) });
}
