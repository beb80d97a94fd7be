import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy, requireCategory, type ContentPolicy, type WithheldReason } from '../access/content-policy.ts';
import { decide } from '../access/rules.ts';
import { currentMemberIds, householdRelation } from '../access/relations.ts';
import type { Channel, ContactForm, ContactPlace, DataCategory, ReferrerType, UrgentFlag } from '../db/schema.ts';
import { forbidden, invalid, notFound } from '../server/errors.ts';
import { getHousehold, type HouseholdDetails } from './household-access.ts';

export interface CaseView {
  id: string;
  team: { id: string; name: string };
  kind: 'registration' | 'case';
  openedAt: Date;
  closedAt: Date | null;
  channel: Channel | null;
  referrerType: ReferrerType | null;
  /** Only for those who may see the dossier's contents. */
  question: string | null;
  questionCategory: DataCategory;
  urgentFlags: UrgentFlag[];
  professional: { id: string; displayName: string } | null;
  coordinator: { id: string; displayName: string } | null;
  assignedAt: Date | null;
}

export type TimelineEntry =
  | { kind: 'registration'; at: Date; id: string; team: string; channel: Channel | null; question: string | null; category: DataCategory }
  | { kind: 'assignment'; at: Date; id: string; team: string; professional: string; coordinator: string; by: string }
  | { kind: 'intake'; at: Date; id: string; status: 'draft' | 'final'; instrument: string; by: string }
  | { kind: 'plan'; at: Date; id: string; number: number; status: 'draft' | 'agreed' | 'superseded'; by: string }
  | { kind: 'contact'; at: Date; id: string; place: ContactPlace; form: ContactForm; participants: string; report: string; category: DataCategory; by: string }
  | { kind: 'note'; at: Date; id: string; text: string; category: DataCategory; about: string[]; by: string };

/** Where a timeline page starts: entries strictly older than this moment (or, with an id, than this entry). */
export interface TimelineCursor { at: string; id?: string }

export interface Dossier {
  household: HouseholdDetails;
  cases: CaseView[];
  /** The household's coordinator (regisseur): of the most recently assigned open case. */
  currentCoordinator: { id: string; displayName: string; team: string } | null;
  timeline: TimelineEntry[];
  /** Set when there are older timeline entries: pass it as `before` for the next page. */
  nextBefore: string | null;
  /** What the user may do here; the forms follow these, the API checks again. */
  abilities: { contents: boolean; addContact: boolean; addNote: boolean; editNetwork: boolean };
  /** Contents held back from this user, per data category and reason (role, consent, the resident's wish). */
  withheld: Array<{ category: DataCategory; reason: WithheldReason; count: number }>;
  /** The categories this user may see and record here. */
  categories: DataCategory[];
}

const relationTo = householdRelation;

const memberSubjects = (household: HouseholdDetails) => household.members.map((m) => ({ id: m.personId, type: 'samenspel_person_id' as const }));

/**
 * The household dossier. Team members with an open case see the household and its cases;
 * the question, contacts and timeline only the case's professional and coordinator see.
 */
export async function getDossier(access: AccessSession, householdId: string, page: { before?: TimelineCursor; limit: number }): Promise<Dossier> {
  const household = await getHousehold(access, householdId); // 404 when not visible; logs the household read
  const relation = await relationTo(access, householdId);
  const contents = decide(access.grants, 'dossier', 'get', relation);
  const cases = await sql<{ id: string; team_id: string; team_name: string; kind: 'registration' | 'case'; opened_at: Date; closed_at: Date | null; channel: Channel | null; referrer_type: ReferrerType | null; question: string | null; question_category: DataCategory; urgent_flags: UrgentFlag[]; professional_id: string | null; professional_name: string | null; coordinator_id: string | null; coordinator_name: string | null; assigned_at: Date | null }>`
    SELECT cf.id, cf.team_id, t.name AS team_name, cf.kind, cf.opened_at, cf.closed_at, cf.channel, cf.referrer_type, cf.question,
           cf.question_category, cf.urgent_flags, cf.professional_id, pu.display_name AS professional_name,
           cf.coordinator_id, cu.display_name AS coordinator_name, cf.assigned_at
    FROM case_file cf JOIN team t ON t.id = cf.team_id
    LEFT JOIN app_user pu ON pu.id = cf.professional_id LEFT JOIN app_user cu ON cu.id = cf.coordinator_id
    WHERE cf.household_id = ${householdId}::uuid
    ORDER BY cf.closed_at IS NULL DESC, cf.opened_at DESC`.execute(access.tx);
  const openAssigned = cases.rows.filter((c) => !c.closed_at && c.coordinator_id).sort((a, b) => (b.assigned_at?.getTime() ?? 0) - (a.assigned_at?.getTime() ?? 0));
  const policy = contents.allowed ? await contentPolicy(access, householdId, contents) : null;
  const questionShown = new Set(policy ? cases.rows.filter((c) => c.question && policy.admit(c.question_category)).map((c) => c.id) : []);
  const timeline = policy ? await loadTimeline(access, householdId, page, policy) : { entries: [], nextBefore: null };
  if (policy) {
    await countWithheldContents(access, householdId, policy);
    policy.logRead(access, { name: 'dossier.get', resourceType: 'household', resourceId: householdId, attributes: { timelineEntries: timeline.entries.length } }, memberSubjects(household).map((m) => m.id));
  }
  return {
    household,
    cases: cases.rows.map((c) => ({
      id: c.id, team: { id: c.team_id, name: c.team_name }, kind: c.kind, openedAt: c.opened_at, closedAt: c.closed_at,
      channel: c.channel, referrerType: c.referrer_type, question: questionShown.has(c.id) ? c.question : null,
      questionCategory: c.question_category, urgentFlags: c.urgent_flags,
      professional: c.professional_id ? { id: c.professional_id, displayName: c.professional_name ?? '?' } : null,
      coordinator: c.coordinator_id ? { id: c.coordinator_id, displayName: c.coordinator_name ?? '?' } : null,
      assignedAt: c.assigned_at,
    })),
    currentCoordinator: openAssigned[0] ? { id: openAssigned[0].coordinator_id!, displayName: openAssigned[0].coordinator_name ?? '?', team: openAssigned[0].team_name } : null,
    timeline: timeline.entries,
    nextBefore: timeline.nextBefore,
    abilities: {
      contents: contents.allowed,
      addContact: decide(access.grants, 'contact', 'create', relation).allowed,
      addNote: decide(access.grants, 'note', 'create', relation).allowed,
      editNetwork: decide(access.grants, 'dossier', 'update', relation).allowed,
    },
    withheld: policy?.withheld() ?? [],
    categories: policy?.candidateCategories ?? [],
  };
}

