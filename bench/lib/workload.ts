/**
 * What the benchmarks ask for, drawn from the generated data with a seeded PRNG: search
 * terms as a team member would type them, and persons the signed-in user may open. Also
 * the same SQL the API runs, for the raw-SQL comparison.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import { personCaseTeams, personVisibleTo } from '../../src/access/visibility-sql.ts';
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
