import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { HttpError, type Message } from '../server/errors.ts';
import { activitiesById, caseFilesOf } from './retention-access.ts';
import { declareDestruction, destroyHousehold, destroyPerson, withoutZeros, type TableCounts } from './retention-destruction-access.ts';
import { legalHolds } from './retention-rules.ts';
import { loadPersonRow, logRight } from './subject-rights-access.ts';

export type ErasureBlocker =
  | { kind: 'open_case'; household: string; team: string }
  | { kind: 'legal_duty'; activity: string; article: string | null; keepUntil: string | null }
  | { kind: 'emergency_access_unreviewed'; household: string }
  | { kind: 'restricted' };

export interface ErasureCheck {
  allowed: boolean;
  blockers: ErasureBlocker[];
  /** Households the person was the only member of: destroyed whole. */
  householdsDestroyed: number;
  /** Households with other members: only the person's own part goes, the household's texts stay. */
  householdsShared: number;
}

const dateNl = (iso: string) => iso.split('-').reverse().join('-');

export function blockerMessage(b: ErasureBlocker): Message {
  switch (b.kind) {
    case 'open_case': return {
      nl: `${b.household} heeft een open aanmelding of casus bij ${b.team}. Zolang die loopt, zijn de gegevens nodig voor de wettelijke taak; wissen kan na het afsluiten.`,
      en: `${b.household} has an open registration or case with ${b.team}. While it runs the data is needed for the statutory task; erasure is possible once it is closed.`,
    };
    case 'legal_duty': return {
      nl: `Voor "${b.activity}" geldt een wettelijke bewaarplicht${b.article ? ` (${b.article})` : ''}${b.keepUntil ? ` tot ${dateNl(b.keepUntil)}` : ' zonder einddatum in het register'}.`,
      en: `"${b.activity}" carries a legal duty to keep the data${b.article ? ` (${b.article})` : ''}${b.keepUntil ? ` until ${b.keepUntil}` : ', with no end date in the register'}.`,
    };
    case 'emergency_access_unreviewed': return {
      nl: `Er is noodtoegang tot ${b.household} die de privacyfunctionaris nog moet beoordelen; die gegevens zijn daarvoor nodig.`,
      en: `There is emergency access to ${b.household} that the privacy officer has yet to review; the data is needed for that review.`,
    };
    case 'restricted': return {
      nl: 'De verwerking van deze persoon is beperkt (AVG art. 18). Hef de beperking eerst op als de inwoner nu wissing wil.',
      en: 'Processing of this person is restricted (GDPR art. 18). Lift the restriction first if the resident now wants erasure.',
    };
  }
}

async function householdsOf(access: AccessSession, personId: string) {
  return (await sql<{ id: string; name: string; others: number }>`
    SELECT h.id, h.name, (SELECT count(*) FROM household_member o WHERE o.household_id = h.id AND o.person_id <> ${personId}::uuid)::int AS others
    FROM household h WHERE h.id IN (SELECT household_id FROM household_member WHERE person_id = ${personId}::uuid) ORDER BY h.name, h.id`.execute(access.tx)).rows;
}

/** Whether the law allows erasing the person now (AVG art. 17 lid 3), and if not, why. */
export async function checkErasure(access: AccessSession, personId: string, now: Date): Promise<ErasureCheck> {
  const person = await loadPersonRow(access, personId);
  const households = await householdsOf(access, personId);
  const ids = households.map((h) => h.id);
  const blockers: ErasureBlocker[] = [];
  if (person.processing_restricted_at) blockers.push({ kind: 'restricted' });
  const open = await sql<{ household: string; team: string }>`
    SELECT h.name AS household, t.name AS team FROM case_file cf JOIN household h ON h.id = cf.household_id JOIN team t ON t.id = cf.team_id
    WHERE cf.household_id = ANY(${ids}::uuid[]) AND cf.closed_at IS NULL ORDER BY h.name, t.name`.execute(access.tx);
  for (const o of open.rows) blockers.push({ kind: 'open_case', ...o });
  const activities = await activitiesById(access);
  const files = await caseFilesOf(access, ids);
  for (const hold of legalHolds(files.flatMap((f) => f.files), activities, now)) {
    blockers.push({ kind: 'legal_duty', activity: hold.activity.name, article: hold.activity.legalBasisArticle, keepUntil: hold.keepUntil?.toISOString().slice(0, 10) ?? null });
  }
  const review = await sql<{ household: string }>`
    SELECT DISTINCT h.name AS household FROM emergency_access e JOIN household h ON h.id = e.household_id
    WHERE e.household_id = ANY(${ids}::uuid[]) AND e.reviewed_at IS NULL ORDER BY h.name`.execute(access.tx);
  for (const r of review.rows) blockers.push({ kind: 'emergency_access_unreviewed', household: r.household });
  return {
    allowed: blockers.length === 0, blockers,
    householdsDestroyed: households.filter((h) => h.others === 0).length,
    householdsShared: households.filter((h) => h.others > 0).length,
  };
}

