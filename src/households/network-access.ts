import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy, requireCategory } from '../access/content-policy.ts';
import { authoriseHouseholdContent, currentMemberIds } from '../access/relations.ts';
import { decide, type Action } from '../access/rules.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import type { DataCategory, NetworkRelation } from '../db/schema.ts';
import { invalid, notFound } from '../server/errors.ts';

const authorise = (access: AccessSession, householdId: string, action: Action) =>
  authoriseHouseholdContent(access, householdId, 'dossier', action, { nl: 'Alleen de regisseur en de toegewezen professional houden het dossier bij.', en: 'Only the coordinator and the assigned professional keep the dossier.' });

async function logMembers(access: AccessSession, name: string, householdId: string, resourceId: string, decision: ReturnType<typeof decide>) {
  for (const personId of await currentMemberIds(access, householdId)) {
    access.log({
      name, processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
      dataSubject: { id: personId, type: 'samenspel_person_id' }, resourceType: 'household', resourceId,
      actingTeamId: decision.teamId, actingRole: decision.role,
    });
  }
}

/** Contact details and the informal network of the household (dossier contents). */
export async function getNetwork(access: AccessSession, householdId: string) {
  const decision = await authorise(access, householdId, 'get');
  const [details, network] = await Promise.all([
    access.tx.selectFrom('contact_detail').select(['id', 'person_id', 'kind', 'value', 'note', 'category']).where('household_id', '=', householdId).where('removed_at', 'is', null).orderBy('created_at').execute(),
    access.tx.selectFrom('network_member').select(['id', 'kind', 'name', 'relation', 'can_help_with', 'contact', 'category']).where('household_id', '=', householdId).where('removed_at', 'is', null).orderBy('created_at').execute(),
  ]);
  const policy = await contentPolicy(access, householdId, decision);
  const shownDetails = policy.filter(details, (d) => d.category, (d) => (d.person_id ? [d.person_id] : policy.memberIds));
  const shownNetwork = policy.filter(network, (n) => n.category);
  policy.logRead(access, { name: 'network.get', resourceType: 'household', resourceId: householdId });
  return {
    contactDetails: shownDetails.map((d) => ({ id: d.id, personId: d.person_id, kind: d.kind, value: d.value, note: d.note, category: d.category })),
    network: shownNetwork.map((n) => ({ id: n.id, kind: n.kind, name: n.name, relation: n.relation, canHelpWith: n.can_help_with, contact: n.contact, category: n.category })),
    withheld: policy.withheld(),
  };
}

export interface ContactDetailInput { personId?: string; kind: 'phone' | 'email' | 'postal' | 'other'; value: string; note?: string; category: DataCategory }
export interface NetworkMemberInput { kind: 'person' | 'organisation'; name: string; relation: NetworkRelation; canHelpWith?: string; contact?: string; category: DataCategory }

async function checkMember(access: AccessSession, householdId: string, personId: string | undefined) {
  if (!personId) return;
  const member = await sql`SELECT 1 FROM household_member hm WHERE hm.household_id = ${householdId}::uuid AND hm.person_id = ${personId}::uuid AND ${currentMembership('hm')}`.execute(access.tx);
  if (member.rows.length === 0) throw invalid({ nl: 'Deze persoon hoort niet bij het huishouden.', en: 'This person is not in the household.' }, [{ path: 'body.personId', message: { nl: 'Geen lid', en: 'Not a member' } }]);
}

const contactDetailColumns = (input: ContactDetailInput) => ({ person_id: input.personId ?? null, kind: input.kind, value: input.value, note: input.note ?? null, category: input.category });
const networkColumns = (input: NetworkMemberInput) => ({
  kind: input.kind, name: input.name, relation: input.relation, can_help_with: input.canHelpWith ?? null, contact: input.contact ?? null, category: input.category,
});

export async function addContactDetail(access: AccessSession, householdId: string, input: ContactDetailInput) {
  const decision = await authorise(access, householdId, 'update');
  await requireCategory(access, householdId, decision, input.category, input.personId ? [input.personId] : undefined);
  await checkMember(access, householdId, input.personId);
  const id = randomUUID();
  await access.tx.insertInto('contact_detail').values({ id, household_id: householdId, ...contactDetailColumns(input), added_by: access.actor.userId }).execute();
  await logMembers(access, 'contact_detail.create', householdId, id, decision);
  return { id };
}

export async function changeContactDetail(access: AccessSession, householdId: string, id: string, input: ContactDetailInput) {
  const decision = await authorise(access, householdId, 'update');
  await requireVisibleEntry(access, householdId, decision, 'contact_detail', id);
  await requireCategory(access, householdId, decision, input.category, input.personId ? [input.personId] : undefined);
  await checkMember(access, householdId, input.personId);
  const r = await access.tx.updateTable('contact_detail').set(contactDetailColumns(input)).where('id', '=', id).where('household_id', '=', householdId).where('removed_at', 'is', null).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFound();
  await logMembers(access, 'contact_detail.update', householdId, id, decision);
  return { id };
}

/** An existing entry is changed or removed only by someone who may see it: hidden ones answer 404. */
async function requireVisibleEntry(access: AccessSession, householdId: string, decision: ReturnType<typeof decide>, table: 'network_member' | 'contact_detail', id: string) {
  const row = await access.tx.selectFrom(table).select('category').where('id', '=', id).where('household_id', '=', householdId).where('removed_at', 'is', null).executeTakeFirst();
  const person = table === 'contact_detail' ? (await access.tx.selectFrom('contact_detail').select('person_id').where('id', '=', id).executeTakeFirst())?.person_id : null;
  if (!row || !(await contentPolicy(access, householdId, decision)).check(row.category, person ? [person] : undefined).visible) throw notFound();
}

export async function addNetworkMember(access: AccessSession, householdId: string, input: NetworkMemberInput) {
  const decision = await authorise(access, householdId, 'update');
  await requireCategory(access, householdId, decision, input.category);
  const id = randomUUID();
  await access.tx.insertInto('network_member').values({ id, household_id: householdId, ...networkColumns(input), added_by: access.actor.userId }).execute();
  await logMembers(access, 'network.create', householdId, id, decision);
  return { id };
}

export async function changeNetworkMember(access: AccessSession, householdId: string, id: string, input: NetworkMemberInput) {
  const decision = await authorise(access, householdId, 'update');
  await requireVisibleEntry(access, householdId, decision, 'network_member', id);
  await requireCategory(access, householdId, decision, input.category);
  const r = await access.tx.updateTable('network_member').set(networkColumns(input)).where('id', '=', id).where('household_id', '=', householdId).where('removed_at', 'is', null).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFound();
  await logMembers(access, 'network.update', householdId, id, decision);
  return { id };
}

/** Removes an entry from the network or the contact details (kept, marked removed, for the record). */
export async function removeNetworkEntry(access: AccessSession, householdId: string, table: 'network_member' | 'contact_detail', id: string) {
  const decision = await authorise(access, householdId, 'update');
  await requireVisibleEntry(access, householdId, decision, table, id);
  const r = await access.tx.updateTable(table).set({ removed_at: new Date() }).where('id', '=', id).where('household_id', '=', householdId).where('removed_at', 'is', null).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFound();
  await logMembers(access, `${table}.remove`, householdId, id, decision);
}