/** Contacts and notes of categories the user's role does not get at all: counted, never read. */
async function countWithheldContents(access: AccessSession, householdId: string, policy: ContentPolicy) {
  const rows = await sql<{ category: DataCategory; count: string }>`
    SELECT category, count(*) AS count FROM (
      SELECT category FROM contact WHERE household_id = ${householdId}::uuid
      UNION ALL SELECT category FROM dossier_note WHERE household_id = ${householdId}::uuid
    ) items WHERE NOT (category = ANY(${policy.candidateCategories}::text[])) GROUP BY category`.execute(access.tx);
  for (const r of rows.rows) policy.countWithheld(r.category, 'not_for_role', Number(r.count));
}

const lowestId = '00000000-0000-0000-0000-000000000000';

/**
 * Newest first, ordered by (moment, id) so entries at the same moment never straddle a page
 * unseen; the cursor keeps the moment to the microsecond, as stored.
 */
async function loadTimeline(access: AccessSession, householdId: string, page: { before?: TimelineCursor; limit: number }, policy: ContentPolicy) {
  const before = page.before ?? { at: 'infinity' };
  const rows = await sql<{ kind: TimelineEntry['kind']; at: Date; id: string; cursor_at: string; category: DataCategory | null; subjects: string[] | null; data: Record<string, unknown> }>`
    SELECT *, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at FROM (
      SELECT 'registration' AS kind, cf.opened_at AS at, cf.id, NULL AS category, NULL::uuid[] AS subjects,
             json_build_object('team', t.name, 'channel', cf.channel, 'question', cf.question, 'category', cf.question_category) AS data
        FROM case_file cf JOIN team t ON t.id = cf.team_id WHERE cf.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'assignment', a.assigned_at, a.id, NULL, NULL,
             json_build_object('team', t.name, 'professional', pu.display_name, 'coordinator', cu.display_name, 'by', bu.display_name)
        FROM case_assignment a JOIN case_file cf ON cf.id = a.case_file_id JOIN team t ON t.id = cf.team_id
        JOIN app_user pu ON pu.id = a.professional_id JOIN app_user cu ON cu.id = a.coordinator_id JOIN app_user bu ON bu.id = a.assigned_by
       WHERE cf.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'intake', COALESCE(i.finalised_at, i.created_at), i.id, NULL, NULL,
             json_build_object('status', i.status, 'instrument', i.instrument_id, 'by', u.display_name)
        FROM intake i JOIN app_user u ON u.id = i.started_by WHERE i.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'plan', v.updated_at, v.id, NULL, NULL, json_build_object('number', v.number, 'status', v.status, 'by', u.display_name)
        FROM plan_version v JOIN plan p ON p.id = v.plan_id JOIN app_user u ON u.id = v.updated_by WHERE p.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'contact', c.occurred_at, c.id, c.category, NULL,
             json_build_object('place', c.place, 'form', c.form, 'participants', c.participants, 'report', c.report, 'category', c.category, 'by', u.display_name)
        FROM contact c JOIN app_user u ON u.id = c.recorded_by WHERE c.household_id = ${householdId}::uuid
      UNION ALL
      SELECT 'note', n.written_at, n.id, n.category, ARRAY(SELECT np.person_id FROM dossier_note_person np WHERE np.note_id = n.id),
             json_build_object('text', n.text, 'category', n.category, 'by', u.display_name, 'about', COALESCE((
               SELECT json_agg(concat_ws(' ', p.given_names, p.family_name_prefix, p.family_name) ORDER BY p.search_name, p.id)
                 FROM dossier_note_person np JOIN person p ON p.id = np.person_id WHERE np.note_id = n.id), '[]'::json))
        FROM dossier_note n JOIN app_user u ON u.id = n.written_by WHERE n.household_id = ${householdId}::uuid
    ) entries
    WHERE (at, id) < (${before.at}::timestamptz, ${before.id ?? lowestId}::uuid)
      AND (category IS NULL OR category = ANY(${policy.candidateCategories}::text[]))
    ORDER BY at DESC, id DESC
    LIMIT ${page.limit + 1}`.execute(access.tx);
  const more = rows.rows.length > page.limit;
  const kept = rows.rows.slice(0, page.limit);
  const entries = kept
    .filter((r) => r.category === null || policy.admit(r.category, r.subjects?.length ? r.subjects : undefined))
    .map((r) => {
      const entry = { kind: r.kind, at: new Date(r.at), id: r.id, ...r.data } as TimelineEntry;
      if (entry.kind === 'registration' && entry.question && !policy.check(entry.category).visible) entry.question = null;
      return entry;
    });
  const last = kept.at(-1);
  return { entries, nextBefore: more && last ? `${last.cursor_at}_${last.id}` : null };
}

