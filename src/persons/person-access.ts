import { sql, type Selectable } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { AccessSession } from '../access/access-session.ts';
import { abilities, decide, grantingTeams, noRelation, type ObjectRelation } from '../access/rules.ts';
import { currentMembership, emergencyAccessTo, personCaseTeams, personVisibleTo } from '../access/visibility-sql.ts';
import { decryptField, encryptField } from '../crypto/field-encryption.ts';
import type { PersonTable } from '../db/schema.ts';
import { conflict, forbidden, notFound } from '../server/errors.ts';
import { bsnLookupHash, bsnLookupHashes, normaliseBsn } from './bsn.ts';
import { displayName, fold, searchName, searchWords } from './person-names.ts';

const personActions = ['get', 'update'] as const;
const subject = (id: string) => ({ id, type: 'samenspel_person_id' as const });

export interface PersonSummary {
  id: string;
  displayName: string;
  birthDate: string | null;
  postcode: string | null;
  city: string | null;
  abilities: Record<(typeof personActions)[number], boolean>;
}

export interface PersonDetails extends Omit<PersonSummary, 'postcode' | 'city'> {
  bsn: string | null;
  givenNames: string;
  familyNamePrefix: string | null;
  familyName: string;
  address: { street: string | null; houseNumber: string | null; postcode: string | null; city: string | null };
  households: Array<{ id: string; name: string; role: string; validFrom: string; validUntil: string | null }>;
}

export interface PersonInput {
  bsn?: string | null;
  givenNames: string;
  familyNamePrefix?: string | null;
  familyName: string;
  birthDate?: string | null;
  address?: { street?: string | null; houseNumber?: string | null; postcode?: string | null; city?: string | null };
}

const relationOf = (teamIds: string[]): ObjectRelation => ({ teamIds, assignments: [] });

const memberTeamIds = (access: AccessSession) => access.actor.memberships.map((m) => m.teamId);

/** Search by BSN, birth date (dd-mm-jjjj or yyyy-mm-dd) or name; only visible persons, filtered in SQL. */
export async function searchPersons(access: AccessSession, query: string, limit: number): Promise<PersonSummary[]> {
  const teams = grantingTeams(access.grants, 'person', 'search').map((t) => t.teamId);
  if (teams.length === 0) return [];
  const p = sql.ref('p.id');
  const rows = await sql<Pick<PersonTable, 'id' | 'given_names' | 'family_name_prefix' | 'family_name' | 'birth_date' | 'postcode' | 'city'> & { case_teams: string[] }>`
    SELECT p.id, p.given_names, p.family_name_prefix, p.family_name, p.birth_date, p.postcode, p.city,
           ${personCaseTeams(p, memberTeamIds(access))} AS case_teams
    FROM person p
    WHERE ${searchCondition(access, query)} AND ${personVisibleTo(p, teams)}
    ORDER BY p.search_name, p.id
    LIMIT ${limit}`.execute(access.tx);
  return rows.rows.map((row) => {
    const relation = relationOf(row.case_teams);
    const decision = decide(access.grants, 'person', 'search', relation);
    access.log({
      name: 'person.search', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
      dataSubject: subject(row.id), resourceType: 'person', resourceId: row.id,
      actingTeamId: decision.teamId, actingRole: decision.role, attributes: { results: rows.rows.length },
    });
    return {
      id: row.id, displayName: displayName(row), birthDate: row.birth_date, postcode: row.postcode, city: row.city,
      abilities: abilities(access.grants, 'person', personActions, relation),
    };
  });
}

function searchCondition(access: AccessSession, query: string) {
  const bsn = normaliseBsn(query);
  if (bsn) return sql`p.bsn_hash IN (${sql.join(bsnLookupHashes(access.services.keys, bsn))})`;
  const date = parseDate(query);
  if (date) return sql`p.birth_date = ${date}::date`;
  const words = searchWords(query).map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
  if (words.length === 1) return sql`p.search_name LIKE ${`${words[0]}%`}`;
  const [first, last] = [words[0]!, words.at(-1)!];
  const all = sql.join(words.map((w) => sql`p.search_name LIKE ${`%${w}%`}`), sql` AND `);
  // "vries jan" and "jan vries" both find Jan de Vries; the prefix condition keeps the index usable.
  return sql`((p.search_name LIKE ${`${first}%`} OR p.search_name LIKE ${`${last}%`}) AND ${all})`;
}

