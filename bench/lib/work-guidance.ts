/**
 * Work guidance for the bench municipality: an organisation model (configuration) with
 * Maastricht's routing — three client groups judged from the ZRM scores and the professional's
 * answers, then the team by postcode area — and one assessment of the distance to work for every
 * person with a participation-ladder score (from a PRNG of its own, so the rest of the data set is
 * unchanged). Also the raw SQL of a routing proposal for the comparison column.
 */
import { sql } from 'kysely';
import { currentMembership } from '../../src/access/visibility-sql.ts';
import { municipalConfiguration } from '../../src/configuration/configuration-schema.ts';
import { withConfigurationTables } from '../../src/configuration/configuration-tables.ts';
import type { Db, Tx } from '../../src/db/database.ts';
import { withWorkGuidanceTables } from '../../src/work-guidance/work-guidance-tables.ts';
import { Prng } from './prng.ts';

const distances = ['job_ready', 'bridgeable', 'unbridgeable'] as const;
const groups = ['zelfredzaam', 'makkelijk', 'moeilijk'];
const months = [3, 6, 12, 24, 60];

/** The model built on the generated teams: each keeps its kind and areas; the work team covers every area. */
async function configuration(trx: Tx, municipalityId: string) {
  const teams = await trx.selectFrom('team').select(['name', 'kind', 'area_postcodes']).where('municipality_id', '=', municipalityId).orderBy('name').execute();
  const areas = teams.flatMap((t) => t.area_postcodes).map(Number).sort((a, b) => a - b);
  const keyed = teams.map((t, i) => ({
    key: `team-${i + 1}`, name: t.name, kind: t.kind,
    areas: { postcodes: t.kind === 'work_participation' ? [`${areas[0]}-${areas.at(-1)}`] : t.area_postcodes, districts: [] },
  }));
  const hub = keyed.find((t) => t.kind === 'central_hub')!;
  return municipalConfiguration.parse({
    schemaVersion: 1, baseModel: 'partieel', workGuidance: 'combined', professionalProfile: 't_shaped',
    access: {
      routes: [{ kind: 'self_registration', channels: ['walk_in', 'phone'] }, { kind: 'benefit_application', channels: ['benefit_application'] }],
      selfRegistration: { allowed: true },
      gates: { model: 'central', points: [{ team: hub.key, routes: ['self_registration', 'benefit_application'] }] },
    },
    teams: keyed,
    assignment: { by: ['postcode', 'triage'] },
    targetGroups: [
      { key: 'zelfredzaam', name: 'Zelfredzaam', criteria: [{ kind: 'self_reliant' }] },
      { key: 'makkelijk', name: 'Makkelijk bemiddelbaar', criteria: [{ kind: 'receives_benefit' }, { kind: 'expected_work_within', months: 3 }] },
      { key: 'moeilijk', name: 'Moeilijk bemiddelbaar / hulpverlening', criteria: [{ kind: 'multiple_problems', minimumDomains: 2 }] },
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: {
      kind: 'maastricht_groups', intakeTeam: hub.key, thenBy: 'postcode',
      groups: [
        { targetGroup: 'zelfredzaam', route: 'self_reliant' },
        { targetGroup: 'makkelijk', route: 'job_ready', consultantRole: 'work_professional' },
        { targetGroup: 'moeilijk', route: 'care_first', consultantRole: 'wmo_consultant' },
      ],
    },
  });
}

/** Inserts the configuration and the assessments; returns the number of assessments. */
export async function insertWorkGuidance(trx: Tx, municipalityId: string, createdBy: string, seed = 17): Promise<number> {
  const prng = new Prng(seed);
  await withConfigurationTables(trx).insertInto('municipal_configuration').values({
    id: prng.uuid(), municipality_id: municipalityId, valid_from: '2024-01-01',
    configuration: JSON.stringify(await configuration(trx, municipalityId)), note: 'Organisatiemodel voor de benchmark', created_by: createdBy,
  }).execute();
  const ladders = (await sql<{ person_id: string; household_id: string; step: number; assessed_on: string; started_by: string }>`
    SELECT DISTINCT ON (s.person_id) s.person_id, i.household_id, s.score AS step, s.assessed_on::text AS assessed_on, i.started_by
    FROM assessment_score s JOIN intake i ON i.id = s.intake_id
    WHERE s.instrument_id = 'participatieladder' ORDER BY s.person_id, s.assessed_on DESC`.execute(trx)).rows;
  const rows = ladders.map((l) => ({
    id: prng.uuid(), person_id: l.person_id, household_id: l.household_id, assessed_on: l.assessed_on, assessed_by: l.started_by,
    distance: l.step >= 5 ? 'job_ready' as const : prng.pick(distances), ladder_step: l.step, ladder_source: 'score' as const,
    classification: prng.chance(0.5) ? prng.pick(groups) : null, work_limitation: prng.chance(0.7) ? prng.chance(0.3) : null,
    expected_months_to_work: prng.chance(0.8) ? prng.pick(months) : null, motivation: 'Beoordeling bij het keukentafelgesprek.',
  })).map((r) => ({ ...r, classification_name: r.classification ? r.classification.charAt(0).toUpperCase() + r.classification.slice(1) : null }));
  for (let i = 0; i < rows.length; i += 1000) await withWorkGuidanceTables(trx).insertInto('work_assessment').values(rows.slice(i, i + 1000)).execute();
  return rows.length;
}

/** Current members of the households who have an assessment, in a stable pseudo-random order. */
export async function assessedPersons(db: Db, householdIds: readonly string[]): Promise<string[]> {
  const r = await sql<{ person_id: string }>`
    SELECT person_id FROM (
      SELECT DISTINCT hm.person_id FROM household_member hm
      WHERE hm.household_id = ANY(${[...householdIds]}::uuid[]) AND ${currentMembership('hm')}
        AND EXISTS (SELECT 1 FROM work_assessment a WHERE a.person_id = hm.person_id)) p
    ORDER BY md5(person_id::text)`.execute(db);
  return r.rows.map((x) => x.person_id);
}

/**
 * The statements of POST /api/persons/:id/routing-proposals (src/work-guidance/), without session,
 * transaction, content policy, insert or log: the relation, the person, the latest assessment, the
 * configuration in force, the latest scores and income answers. The judging (JavaScript) is not in it.
 */
export async function rawProposal(db: Db, teamIds: readonly string[], personId: string): Promise<void> {
  await sql`
    SELECT cf.team_id, cf.professional_id, cf.coordinator_id
    FROM household_member hm JOIN case_file cf ON cf.household_id = hm.household_id AND cf.closed_at IS NULL
    WHERE hm.person_id = ${personId}::uuid AND ${currentMembership('hm')} AND cf.team_id = ANY(${[...teamIds]}::uuid[])`.execute(db);
  const person = await sql<{ municipality_id: string }>`SELECT municipality_id, postcode, birth_date FROM person WHERE id = ${personId}::uuid`.execute(db);
  await withWorkGuidanceTables(db).selectFrom('work_assessment').selectAll().where('person_id', '=', personId)
    .orderBy('assessed_on', 'desc').orderBy('recorded_at', 'desc').limit(1).execute();
  await withConfigurationTables(db).selectFrom('municipal_configuration').select(['id', 'valid_from', 'configuration'])
    .where('municipality_id', '=', person.rows[0]!.municipality_id).where('valid_from', '<=', sql<string>`current_date`).orderBy('valid_from', 'desc').limit(1).execute();
  await sql`
    SELECT DISTINCT ON (s.domain_code) s.instrument_id, s.domain_code, s.score
    FROM assessment_score s JOIN intake i ON i.id = s.intake_id
    WHERE s.person_id = ${personId}::uuid AND s.category = ANY(${['income_benefit', 'social', 'health_diagnosis', 'work_participation', 'justice']}::text[])
    ORDER BY s.domain_code, s.assessed_on DESC, i.finalised_at DESC`.execute(db);
  await sql`
    SELECT imi.income_source, imi.seeks_work FROM intake_member_income imi JOIN intake i ON i.id = imi.intake_id
    WHERE imi.person_id = ${personId}::uuid AND i.status = 'final'
    ORDER BY i.draft->>'conductedOn' DESC, i.finalised_at DESC LIMIT 1`.execute(db);
}