async function count(access: AccessSession, statement: ReturnType<typeof sql>, counts: TableCounts, table: string) {
  const result = await statement.execute(access.tx);
  counts[table] = (counts[table] ?? 0) + Number(result.numAffectedRows ?? 0);
}

/**
 * The person's own part of a household that stays (other members): their answers in the intakes,
 * their name as owner of plan actions, the notes about them alone. The rest goes with the person.
 */
async function removeFromSharedHousehold(access: AccessSession, personId: string, householdId: string, counts: TableCounts) {
  const onlyAboutThem = sql`SELECT np.note_id FROM dossier_note_person np JOIN dossier_note n ON n.id = np.note_id
    WHERE n.household_id = ${householdId}::uuid AND np.person_id = ${personId}::uuid
      AND NOT EXISTS (SELECT 1 FROM dossier_note_person o WHERE o.note_id = np.note_id AND o.person_id <> ${personId}::uuid)`;
  const notes = (await sql<{ note_id: string }>`${onlyAboutThem}`.execute(access.tx)).rows.map((r) => r.note_id);
  await count(access, sql`DELETE FROM dossier_note_person WHERE note_id = ANY(${notes}::uuid[])`, counts, 'dossier_note_person');
  await count(access, sql`DELETE FROM dossier_note WHERE id = ANY(${notes}::uuid[])`, counts, 'dossier_note');
  await count(access, sql`UPDATE intake SET draft = draft #- ARRAY['members', ${personId}]
    WHERE household_id = ${householdId}::uuid AND draft->'members' ? ${personId}`, counts, 'intake:member_answers');
  const versions = (await sql<{ id: string; content: { actions?: Array<{ owner?: { personId?: string; name?: string } }> } }>`
    SELECT v.id, v.content FROM plan_version v JOIN plan p ON p.id = v.plan_id
    WHERE p.household_id = ${householdId}::uuid AND v.content::text LIKE ${`%${personId}%`}`.execute(access.tx)).rows;
  for (const v of versions) {
    for (const a of v.content.actions ?? []) {
      if (a.owner?.personId === personId) a.owner = { ...a.owner, personId: undefined, name: 'Gewist (AVG art. 17)' };
    }
    await count(access, sql`UPDATE plan_version SET content = ${JSON.stringify(v.content)}::jsonb WHERE id = ${v.id}::uuid`, counts, 'plan_version:action_owner');
  }
}

export interface ErasureResult {
  erased: true;
  counts: TableCounts;
  /** Texts about the household as a whole stay while the household is kept (other members). */
  kept: { households: number };
}

/** Erases the person (AVG art. 17) when nothing the law requires still needs the data; 409 with the reasons otherwise. */
export async function erasePerson(access: AccessSession, personId: string, now: Date): Promise<ErasureResult> {
  await loadPersonRow(access, personId, true);
  const check = await checkErasure(access, personId, now);
  if (!check.allowed) {
    access.log({
      name: 'person.erase', processingActivityId: 'data-subject-rights', outcome: 'denied', dataSubject: { id: personId, type: 'samenspel_person_id' },
      resourceType: 'person', resourceId: personId, actingRole: 'privacy_officer', attributes: { refusedFor: check.blockers.map((b) => b.kind) },
    });
    const reasons = check.blockers.map(blockerMessage);
    throw new HttpError(409, 'erasure_refused', {
      nl: `Wissen kan nu niet. ${reasons.map((r) => r.nl).join(' ')}`,
      en: `Erasure is not possible now. ${reasons.map((r) => r.en).join(' ')}`,
    }, undefined, { blockers: check.blockers });
  }
  await declareDestruction(access);
  const counts: TableCounts = {};
  for (const h of await householdsOf(access, personId)) {
    if (h.others === 0) {
      for (const [table, n] of Object.entries((await destroyHousehold(access, h.id)).counts)) counts[table] = (counts[table] ?? 0) + n;
    } else {
      await removeFromSharedHousehold(access, personId, h.id, counts);
    }
  }
  await destroyPerson(access, personId, counts);
  const destroyed = withoutZeros(counts);
  logRight(access, 'person.erase', personId, { destroyed, householdsDestroyed: check.householdsDestroyed, householdsShared: check.householdsShared });
  return { erased: true, counts: destroyed, kept: { households: check.householdsShared } };
}