function parseDate(query: string): string | null {
  const q = query.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(q);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(q);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!y) return null;
  const text = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text) ? text : null;
}

/** Loads the person with the user's relation to it; logs and answers 404 when not visible for `action`. */
async function loadForAction(access: AccessSession, id: string, action: 'get' | 'update') {
  const row = await access.tx.selectFrom('person').selectAll()
    .select(personCaseTeams(sql.ref('person.id'), memberTeamIds(access)).as('case_teams'))
    .select(sql<boolean>`EXISTS (SELECT 1 FROM household_member hm WHERE hm.person_id = person.id AND ${currentMembership('hm')}
      AND ${emergencyAccessTo(sql.ref('hm.household_id'), access.actor.userId)})`.as('emergency'))
    .where('id', '=', id).executeTakeFirst();
  const relation: ObjectRelation = { ...relationOf(row?.case_teams ?? []), emergency: row?.emergency ?? false };
  const decision = decide(access.grants, 'person', action, relation);
  const canSee = decide(access.grants, 'person', 'get', relation).allowed;
  if (!row || !canSee || !decision.allowed) {
    access.log({
      name: `person.${action}`, processingActivityId: 'social-support', outcome: row && canSee ? 'denied' : 'not_found',
      dataSubject: row ? subject(id) : null, resourceType: 'person', resourceId: id,
    });
    throw row && canSee ? forbidden() : notFound();
  }
  return { row, relation, decision };
}

export async function getPerson(access: AccessSession, id: string): Promise<PersonDetails> {
  const { row, relation, decision } = await loadForAction(access, id, 'get');
  access.log({
    name: 'person.get', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
    dataSubject: subject(id), resourceType: 'person', resourceId: id, actingTeamId: decision.teamId, actingRole: decision.role, ...(decision.role === 'emergency_access' ? { attributes: { emergency: true } } : {}),
  });
  return present(access, row, relation);
}

async function present(access: AccessSession, row: Selectable<PersonTable> & { case_teams: string[] }, relation: ObjectRelation): Promise<PersonDetails> {
  const households = relation.teamIds.length > 0 || relation.emergency
    ? await sql<{ id: string; name: string; role: string; valid_from: string; valid_until: string | null }>`
        SELECT h.id, h.name, hm.role, hm.valid_from, hm.valid_until
        FROM household_member hm JOIN household h ON h.id = hm.household_id
        WHERE hm.person_id = ${row.id}::uuid
          AND (EXISTS (SELECT 1 FROM case_file cf WHERE cf.household_id = h.id AND cf.closed_at IS NULL
                      AND cf.team_id = ANY(${relation.teamIds}::uuid[]))
               OR ${emergencyAccessTo(sql.ref('h.id'), access.actor.userId)})
        ORDER BY hm.valid_from DESC`.execute(access.tx)
    : { rows: [] };
  return {
    id: row.id,
    bsn: row.bsn_encrypted ? decryptField(access.services.keys, row.bsn_encrypted) : null,
    givenNames: row.given_names,
    familyNamePrefix: row.family_name_prefix,
    familyName: row.family_name,
    displayName: displayName(row),
    birthDate: row.birth_date,
    address: { street: row.street, houseNumber: row.house_number, postcode: row.postcode, city: row.city },
    households: households.rows.map((h) => ({ id: h.id, name: h.name, role: h.role, validFrom: h.valid_from, validUntil: h.valid_until })),
    abilities: abilities(access.grants, 'person', personActions, relation),
  };
}

export type PersonPatch = Partial<Omit<PersonInput, 'bsn'>>;

