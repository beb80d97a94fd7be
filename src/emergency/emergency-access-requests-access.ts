import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { AccessSession } from '../access/access-session.ts';
import { currentMemberIds, householdRelation } from '../access/relations.ts';
import { decide } from '../access/rules.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import type { EmergencyGround } from '../db/schema.ts';
import type { LogEntryInput } from '../processing-log/writer.ts';
import { bsnLookupHashes } from '../persons/bsn.ts';
import { forbidden, notFound } from '../server/errors.ts';

/**
 * How long emergency access lasts. Four hours covers acting on an acute danger within one
 * shift; longer needs a new request with its own justification, which the privacy officer
 * then sees as a second access.
 */
export const emergencyAccessHours = 4;

const activityId = 'emergency-access';

export interface EmergencyRequest {
  bsn?: string;
  householdId?: string;
  ground: EmergencyGround;
  justification: string;
}

export interface EmergencyAccessView {
  id: string;
  householdId: string;
  ground: EmergencyGround;
  startedAt: Date;
  expiresAt: Date;
}

export interface EmergencyRequestItem {
  householdId: string;
  via: 'started' | 'running' | 'regular';
  emergencyAccess: EmergencyAccessView | null;
}

const columns = ['id', 'household_id', 'ground', 'started_at', 'expires_at'] as const;
const view = (r: { id: string; household_id: string; ground: EmergencyGround; started_at: Date; expires_at: Date }): EmergencyAccessView =>
  ({ id: r.id, householdId: r.household_id, ground: r.ground, startedAt: r.started_at, expiresAt: r.expires_at });

function logEntry(name: string, extra: Partial<LogEntryInput> & Pick<LogEntryInput, 'outcome'>): LogEntryInput {
  return { name, processingActivityId: activityId, actingRole: 'emergency_access', ...extra, attributes: { ...extra.attributes, emergency: true } };
}

const currentMembers = currentMemberIds;

/** Emergency access stays within the municipalities the user works for. */
async function ownMunicipalities(access: AccessSession): Promise<string[]> {
  const teamIds = access.actor.memberships.map((m) => m.teamId);
  if (teamIds.length === 0) {
    throw forbidden({ nl: 'Alleen medewerkers van een team vragen noodtoegang.', en: 'Only staff working in a team ask for emergency access.' });
  }
  const rows = await access.tx.selectFrom('team').select('municipality_id').distinct().where('id', 'in', teamIds).execute();
  return rows.map((r) => r.municipality_id);
}

/** The households to open: the person's current ones (found by BSN), or the one named. Unknown: 404 without details. */
async function householdsFor(access: AccessSession, request: EmergencyRequest): Promise<string[]> {
  const municipalities = await ownMunicipalities(access);
  if (request.householdId) {
    const found = await access.tx.selectFrom('household').select('id')
      .where('id', '=', request.householdId).where('municipality_id', 'in', municipalities).executeTakeFirst();
    if (!found) {
      access.log(logEntry('emergency_access.lookup', { outcome: 'not_found', resourceType: 'household', resourceId: request.householdId, attributes: { by: 'household' } }));
      throw notFound();
    }
    return [found.id];
  }
  const person = await access.tx.selectFrom('person').select('id')
    .where('bsn_hash', 'in', bsnLookupHashes(access.services.keys, request.bsn!))
    .where('municipality_id', 'in', municipalities).executeTakeFirst();
  const households = person
    ? (await sql<{ household_id: string }>`SELECT DISTINCT hm.household_id FROM household_member hm
        WHERE hm.person_id = ${person.id}::uuid AND ${currentMembership('hm')}`.execute(access.tx)).rows.map((r) => r.household_id)
    : [];
  if (!person || households.length === 0) {
    access.log(logEntry('emergency_access.lookup', { outcome: 'not_found', dataSubject: person ? { id: person.id, type: 'samenspel_person_id' } : null, attributes: { by: 'bsn' } }));
    throw notFound();
  }
  access.log(logEntry('emergency_access.lookup', {
    outcome: 'allowed', dataSubject: { id: person.id, type: 'samenspel_person_id' }, resourceType: 'person', resourceId: person.id, attributes: { by: 'bsn', households: households.length },
  }));
  return households;
}

