import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import { decryptField } from '../crypto/field-encryption.ts';
import type { HouseholdRole } from '../db/schema.ts';
import type { PlanContent } from '../plans/plan-schemas.ts';
import { ageBand, type KnownIdentifiers, type KnownPerson, type MemberLabel } from './pseudonymise.ts';

export interface PseudonymousMember {
  personId: string;
  key: string;
  label: MemberLabel;
  role: HouseholdRole;
  ageBand: { from: number; to: number | null } | null;
}

interface PersonRow {
  id: string;
  given_names: string;
  family_name_prefix: string | null;
  family_name: string;
  birth_date: string | null;
  bsn_encrypted: string | null;
  street: string | null;
  postcode: string | null;
  current: boolean;
  role: HouseholdRole;
}

const ageOf = (birthDate: string, today: string) => ageBand(birthDate, today)!.from;

/** Current members first by kind (adults, then children), each oldest first; numbered per kind. */
function labelMembers(rows: PersonRow[], today: string): PseudonymousMember[] {
  const kindOf = (r: PersonRow) => (r.birth_date ? (ageOf(r.birth_date, today) >= 18 ? 'adult' : 'child') : r.role === 'child' ? 'child' : 'adult');
  const ordered = rows.filter((r) => r.current)
    .sort((a, b) => (kindOf(a) === kindOf(b) ? (a.birth_date ?? '9999').localeCompare(b.birth_date ?? '9999') || a.id.localeCompare(b.id) : kindOf(a) === 'adult' ? -1 : 1));
  const counts = { adult: 0, child: 0 };
  return ordered.map((r) => {
    const kind = kindOf(r);
    const number = ++counts[kind];
    return { personId: r.id, key: `${kind}-${number}`, label: { kind, number }, role: r.role, ageBand: ageBand(r.birth_date, today) };
  });
}

/**
 * Everything that identifies this household, to take out of the case view's texts: every
 * person who ever belonged to it, its network and contact details (also removed ones), the
 * staff who worked on it, and the owners named in its plan. Used only for removal, never shown;
 * the caller has authorised the user for the household's contents.
 */
export async function householdIdentifiers(access: AccessSession, householdId: string, today: string, plan: PlanContent | null) {
  const persons = await sql<PersonRow>`
    SELECT p.id, p.given_names, p.family_name_prefix, p.family_name, p.birth_date, p.bsn_encrypted, p.street, p.postcode,
      bool_or(${currentMembership('hm')}) AS current, (array_agg(hm.role ORDER BY hm.valid_from DESC))[1] AS role
    FROM household_member hm JOIN person p ON p.id = hm.person_id
    WHERE hm.household_id = ${householdId}::uuid
    GROUP BY p.id`.execute(access.tx);
  const members = labelMembers(persons.rows, today);
  const labelOf = new Map(members.map((m) => [m.personId, m.label]));
  const [household, network, details, staff] = await Promise.all([
    access.tx.selectFrom('household').select('name').where('id', '=', householdId).executeTakeFirstOrThrow(),
    access.tx.selectFrom('network_member').select(['kind', 'name', 'contact']).where('household_id', '=', householdId).execute(),
    access.tx.selectFrom('contact_detail').select(['kind', 'value']).where('household_id', '=', householdId).execute(),
    sql<{ display_name: string }>`SELECT DISTINCT u.display_name FROM app_user u WHERE u.id IN (
        SELECT cf.professional_id FROM case_file cf WHERE cf.household_id = ${householdId}::uuid
        UNION SELECT cf.coordinator_id FROM case_file cf WHERE cf.household_id = ${householdId}::uuid
        UNION SELECT a.professional_id FROM case_assignment a JOIN case_file cf ON cf.id = a.case_file_id WHERE cf.household_id = ${householdId}::uuid
        UNION SELECT a.coordinator_id FROM case_assignment a JOIN case_file cf ON cf.id = a.case_file_id WHERE cf.household_id = ${householdId}::uuid
        UNION SELECT a.assigned_by FROM case_assignment a JOIN case_file cf ON cf.id = a.case_file_id WHERE cf.household_id = ${householdId}::uuid
        UNION SELECT c.recorded_by FROM contact c WHERE c.household_id = ${householdId}::uuid
        UNION SELECT n.written_by FROM dossier_note n WHERE n.household_id = ${householdId}::uuid
        UNION SELECT i.started_by FROM intake i WHERE i.household_id = ${householdId}::uuid
        UNION SELECT v.updated_by FROM plan_version v JOIN plan pl ON pl.id = v.plan_id WHERE pl.household_id = ${householdId}::uuid)`.execute(access.tx),
  ]);
  const owners = plan?.actions.map((a) => a.owner) ?? [];
  const known: KnownIdentifiers = {
    persons: persons.rows.map((r): KnownPerson => ({
      givenNames: r.given_names, familyNamePrefix: r.family_name_prefix, familyName: r.family_name, birthDate: r.birth_date,
      bsn: r.bsn_encrypted ? decryptField(access.services.keys, r.bsn_encrypted) : null, street: r.street, postcode: r.postcode,
      label: labelOf.get(r.id) ?? null,
    })),
    network: [
      ...network.map((n) => ({ kind: n.kind, name: n.name, contact: n.contact })),
      ...owners.filter((o) => o.kind === 'resident' || o.kind === 'network').map((o) => ({ kind: 'person' as const, name: o.name, contact: null })),
    ],
    staffNames: [...staff.rows.map((s) => s.display_name), ...owners.filter((o) => o.kind === 'professional').map((o) => o.name)],
    contactDetails: details,
    householdName: household.name,
  };
  return { members, known };
}
