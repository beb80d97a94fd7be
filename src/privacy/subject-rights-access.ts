import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { decryptField, encryptField } from '../crypto/field-encryption.ts';
import { bsnLookupHashes } from '../persons/bsn.ts';
import { displayName, searchName } from '../persons/person-names.ts';
import { conflict, forbidden, notFound } from '../server/errors.ts';

/**
 * The resident's rights (AVG art. 15–18), exercised for them by the privacy officer: find the
 * person, see what is held and kept, rectify with history, restrict and lift. Every step is
 * logged under the activity 'data-subject-rights'.
 */
export const rightsActivity = 'data-subject-rights';
export const subject = (id: string) => ({ id, type: 'samenspel_person_id' as const });

export type RestrictionGround = 'accuracy_contested' | 'unlawful_processing' | 'legal_claims' | 'objection_pending';

export interface PersonRow {
  id: string;
  bsn_encrypted: string | null;
  given_names: string;
  family_name_prefix: string | null;
  family_name: string;
  birth_date: string | null;
  processing_restricted_at: Date | null;
}

/** Only the privacy officer exercises these rights on the resident's behalf; no rule in rules.ts grants the data itself. */
export function requirePrivacyOfficer(access: AccessSession): void {
  if (!access.grants.systemRoles.includes('privacy_officer')) {
    throw forbidden({ nl: 'Alleen de privacyfunctionaris handelt verzoeken van inwoners over hun gegevens af.', en: 'Only the privacy officer handles residents’ requests about their data.' });
  }
}

export function logRight(access: AccessSession, name: string, personId: string, attributes: Record<string, unknown> = {}): void {
  access.log({
    name, processingActivityId: rightsActivity, outcome: 'allowed', dataSubject: subject(personId),
    resourceType: 'person', resourceId: personId, actingRole: 'privacy_officer', attributes,
  });
}

export async function loadPersonRow(access: AccessSession, personId: string, lock = false): Promise<PersonRow> {
  requirePrivacyOfficer(access);
  const query = sql<PersonRow>`SELECT id, bsn_encrypted, given_names, family_name_prefix, family_name, birth_date, processing_restricted_at
    FROM person WHERE id = ${personId}::uuid ${lock ? sql`FOR UPDATE` : sql``}`;
  const row = (await query.execute(access.tx)).rows[0];
  if (!row) throw notFound({ nl: 'Deze persoon staat (niet meer) in Samenspel.', en: 'This person is not (or no longer) in Samenspel.' });
  return row;
}

/** Finds the person behind a BSN, as the audit does; the BSN itself is never logged. */
export async function findPersonForRights(access: AccessSession, bsn: string): Promise<{ id: string; displayName: string }> {
  requirePrivacyOfficer(access);
  const row = (await sql<{ id: string; given_names: string; family_name_prefix: string | null; family_name: string }>`
    SELECT id, given_names, family_name_prefix, family_name FROM person WHERE bsn_hash IN (${sql.join(bsnLookupHashes(access.services.keys, bsn))})`.execute(access.tx)).rows[0];
  if (!row) throw notFound({ nl: 'Geen persoon met dit BSN in Samenspel.', en: 'No person with this BSN in Samenspel.' });
  logRight(access, 'person.rights_identify', row.id);
  return { id: row.id, displayName: displayName(row) };
}

export interface RestrictionView {
  id: string;
  ground: RestrictionGround;
  reason: string;
  restrictedBy: string;
  restrictedAt: Date;
  liftedBy: string | null;
  liftedAt: Date | null;
  liftNote: string | null;
}

export interface RectificationView {
  id: string;
  changedFields: string[];
  previousValues: Record<string, string | null>;
  requestNote: string;
  rectifiedBy: string;
  rectifiedAt: Date;
}

export async function restrictionsOf(access: AccessSession, personId: string): Promise<RestrictionView[]> {
  const rows = await sql<{ id: string; ground: RestrictionGround; reason: string; restricted_by: string; restricted_at: Date; lifted_by: string | null; lifted_at: Date | null; lift_note: string | null }>`
    SELECT r.id, r.ground, r.reason, ub.display_name AS restricted_by, r.restricted_at, ul.display_name AS lifted_by, r.lifted_at, r.lift_note
    FROM processing_restriction r JOIN app_user ub ON ub.id = r.restricted_by LEFT JOIN app_user ul ON ul.id = r.lifted_by
    WHERE r.person_id = ${personId}::uuid ORDER BY r.restricted_at DESC`.execute(access.tx);
  return rows.rows.map((r) => ({
    id: r.id, ground: r.ground, reason: r.reason, restrictedBy: r.restricted_by, restrictedAt: r.restricted_at,
    liftedBy: r.lifted_by, liftedAt: r.lifted_at, liftNote: r.lift_note,
  }));
}

export async function rectificationsOf(access: AccessSession, personId: string): Promise<RectificationView[]> {
  const rows = await sql<{ id: string; changed_fields: string[]; previous_values_encrypted: string; request_note: string; rectified_by: string; rectified_at: Date }>`
    SELECT r.id, r.changed_fields, r.previous_values_encrypted, r.request_note, u.display_name AS rectified_by, r.rectified_at
    FROM person_rectification r JOIN app_user u ON u.id = r.rectified_by
    WHERE r.person_id = ${personId}::uuid ORDER BY r.rectified_at DESC, r.id`.execute(access.tx);
  return rows.rows.map((r) => ({
    id: r.id, changedFields: r.changed_fields, requestNote: r.request_note, rectifiedBy: r.rectified_by, rectifiedAt: r.rectified_at,
    previousValues: JSON.parse(decryptField(access.services.keys, r.previous_values_encrypted)) as Record<string, string | null>,
  }));
}