/**
 * Emergency access (conflict van plichten): for each household found, time-limited read
 * access for this user, unless they already have it (regular or running). One log entry per
 * household member, marked `emergency: true`, with the ground.
 */
export async function requestEmergencyAccess(access: AccessSession, request: EmergencyRequest): Promise<{ items: EmergencyRequestItem[] }> {
  const items: EmergencyRequestItem[] = [];
  for (const householdId of await householdsFor(access, request)) {
    const relation = await householdRelation(access, householdId);
    if (decide(access.grants, 'dossier', 'get', { ...relation, emergency: false }).allowed) {
      items.push({ householdId, via: 'regular', emergencyAccess: null });
      continue;
    }
    const running = relation.emergency ? await runningAccess(access, householdId) : undefined;
    if (running) {
      items.push({ householdId, via: 'running', emergencyAccess: view(running) });
      continue;
    }
    const row = await access.tx.insertInto('emergency_access').values({
      id: randomUUID(), user_id: access.actor.userId, household_id: householdId, ground: request.ground, justification: request.justification,
      expires_at: sql<Date>`now() + make_interval(hours => ${emergencyAccessHours})`,
    }).returning(columns).executeTakeFirstOrThrow();
    for (const personId of await currentMembers(access, householdId)) {
      access.log(logEntry('emergency_access.start', {
        outcome: 'allowed', dataSubject: { id: personId, type: 'samenspel_person_id' }, resourceType: 'household', resourceId: householdId,
        attributes: { ground: request.ground, emergencyAccessId: row.id, expiresAt: row.expires_at.toISOString() },
      }));
    }
    items.push({ householdId, via: 'started', emergencyAccess: view(row) });
  }
  return { items };
}

async function runningAccess(access: AccessSession, householdId: string) {
  return access.tx.selectFrom('emergency_access').select(columns)
    .where('user_id', '=', access.actor.userId).where('household_id', '=', householdId)
    .where('ended_at', 'is', null).where('expires_at', '>', sql<Date>`now()`)
    .orderBy('expires_at', 'desc').executeTakeFirst();
}

/** The user's own running emergency accesses: ids and times only, no resident data (so not logged). */
export async function listOwnEmergencyAccess(access: AccessSession): Promise<{ items: EmergencyAccessView[] }> {
  const rows = await access.tx.selectFrom('emergency_access').select(columns)
    .where('user_id', '=', access.actor.userId).where('ended_at', 'is', null).where('expires_at', '>', sql<Date>`now()`)
    .orderBy('expires_at').execute();
  return { items: rows.map(view) };
}

/** Ends the user's own running emergency access before it expires. */
export async function endEmergencyAccess(access: AccessSession, id: string): Promise<EmergencyAccessView> {
  const row = await access.tx.updateTable('emergency_access').set({ ended_at: sql<Date>`now()` })
    .where('id', '=', id).where('user_id', '=', access.actor.userId).where('ended_at', 'is', null).where('expires_at', '>', sql<Date>`now()`)
    .returning([...columns, 'ended_at']).executeTakeFirst();
  if (!row) throw notFound({ nl: 'Deze noodtoegang loopt niet (meer).', en: 'This emergency access is not (or no longer) running.' });
  for (const personId of await currentMembers(access, row.household_id)) {
    access.log(logEntry('emergency_access.end', {
      outcome: 'allowed', dataSubject: { id: personId, type: 'samenspel_person_id' }, resourceType: 'household', resourceId: row.household_id,
      attributes: { emergencyAccessId: row.id },
    }));
  }
  return view(row);
}
