/**
 * What the benchmarks ask for, drawn from the generated data with a seeded PRNG: search
 * terms as a team member would type them, persons the signed-in user may open, the
 * user's own dossiers, scored persons and draft intakes. Also the same SQL the API runs,
 * for the raw-SQL comparison.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import { currentMembership, householdAssignments, householdCaseTeams, personCaseTeams, personVisibleTo } from '../../src/access/visibility-sql.ts';
import { bundledInstruments, instrumentVersion } from '../../src/intakes/instruments.ts';
import type { IntakeDraft } from '../../src/intakes/intake-schemas.ts';
import { decryptField } from '../../src/crypto/field-encryption.ts';
import type { SecretKeys } from '../../src/crypto/keys.ts';
import { bsnLookupHash, normaliseBsn } from '../../src/persons/bsn.ts';
import { fold, searchWords } from '../../src/persons/person-names.ts';
import { Prng } from './prng.ts';

export type SearchKind = 'name prefix' | 'name + given name' | 'BSN' | 'birth date';
export interface SearchQuery { kind: SearchKind; q: string }

interface Sample { id: string; family_name: string; given_names: string; bsn_encrypted: string | null; birth_date: string | null }

/** Persons in a stable pseudo-random order (by a hash of the id), optionally only those visible to the teams. */
async function samplePersons(db: Db, count: number, visibleTo?: readonly string[]): Promise<Sample[]> {
  const filter = visibleTo ? personVisibleTo(sql.ref('p.id'), visibleTo) : sql<boolean>`true`;
  const result = await sql<Sample>`
    SELECT p.id, p.family_name, p.given_names, p.bsn_encrypted, p.birth_date
    FROM person p WHERE ${filter}
    ORDER BY md5(p.id::text) LIMIT ${count}`.execute(db);
  return result.rows;
}

/** Ids of persons the user's teams may see, for the person page. */
export async function visiblePersonIds(db: Db, teamIds: readonly string[], count: number): Promise<string[]> {
  return (await samplePersons(db, count, teamIds)).map((p) => p.id);
}

/**
 * Search terms: mostly the first 3–5 letters of a family name, some "family given"
 * pairs, some BSNs and birth dates (dd-mm-jjjj). Half are about residents the team
 * knows, half about anyone in the municipality (a BSN or date of someone else finds nothing).
 */
export async function searchQueries(db: Db, keys: SecretKeys, teamIds: readonly string[], count: number, seed = 7): Promise<SearchQuery[]> {
  const prng = new Prng(seed);
  const own = await samplePersons(db, Math.ceil(count / 2), teamIds);
  const anyone = await samplePersons(db, Math.ceil(count / 2));
  const queries: SearchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const from = i % 2 === 0 && own.length > 0 ? own : anyone;
    const p = from[(i >> 1) % from.length];
    const roll = prng.next();
    const family = fold(p.family_name);
    if (roll < 0.6 || (!p.bsn_encrypted && roll < 0.75)) {
      const prefix = family.slice(0, prng.int(3, 5)).trim();
      queries.push({ kind: 'name prefix', q: prefix.length >= 2 ? prefix : family });
    } else if (roll < 0.7) {
      const given = fold(p.given_names.split(' ')[0] ?? '');
      queries.push({ kind: 'name + given name', q: `${family} ${given.slice(0, prng.int(2, given.length))}` });
    } else if (roll < 0.85 && p.bsn_encrypted) {
      queries.push({ kind: 'BSN', q: decryptField(keys, p.bsn_encrypted) });
    } else {
      const [y, m, d] = (p.birth_date ?? '1980-01-01').split('-');
      queries.push({ kind: 'birth date', q: `${d}-${m}-${y}` });
    }
  }
  return queries;
}