export async function updatePerson(access: AccessSession, id: string, patch: PersonPatch): Promise<PersonDetails> {
  const { row, relation, decision } = await loadForAction(access, id, 'update');
  const next = {
    given_names: patch.givenNames ?? row.given_names,
    family_name_prefix: patch.familyNamePrefix !== undefined ? patch.familyNamePrefix : row.family_name_prefix,
    family_name: patch.familyName ?? row.family_name,
    birth_date: patch.birthDate !== undefined ? patch.birthDate : row.birth_date,
    street: patch.address?.street !== undefined ? patch.address.street : row.street,
    house_number: patch.address?.houseNumber !== undefined ? patch.address.houseNumber : row.house_number,
    postcode: patch.address?.postcode !== undefined ? patch.address.postcode : row.postcode,
    city: patch.address?.city !== undefined ? patch.address.city : row.city,
  };
  const changed = Object.keys(next).filter((k) => next[k as keyof typeof next] !== row[k as keyof typeof next]);
  const updated = await access.tx.updateTable('person')
    .set({ ...next, search_name: searchName(next), updated_at: new Date() })
    .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  access.log({
    name: 'person.update', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
    dataSubject: subject(id), resourceType: 'person', resourceId: id, actingTeamId: decision.teamId, actingRole: decision.role,
    attributes: { changedFields: changed },
  });
  return present(access, { ...updated, case_teams: row.case_teams }, relation);
}

/**
 * Finds a person by BSN or creates one. Used when a team registers a household; the
 * caller has already decided that the team may register (household.create).
 */
export async function findOrCreatePerson(access: AccessSession, municipalityId: string, input: PersonInput, fieldPath = 'body.person'): Promise<{ id: string; created: boolean }> {
  const keys = access.services.keys;
  if (input.bsn) {
    const existing = await access.tx.selectFrom('person').select(['id', 'family_name', 'birth_date'])
      .where('bsn_hash', 'in', bsnLookupHashes(keys, input.bsn)).executeTakeFirst();
    if (existing) {
      // Knowing a BSN alone must not open someone's data: the family name and birth date
      // (from the identity document) must match the person already known.
      const same = fold(existing.family_name) === fold(input.familyName) && existing.birth_date !== null && existing.birth_date === input.birthDate;
      if (!same) {
        access.log({ name: 'person.link', processingActivityId: 'social-support', outcome: 'denied', dataSubject: subject(existing.id), resourceType: 'person', resourceId: existing.id, attributes: { reason: 'identity_mismatch' } });
        throw conflict({
          nl: 'Bij dit BSN is al een persoon bekend met een andere achternaam of geboortedatum. Controleer BSN, achternaam en geboortedatum met het identiteitsbewijs.',
          en: 'A person with a different family name or birth date is already known under this BSN. Check BSN, family name and birth date against the identity document.',
        }, [{ path: `${fieldPath}.bsn`, message: { nl: 'Gegevens komen niet overeen', en: 'Details do not match' } }]);
      }
      return { id: existing.id, created: false };
    }
  }
  const id = randomUUID();
  const fields = {
    given_names: input.givenNames, family_name_prefix: input.familyNamePrefix ?? null, family_name: input.familyName,
  };
  await access.tx.insertInto('person').values({
    id, municipality_id: municipalityId, ...fields,
    bsn_hash: input.bsn ? bsnLookupHash(keys, input.bsn) : null,
    bsn_encrypted: input.bsn ? encryptField(keys, input.bsn) : null,
    birth_date: input.birthDate ?? null,
    street: input.address?.street ?? null, house_number: input.address?.houseNumber ?? null,
    postcode: input.address?.postcode ?? null, city: input.address?.city ?? null,
    search_name: searchName(fields),
  }).execute();
  return { id, created: true };
}

/** For the privacy officer: who is behind this BSN (name only), under the audit rule. */
export async function identifyForAudit(access: AccessSession, bsn: string): Promise<{ id: string; displayName: string }> {
  const decision = decide(access.grants, 'person', 'audit', noRelation);
  if (!decision.allowed) throw forbidden();
  const row = await access.tx.selectFrom('person').select(['id', 'given_names', 'family_name_prefix', 'family_name'])
    .where('bsn_hash', 'in', bsnLookupHashes(access.services.keys, bsn)).executeTakeFirst();
  if (!row) throw notFound({ nl: 'Geen persoon met dit BSN in Samenspel.', en: 'No person with this BSN in Samenspel.' });
  access.log({
    name: 'person.audit', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
    dataSubject: subject(row.id), resourceType: 'person', resourceId: row.id, actingRole: decision.role,
  });
  return { id: row.id, displayName: displayName(row) };
}

