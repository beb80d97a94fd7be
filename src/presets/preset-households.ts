import { randomUUID } from 'node:crypto';
import { encryptField } from '../crypto/field-encryption.ts';
import type { SecretKeys } from '../crypto/keys.ts';
import type { Queryable } from '../db/database.ts';
import type { ContactForm, ContactPlace } from '../db/schema.ts';
import { bsnLookupHash, completeBsn } from '../persons/bsn.ts';
import { searchName } from '../persons/person-names.ts';
import type { PresetHousehold } from './preset-types.ts';

const day = 86400_000;
const contactKinds: Array<[ContactPlace, ContactForm, string]> = [
  ['home', 'visit', 'Kennismaking aan de keukentafel; afspraak gemaakt voor een vervolggesprek.'],
  ['elsewhere', 'phone', 'Telefonisch bijgepraat over de afspraken van vorige keer.'],
  ['team_office', 'visit', 'Gesprek op het teamkantoor over de volgende stappen.'],
];

/** "van der Berg" → ["van der", "Berg"]: a lower-case start is the prefix. */
export function splitFamilyName(family: string): [string | null, string] {
  const at = family.lastIndexOf(' ');
  const prefix = at > 0 ? family.slice(0, at) : '';
  return prefix && prefix === prefix.toLowerCase() ? [prefix, family.slice(at + 1)] : [null, family];
}

/** Valid test BSNs from 999900010 on, skipping numbers the 11-test cannot complete. */
function bsnSerial(): () => string {
  let serial = 99990001;
  return () => {
    for (;;) {
      const bsn = completeBsn(String(serial++));
      if (bsn) return bsn;
    }
  };
}

interface Ids { municipalityId: string; teams: Record<string, string>; users: Record<string, string>; staffNames: Record<string, string>; city: string }

async function addCase(tx: Queryable, householdId: string, h: PresetHousehold, team: string, workers: [string, string] | null, ids: Ids, firstName: string): Promise<void> {
  const wait = team === h.team ? h.waiting : undefined;
  const openedAt = new Date(Date.now() - (wait ? wait.daysAgo : (h.openedDaysAgo ?? 40)) * day);
  const caseFileId = randomUUID();
  const professional = workers ? ids.users[workers[0]]! : null;
  const coordinator = workers ? ids.users[workers[1]]! : null;
  const assignedAt = workers ? new Date(openedAt.getTime() + day / 2) : null;
  await tx.insertInto('case_file').values({
    id: caseFileId, household_id: householdId, team_id: ids.teams[team]!, kind: workers ? 'case' : 'registration',
    opened_at: openedAt,
    channel: wait?.channel ?? 'walk_in', referrer_type: wait?.referrer ?? 'self',
    question: wait?.question ?? 'Ik wil graag hulp om mijn situatie op orde te krijgen.', urgent_flags: wait?.urgent ?? [],
    professional_id: professional, coordinator_id: coordinator, assigned_at: assignedAt,
  }).execute();
  if (!workers) return;
  await tx.insertInto('case_assignment').values({
    id: randomUUID(), case_file_id: caseFileId, professional_id: professional!, coordinator_id: coordinator!, assigned_by: coordinator!, assigned_at: assignedAt!,
  }).execute();
  const count = team === h.team ? (h.contacts ?? 1) : 1;
  const span = Date.now() - assignedAt!.getTime();
  for (let i = 0; i < count; i++) {
    const [place, form, report] = contactKinds[i % contactKinds.length]!;
    await tx.insertInto('contact').values({
      id: randomUUID(), household_id: householdId, case_file_id: caseFileId, occurred_at: new Date(assignedAt!.getTime() + ((i + 1) * span) / (count + 1)),
      place, form, participants: `${firstName} en ${ids.staffNames[workers[0]]}`, report, category: 'social', recorded_by: professional!,
    }).execute();
  }
}

/** The preset's households: residents with test BSNs, registrations waiting at the dagstart, assigned cases with contacts. */
export async function loadHouseholds(tx: Queryable, keys: SecretKeys, households: PresetHousehold[], ids: Ids): Promise<void> {
  const nextBsn = bsnSerial();
  let houseNumber = 3;
  for (const h of households) {
    const householdId = randomUUID();
    const [prefix, familyName] = splitFamilyName(h.family);
    await tx.insertInto('household').values({ id: householdId, municipality_id: ids.municipalityId, name: `Huishouden ${h.family}` }).execute();
    houseNumber += 4;
    for (const [role, given, birth] of h.members) {
      const bsn = nextBsn();
      const personId = randomUUID();
      await tx.insertInto('person').values({
        id: personId, municipality_id: ids.municipalityId, bsn_hash: bsnLookupHash(keys, bsn), bsn_encrypted: encryptField(keys, bsn),
        given_names: given, family_name_prefix: prefix, family_name: familyName, birth_date: birth,
        street: h.street, house_number: String(houseNumber), postcode: h.postcode, city: ids.city,
        search_name: searchName({ given_names: given, family_name: familyName }),
      }).execute();
      await tx.insertInto('household_member').values({ id: randomUUID(), household_id: householdId, person_id: personId, role, valid_from: role === 'child' ? birth : '2024-01-01' }).execute();
    }
    const firstName = h.members[0]![1];
    await addCase(tx, householdId, h, h.team, h.waiting ? null : (h.workers ?? null), ids, firstName);
    if (h.also) await addCase(tx, householdId, h, h.also.team, h.also.workers, ids, firstName);
  }
}