/** The search condition exactly as src/persons/person-access.ts builds it. */
function searchCondition(keys: SecretKeys, query: string) {
  const bsn = normaliseBsn(query);
  if (bsn) return sql`p.bsn_hash = ${bsnLookupHash(keys, bsn)}`;
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(query.trim());
  if (dutch) return sql`p.birth_date = ${`${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`}::date`;
  const words = searchWords(query).map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
  if (words.length === 1) return sql`p.search_name LIKE ${`${words[0]}%`}`;
  const [first, last] = [words[0]!, words.at(-1)!];
  const all = sql.join(words.map((w) => sql`p.search_name LIKE ${`%${w}%`}`), sql` AND `);
  return sql`((p.search_name LIKE ${`${first}%`} OR p.search_name LIKE ${`${last}%`}) AND ${all})`;
}

/** The search statement of GET /api/persons, without session, transaction or log. */
export function rawSearch(keys: SecretKeys, teamIds: readonly string[], query: string, limit = 25) {
  const p = sql.ref('p.id');
  return sql`
    SELECT p.id, p.given_names, p.family_name_prefix, p.family_name, p.birth_date, p.postcode, p.city,
           ${personCaseTeams(p, teamIds)} AS case_teams
    FROM person p
    WHERE ${searchCondition(keys, query)} AND ${personVisibleTo(p, teamIds)}
    ORDER BY p.search_name, p.id
    LIMIT ${limit}`;
}

/** The two statements of GET /api/persons/:id, without session, transaction or log. */
export async function rawPersonPage(db: Db, teamIds: readonly string[], id: string): Promise<void> {
  await db.selectFrom('person').selectAll()
    .select(personCaseTeams(sql.ref('person.id'), teamIds).as('case_teams'))
    .where('id', '=', id).executeTakeFirst();
  await rawHouseholds(id, teamIds).execute(db);
}

export function rawHouseholds(id: string, teamIds: readonly string[]) {
  return sql`
    SELECT h.id, h.name, hm.role, hm.valid_from, hm.valid_until
    FROM household_member hm JOIN household h ON h.id = hm.household_id
    WHERE hm.person_id = ${id}::uuid
      AND EXISTS (SELECT 1 FROM case_file cf WHERE cf.household_id = h.id AND cf.closed_at IS NULL
                  AND cf.team_id = ANY(${[...teamIds]}::uuid[]))
    ORDER BY hm.valid_from DESC`;
}

// Dossier, scores and intake drafts ----------------------------------------------------------

/** Households where the user is the professional or the coordinator of an open case of one of the teams, in a stable pseudo-random order. */
export async function assignedHouseholds(db: Db, userId: string, teamIds: readonly string[]): Promise<string[]> {
  const r = await sql<{ household_id: string }>`
    SELECT household_id FROM (
      SELECT DISTINCT cf.household_id FROM case_file cf
      WHERE cf.closed_at IS NULL AND cf.team_id = ANY(${[...teamIds]}::uuid[])
        AND (cf.professional_id = ${userId}::uuid OR cf.coordinator_id = ${userId}::uuid)) h
    ORDER BY md5(household_id::text)`.execute(db);
  return r.rows.map((x) => x.household_id);
}

/** Current members of those households who have scores (adults with a final intake). */
export async function scoredPersons(db: Db, householdIds: readonly string[]): Promise<string[]> {
  const r = await sql<{ person_id: string }>`
    SELECT person_id FROM (
      SELECT DISTINCT hm.person_id FROM household_member hm
      WHERE hm.household_id = ANY(${[...householdIds]}::uuid[]) AND ${currentMembership('hm')}
        AND EXISTS (SELECT 1 FROM assessment_score s WHERE s.person_id = hm.person_id)) p
    ORDER BY md5(person_id::text)`.execute(db);
  return r.rows.map((x) => x.person_id);
}

export interface DraftState {
  id: string;
  householdId: string;
  revision: number;
  draft: IntakeDraft;
  /** Current adult members: the ones a draft may score. */
  adults: string[];
}

/** The open draft intakes of those households, with their current revision and draft. */
export async function draftIntakes(db: Db, householdIds: readonly string[]): Promise<DraftState[]> {
  const r = await sql<{ id: string; household_id: string; revision: number; draft: IntakeDraft; adults: string[] }>`
    SELECT i.id, i.household_id, i.revision, i.draft,
           ARRAY(SELECT hm.person_id FROM household_member hm JOIN person p ON p.id = hm.person_id
                 WHERE hm.household_id = i.household_id AND ${currentMembership('hm')}
                   AND p.birth_date <= current_date - interval '18 years' ORDER BY hm.valid_from, p.id) AS adults
    FROM intake i WHERE i.household_id = ANY(${[...householdIds]}::uuid[]) AND i.status = 'draft'
    ORDER BY md5(i.id::text)`.execute(db);
  return r.rows.map((x) => ({ id: x.id, householdId: x.household_id, revision: Number(x.revision), draft: x.draft, adults: x.adults }))
    .filter((x) => x.adults.length > 0);
}

const zrmDomains = bundledInstruments().find((i) => i.id === 'zrm-13')!.domains.map((d) => d.code);

/** The next autosave of a draft: one score changed or filled in, now and then the date or the ladder. */
export function varyDraft(prng: Prng, state: DraftState): IntakeDraft {
  const draft: IntakeDraft = structuredClone(state.draft);
  draft.members ??= {};
  const personId = prng.pick(state.adults);
  const member = (draft.members[personId] ??= { scores: {} });
  member.scores ??= {};
  member.scores[prng.pick(zrmDomains)] = prng.int(1, 5);
  const roll = prng.next();
  if (roll < 0.1) draft.conductedOn = '2026-11-02';
  else if (roll < 0.2) member.ladder = prng.int(1, 6);
  else if (roll < 0.25) draft.network = `Buurvrouw helpt ${prng.int(1, 4)} keer per week.`;
  return draft;
}

/** The household part of GET /api/households/:id/dossier (getHousehold), as household-access.ts runs it. */
async function rawHousehold(db: Db, teamIds: readonly string[], personTeams: readonly string[], id: string) {
  await db.selectFrom('household').selectAll().select(householdCaseTeams(sql.ref('household.id'), teamIds).as('case_teams'))
    .where('id', '=', id).executeTakeFirst();
  await sql`
    SELECT hm.person_id, p.given_names, p.family_name_prefix, p.family_name, hm.role, hm.valid_from, hm.valid_until
    FROM household_member hm JOIN person p ON p.id = hm.person_id
    WHERE hm.household_id = ${id}::uuid AND ${currentMembership('hm')} AND ${personVisibleTo(sql.ref('p.id'), personTeams)}
    ORDER BY hm.valid_from, p.search_name`.execute(db);
  await sql`
    SELECT DISTINCT t.id, t.name, t.kind FROM case_file cf JOIN team t ON t.id = cf.team_id
    WHERE cf.household_id = ${id}::uuid AND cf.closed_at IS NULL ORDER BY t.name`.execute(db);
}

/** householdRelation of src/access/relations.ts. */
async function rawHouseholdRelation(db: Db, userId: string, teamIds: readonly string[], id: string) {
  await db.selectFrom('household')
    .select(householdCaseTeams(sql.ref('household.id'), teamIds).as('teams'))
    .select(householdAssignments(sql.ref('household.id'), userId, teamIds).as('assignments'))
    .where('id', '=', id).executeTakeFirst();
}

/**
 * The statements of GET /api/households/:id/dossier (src/households/dossier-access.ts),
 * without session, transaction or log: the household and its members, the relation, the
 * cases and the first timeline page.
 */
export async function rawDossier(db: Db, userId: string, teamIds: readonly string[], personTeams: readonly string[], id: string, limit = 20): Promise<void> {
  await rawHousehold(db, teamIds, personTeams, id);
  await rawHouseholdRelation(db, userId, teamIds, id);
  await sql`
    SELECT cf.id, cf.team_id, t.name AS team_name, cf.kind, cf.opened_at, cf.closed_at, cf.channel, cf.referrer_type, cf.question,
           cf.question_category, cf.urgent_flags, cf.professional_id, pu.display_name AS professional_name,
           cf.coordinator_id, cu.display_name AS coordinator_name, cf.assigned_at
    FROM case_file cf JOIN team t ON t.id = cf.team_id
    LEFT JOIN app_user pu ON pu.id = cf.professional_id LEFT JOIN app_user cu ON cu.id = cf.coordinator_id
    WHERE cf.household_id = ${id}::uuid
    ORDER BY cf.closed_at IS NULL DESC, cf.opened_at DESC`.execute(db);
  await rawTimeline(id, limit).execute(db);
}

/** The timeline statement of dossier-access.ts (first page). */
export function rawTimeline(householdId: string, limit = 20) {
  const before = new Date('9999-01-01T00:00:00Z');
  return sql`
    SELECT *, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at FROM (
      SELECT 'registration' AS kind, cf.opened_at AS at, cf.id,
             json_build_object('team', t.name, 'channel', cf.channel, 'question', cf.question, 'category', cf.question_category) AS data
        FROM case_file cf JOIN team t ON t.id = cf.team_id WHERE cf.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'assignment', a.assigned_at, a.id,
             json_build_object('team', t.name, 'professional', pu.display_name, 'coordinator', cu.display_name, 'by', bu.display_name)
        FROM case_assignment a JOIN case_file cf ON cf.id = a.case_file_id JOIN team t ON t.id = cf.team_id
        JOIN app_user pu ON pu.id = a.professional_id JOIN app_user cu ON cu.id = a.coordinator_id JOIN app_user bu ON bu.id = a.assigned_by
       WHERE cf.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'intake', COALESCE(i.finalised_at, i.created_at), i.id,
             json_build_object('status', i.status, 'instrument', i.instrument_id, 'by', u.display_name)
        FROM intake i JOIN app_user u ON u.id = i.started_by WHERE i.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'plan', v.updated_at, v.id, json_build_object('number', v.number, 'status', v.status, 'by', u.display_name)
        FROM plan_version v JOIN plan p ON p.id = v.plan_id JOIN app_user u ON u.id = v.updated_by WHERE p.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'contact', c.occurred_at, c.id,
             json_build_object('place', c.place, 'form', c.form, 'participants', c.participants, 'report', c.report, 'category', c.category, 'by', u.display_name)
        FROM contact c JOIN app_user u ON u.id = c.recorded_by WHERE c.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'note', n.written_at, n.id,
             json_build_object('text', n.text, 'category', n.category, 'by', u.display_name, 'about', COALESCE((
               SELECT json_agg(concat_ws(' ', p.given_names, p.family_name_prefix, p.family_name) ORDER BY p.search_name, p.id)
                 FROM dossier_note_person np JOIN person p ON p.id = np.person_id WHERE np.note_id = n.id), '[]'::json))
        FROM dossier_note n JOIN app_user u ON u.id = n.written_by WHERE n.household_id = ${householdId}::uuid
    ) entries
    WHERE (at, id) < (${before}::timestamptz, '00000000-0000-0000-0000-000000000000'::uuid)
    ORDER BY at DESC, id DESC
    LIMIT ${limit + 1}`;
}

/** personRelation of src/access/relations.ts. */
async function rawPersonRelation(db: Db, teamIds: readonly string[], personId: string) {
  await sql`
    SELECT cf.team_id, cf.professional_id, cf.coordinator_id
    FROM household_member hm JOIN case_file cf ON cf.household_id = hm.household_id AND cf.closed_at IS NULL
    WHERE hm.person_id = ${personId}::uuid AND ${currentMembership('hm')} AND cf.team_id = ANY(${[...teamIds]}::uuid[])`.execute(db);
  await db.selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst();
}

/** The statements of GET /api/persons/:id/scores (scoreHistory in src/intakes/intake-access.ts), without session, transaction or log. */
export async function rawScores(db: Db, teamIds: readonly string[], personId: string): Promise<void> {
  await rawPersonRelation(db, teamIds, personId);
  const rows = await db.selectFrom('assessment_score').select(['intake_id', 'instrument_id', 'instrument_version', 'domain_code', 'score', 'assessed_on'])
    .where('person_id', '=', personId).orderBy('assessed_on').orderBy('intake_id').execute();
  for (const key of new Set(rows.map((r) => `${r.instrument_id}@${r.instrument_version}`))) {
    const [id, version] = key.split('@');
    await instrumentVersion(db, id!, Number(version));
  }
}

/**
 * The statements of PUT /api/intakes/:id/draft (saveDraft), without session, transaction or
 * log: the intake, the relation, the members, the instrument and the conditional update.
 * Returns the new revision (null on a conflict).
 */
export async function rawSaveDraft(db: Db, userId: string, teamIds: readonly string[], intakeId: string, revision: number, draft: IntakeDraft): Promise<number | null> {
  const row = await db.selectFrom('intake').selectAll().where('id', '=', intakeId).executeTakeFirstOrThrow();
  await rawHouseholdRelation(db, userId, teamIds, row.household_id);
  await sql`
    SELECT p.id AS person_id, p.given_names, p.family_name_prefix, p.family_name, p.birth_date, hm.role
    FROM household_member hm JOIN person p ON p.id = hm.person_id
    WHERE hm.household_id = ${row.household_id}::uuid AND ${currentMembership('hm')} ORDER BY hm.valid_from, p.search_name`.execute(db);
  await instrumentVersion(db, row.instrument_id, row.instrument_version);
  const updated = await db.updateTable('intake')
    .set({ draft: JSON.stringify(draft), revision: revision + 1, updated_by: userId, updated_at: new Date() })
    .where('id', '=', intakeId).where('revision', '=', revision).returning(['revision', 'updated_at']).executeTakeFirst();
  return updated ? updated.revision : null;
}