export interface RectificationInput {
  givenNames?: string;
  familyNamePrefix?: string | null;
  familyName?: string;
  birthDate?: string | null;
  requestNote: string;
}

const rectifiable = { givenNames: 'given_names', familyNamePrefix: 'family_name_prefix', familyName: 'family_name', birthDate: 'birth_date' } as const;

/** Corrects the person's name or birth date on their request; the previous values are kept, encrypted. */
export async function rectifyPerson(access: AccessSession, personId: string, input: RectificationInput): Promise<RectificationView[]> {
  const row = await loadPersonRow(access, personId, true);
  const next = { given_names: row.given_names, family_name_prefix: row.family_name_prefix, family_name: row.family_name, birth_date: row.birth_date };
  const previous: Record<string, string | null> = {};
  for (const [field, column] of Object.entries(rectifiable) as Array<[keyof typeof rectifiable, (typeof rectifiable)[keyof typeof rectifiable]]>) {
    const value = input[field];
    if (value === undefined || value === row[column]) continue;
    previous[field] = row[column];
    (next as Record<string, string | null>)[column] = value;
  }
  const changed = Object.keys(previous);
  if (changed.length === 0) {
    throw conflict({ nl: 'Er is niets veranderd: de nieuwe gegevens zijn gelijk aan de huidige.', en: 'Nothing changed: the new details equal the current ones.' });
  }
  await sql`UPDATE person SET given_names = ${next.given_names}, family_name_prefix = ${next.family_name_prefix}, family_name = ${next.family_name},
      birth_date = ${next.birth_date}::date, search_name = ${searchName(next)}, updated_at = now()
    WHERE id = ${personId}::uuid`.execute(access.tx);
  await sql`INSERT INTO person_rectification (id, person_id, changed_fields, previous_values_encrypted, request_note, rectified_by)
    VALUES (${randomUUID()}, ${personId}::uuid, ${changed}::text[], ${encryptField(access.services.keys, JSON.stringify(previous))}, ${input.requestNote}, ${access.actor.userId}::uuid)`.execute(access.tx);
  logRight(access, 'person.rectify', personId, { changedFields: changed });
  return rectificationsOf(access, personId);
}

/** AVG art. 18: the person's data is kept but not used until the restriction is lifted. */
export async function restrictProcessing(access: AccessSession, personId: string, input: { ground: RestrictionGround; reason: string }): Promise<RestrictionView[]> {
  const row = await loadPersonRow(access, personId, true);
  if (row.processing_restricted_at) {
    throw conflict({ nl: 'De verwerking van deze persoon is al beperkt.', en: 'Processing of this person is already restricted.' });
  }
  await sql`INSERT INTO processing_restriction (id, person_id, ground, reason, restricted_by)
    VALUES (${randomUUID()}, ${personId}::uuid, ${input.ground}, ${input.reason}, ${access.actor.userId}::uuid)`.execute(access.tx);
  await sql`UPDATE person SET processing_restricted_at = now() WHERE id = ${personId}::uuid`.execute(access.tx);
  logRight(access, 'person.restrict', personId, { ground: input.ground });
  return restrictionsOf(access, personId);
}

export async function liftRestriction(access: AccessSession, personId: string, note: string | null): Promise<RestrictionView[]> {
  const row = await loadPersonRow(access, personId, true);
  if (!row.processing_restricted_at) {
    throw conflict({ nl: 'De verwerking van deze persoon is niet beperkt.', en: 'Processing of this person is not restricted.' });
  }
  await sql`UPDATE processing_restriction SET lifted_at = now(), lifted_by = ${access.actor.userId}::uuid, lift_note = ${note}
    WHERE person_id = ${personId}::uuid AND lifted_at IS NULL`.execute(access.tx);
  await sql`UPDATE person SET processing_restricted_at = NULL WHERE id = ${personId}::uuid`.execute(access.tx);
  logRight(access, 'person.restriction_lift', personId);
  return restrictionsOf(access, personId);
}

export interface PersonRightsView {
  id: string;
  displayName: string;
  bsn: string | null;
  givenNames: string;
  familyNamePrefix: string | null;
  familyName: string;
  birthDate: string | null;
  restricted: boolean;
  restrictions: RestrictionView[];
  rectifications: RectificationView[];
}

/** The person as the privacy officer handles a request: the details that can be rectified, restrictions and corrections. */
export async function getPersonRights(access: AccessSession, personId: string): Promise<PersonRightsView> {
  const row = await loadPersonRow(access, personId);
  logRight(access, 'person.rights_get', personId);
  return {
    id: row.id, displayName: displayName(row),
    bsn: row.bsn_encrypted ? decryptField(access.services.keys, row.bsn_encrypted) : null,
    givenNames: row.given_names, familyNamePrefix: row.family_name_prefix, familyName: row.family_name, birthDate: row.birth_date,
    restricted: row.processing_restricted_at !== null,
    restrictions: await restrictionsOf(access, personId),
    rectifications: await rectificationsOf(access, personId),
  };
}