/** One more page of the timeline, for "Meer laden" (contents only). */
export async function getTimeline(access: AccessSession, householdId: string, page: { before?: TimelineCursor; limit: number }) {
  const relation = await relationTo(access, householdId);
  if (!relation.exists || !decide(access.grants, 'household', 'get', relation).allowed) throw notFound();
  const contents = decide(access.grants, 'dossier', 'get', relation);
  if (!contents.allowed) throw forbidden({ nl: 'De tijdlijn is alleen zichtbaar voor de regisseur en de toegewezen professional.', en: 'The timeline is visible only to the coordinator and the assigned professional.' });
  const policy = await contentPolicy(access, householdId, contents);
  const timeline = await loadTimeline(access, householdId, page, policy);
  policy.logRead(access, { name: 'dossier.timeline', resourceType: 'household', resourceId: householdId, attributes: { timelineEntries: timeline.entries.length } });
  return { timeline: timeline.entries, nextBefore: timeline.nextBefore };
}

export interface ContactInput {
  occurredAt: Date;
  place: ContactPlace;
  form: ContactForm;
  participants: string;
  report: string;
  category: DataCategory;
}

/** Records a contact with the household; only its professional or coordinator may. */
export async function addContact(access: AccessSession, householdId: string, input: ContactInput) {
  const relation = await relationTo(access, householdId);
  const visible = decide(access.grants, 'household', 'get', relation).allowed;
  const decision = decide(access.grants, 'contact', 'create', relation);
  if (!visible) throw notFound();
  if (!decision.allowed) {
    throw forbidden({ nl: 'Alleen de regisseur en de toegewezen professional leggen contacten vast.', en: 'Only the coordinator and the assigned professional record contacts.' });
  }
  const { activityId } = await requireCategory(access, householdId, decision, input.category);
  if (input.occurredAt.getTime() > Date.now() + 5 * 60_000) {
    throw invalid({ nl: 'Een contact kan niet in de toekomst hebben plaatsgevonden.', en: 'A contact cannot have taken place in the future.' },
      [{ path: 'body.occurredAt', message: { nl: 'Datum ligt in de toekomst', en: 'Date is in the future' } }]);
  }
  const caseFile = await access.tx.selectFrom('case_file').select('id').where('household_id', '=', householdId)
    .where('team_id', '=', decision.teamId!).where('closed_at', 'is', null).executeTakeFirst();
  const id = randomUUID();
  const row = await access.tx.insertInto('contact').values({
    id, household_id: householdId, case_file_id: caseFile?.id ?? null, occurred_at: input.occurredAt, place: input.place, form: input.form,
    participants: input.participants, report: input.report, category: input.category, recorded_by: access.actor.userId,
  }).returningAll().executeTakeFirstOrThrow();
  for (const personId of await currentMemberIds(access, householdId)) {
    access.log({
      name: 'contact.create', processingActivityId: activityId, outcome: 'allowed',
      dataSubject: { id: personId, type: 'samenspel_person_id' }, resourceType: 'contact', resourceId: id,
      actingTeamId: decision.teamId, actingRole: decision.role, attributes: { category: input.category },
    });
  }
  return {
    id: row.id, occurredAt: row.occurred_at, place: row.place, form: row.form, participants: row.participants,
    report: row.report, category: row.category,
  };
}
