/**
 * The instrument catalogue of the bench municipality (500 instruments with varied criteria,
 * from a PRNG of its own so the rest of the data set is unchanged), and the raw SQL of the
 * instrument finder for the comparison column.
 */
import { sql } from 'kysely';
import { withCatalogueTables } from '../../src/catalogue/catalogue-tables.ts';
import type { Criterion } from '../../src/catalogue/criteria.ts';
import { instrumentKinds, laws, paidUnits } from '../../src/catalogue/catalogue-schemas.ts';
import { withConfigurationTables } from '../../src/configuration/configuration-tables.ts';
import { currentMembership } from '../../src/access/visibility-sql.ts';
import type { Db, Tx } from '../../src/db/database.ts';
import { incomeSources } from '../../src/intakes/intake-schemas.ts';
import { Prng } from './prng.ts';

export const catalogueSize = 500;

const lawOf: Record<string, (typeof laws)[number]> = { debt_help: 'wgs', care_health: 'wmo', coaching: 'participatiewet' };
const zrmDomains = ['finances', 'work_education', 'time_use', 'housing', 'domestic_relations', 'mental_health', 'physical_health', 'substance_use', 'social_network', 'social_participation'];
const ages: Array<[number, number]> = [[18, 27], [18, 67], [27, 67], [50, 67], [16, 23]];
const names = ['Traject', 'Werkplek', 'Coaching', 'Cursus', 'Begeleiding', 'Regeling', 'Project', 'Maatje', 'Training', 'Leerwerkplek'];

function criterion(prng: Prng): Criterion {
  switch (prng.int(0, 9)) {
    case 0: return { minHoursPerWeek: prng.pick([8, 12, 16, 20, 24, 32]) };
    case 1: return { ladderStepAtLeast: prng.int(2, 5) };
    case 2: return { ladderStepAtMost: prng.int(2, 5) };
    case 3: return { ageBetween: prng.pick(ages) };
    case 4: return { incomeSource: [...new Set([prng.pick(incomeSources), prng.pick(incomeSources)])] };
    case 5: return { zrmDomainAtMost: { domain: prng.pick(zrmDomains), score: prng.int(2, 3) } };
    case 6: return { zrmDomainAtLeast: { domain: prng.pick(zrmDomains), score: prng.int(3, 4) } };
    case 7: return { seeksWork: prng.chance(0.8) };
    case 8: return { hasDebts: prng.chance(0.8) };
    default: return { targetGroup: 'werkzoekenden' };
  }
}

/** 500 instruments: every kind, 0–4 criteria each, about 90% available on the reference date. */
export function buildCatalogue(municipalityId: string, createdBy: string, seed = 15) {
  const prng = new Prng(seed);
  return Array.from({ length: catalogueSize }, (_, i) => {
    const kind = instrumentKinds[i % instrumentKinds.length]!;
    const paid = prng.chance(0.6);
    const validity = prng.next();
    const criteria = Array.from({ length: prng.int(0, 4) }, () => criterion(prng));
    return {
      id: prng.uuid(), municipality_id: municipalityId, key: `instrument-${String(i + 1).padStart(3, '0')}`,
      name: `${prng.pick(names)} ${i + 1}`, description: 'Fictief instrument voor de benchmark.', kind, law: lawOf[kind] ?? prng.pick(laws),
      provider_name: `Aanbieder ${prng.int(1, 60)}`, provider_organisation_id: null, provider_url: null,
      cost_unit: paid ? prng.pick(paidUnits) : 'free', cost_cents: paid ? prng.int(20, 5000) * 100 : null,
      duration_weeks: prng.chance(0.7) ? prng.int(4, 52) : null,
      capacity: prng.chance(0.5) ? prng.int(5, 100) : null, waiting_count: prng.chance(0.4) ? prng.int(0, 30) : null,
      waiting_weeks: prng.chance(0.5) ? prng.int(0, 12) : null,
      how_to_request: 'Via de klantmanager of de professional van het wijkteam.', decided_by: 'Klantmanager W&I', target_group: '',
      criteria: JSON.stringify(criteria),
      valid_from: validity < 0.05 ? '2027-01-01' : '2024-01-01', valid_until: validity > 0.95 ? '2025-12-31' : null,
      created_by: createdBy, updated_by: createdBy,
    };
  });
}

export async function insertCatalogue(trx: Tx, municipalityId: string, createdBy: string): Promise<number> {
  const rows = buildCatalogue(municipalityId, createdBy);
  await withCatalogueTables(trx).insertInto('catalogue_instrument').values(rows).execute();
  return rows.length;
}

/**
 * The statements of GET /api/persons/:id/instrument-finder (findForPerson in
 * src/catalogue/finder-access.ts), without session, transaction, content policy or log: the
 * relation, the person, the latest scores, the latest income answers, the catalogue's fingerprint
 * (the instruments themselves come from the instance's memory while it is unchanged) and the
 * configuration in force. The judging itself (JavaScript) is not in this column.
 */
export async function rawFinder(db: Db, teamIds: readonly string[], personId: string): Promise<void> {
  await sql`
    SELECT cf.team_id, cf.professional_id, cf.coordinator_id
    FROM household_member hm JOIN case_file cf ON cf.household_id = hm.household_id AND cf.closed_at IS NULL
    WHERE hm.person_id = ${personId}::uuid AND ${currentMembership('hm')} AND cf.team_id = ANY(${[...teamIds]}::uuid[])`.execute(db);
  const person = await sql<{ municipality_id: string }>`
    SELECT p.municipality_id, date_part('year', age(current_date, p.birth_date))::int AS age FROM person p WHERE p.id = ${personId}::uuid`.execute(db);
  await sql`
    SELECT DISTINCT ON (s.domain_code) s.instrument_id, s.domain_code, s.score
    FROM assessment_score s JOIN intake i ON i.id = s.intake_id
    WHERE s.person_id = ${personId}::uuid AND s.category = ANY(${['work_participation', 'income_benefit', 'social', 'health_diagnosis']}::text[])
    ORDER BY s.domain_code, s.assessed_on DESC, i.finalised_at DESC`.execute(db);
  await sql`
    SELECT imi.income_source, imi.seeks_work, i.draft #>> ARRAY['members', ${personId}::text, 'followUp', 'debts'] AS debts
    FROM intake_member_income imi JOIN intake i ON i.id = imi.intake_id
    WHERE imi.person_id = ${personId}::uuid AND i.status = 'final'
    ORDER BY i.draft->>'conductedOn' DESC, i.finalised_at DESC LIMIT 1`.execute(db);
  const municipalityId = person.rows[0]!.municipality_id;
  await sql`SELECT count(*)::int AS n, sum(hashtextextended(id::text || ':' || xmin::text, 0))::text AS sum
    FROM catalogue_instrument WHERE municipality_id = ${municipalityId}::uuid`.execute(db);
  await withConfigurationTables(db).selectFrom('municipal_configuration').select(['id', 'valid_from', 'configuration'])
    .where('municipality_id', '=', municipalityId).where('valid_from', '<=', sql<string>`current_date`).orderBy('valid_from', 'desc').limit(1).execute();
}
