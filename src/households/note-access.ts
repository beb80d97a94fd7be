import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy, requireCategory } from '../access/content-policy.ts';
import { authoriseHouseholdContent, currentMemberIds } from '../access/relations.ts';
import type { Decision } from '../access/rules.ts';
import type { DataCategory } from '../db/schema.ts';
import { displayName } from '../persons/person-names.ts';
import { invalid } from '../server/errors.ts';

export interface NoteInput {
  text: string;
  category: DataCategory;
  /** Household members the note is about; empty: the household as a whole. */
  about: string[];
}

export interface NoteView {
  id: string;
  writtenAt: Date;
  text: string;
  category: DataCategory;
  about: Array<{ personId: string; displayName: string }>;
  writtenBy: { id: string; displayName: string };
}

const refusal = { nl: 'Alleen de regisseur en de toegewezen professional lezen en schrijven notities.', en: 'Only the coordinator and the assigned professional read and write notes.' };

const currentMembers = currentMemberIds;

/** The data subjects of notes: the persons a note is about, or every current member for a note about the household. */
async function subjectsOf(access: AccessSession, householdId: string, notes: Array<{ about: Array<{ personId: string }> }>) {
  const subjects = new Set(notes.flatMap((n) => n.about.map((a) => a.personId)));
  if (notes.some((n) => n.about.length === 0)) for (const id of await currentMembers(access, householdId)) subjects.add(id);
  return [...subjects];
}

function logSubjects(access: AccessSession, name: string, subjects: string[], resource: { type: string; id: string }, decision: Decision & { activityId: string }, attributes: Record<string, unknown>) {
  for (const id of subjects) {
    access.log({
      name, processingActivityId: decision.activityId, outcome: 'allowed',
      dataSubject: { id, type: 'samenspel_person_id' }, resourceType: resource.type, resourceId: resource.id,
      actingTeamId: decision.teamId, actingRole: decision.role, attributes,
    });
  }
}

/** Writes a note in the dossier. Notes are never changed afterwards: a correction is a new note. */
export async function addNote(access: AccessSession, householdId: string, input: NoteInput): Promise<NoteView> {
  const decision = await authoriseHouseholdContent(access, householdId, 'note', 'create', refusal);
  const about = [...new Set(input.about)];
  const members = new Set(await currentMembers(access, householdId));
  const strangers = input.about.map((id, i) => ({ id, i })).filter(({ id }) => !members.has(id));
  if (strangers.length > 0) {
    throw invalid({ nl: 'Een notitie gaat alleen over personen die nu bij het huishouden horen.', en: 'A note can only be about persons who currently belong to the household.' },
      strangers.map(({ i }) => ({ path: `body.about.${i}`, message: { nl: 'Hoort niet bij het huishouden', en: 'Not in the household' } })));
  }
  const { activityId } = await requireCategory(access, householdId, decision, input.category, about.length ? about : undefined);
  const caseFile = await access.tx.selectFrom('case_file').select('id').where('household_id', '=', householdId)
    .where('team_id', '=', decision.teamId!).where('closed_at', 'is', null).executeTakeFirst();
  const id = randomUUID();
  await access.tx.insertInto('dossier_note').values({
    id, household_id: householdId, case_file_id: caseFile?.id ?? null, text: input.text, category: input.category, written_by: access.actor.userId,
  }).execute();
  if (about.length > 0) await access.tx.insertInto('dossier_note_person').values(about.map((personId) => ({ note_id: id, person_id: personId }))).execute();
  const [note] = await loadNotes(access, householdId, { id, limit: 1 });
  logSubjects(access, 'note.create', await subjectsOf(access, householdId, [note!]), { type: 'note', id }, { ...decision, activityId }, { category: input.category });
  return note!;
}

/** The household's notes, newest first. */
export async function listNotes(access: AccessSession, householdId: string, limit: number) {
  const decision = await authoriseHouseholdContent(access, householdId, 'note', 'list', refusal);
  const policy = await contentPolicy(access, householdId, decision);
  const items = policy.filter(await loadNotes(access, householdId, { limit, categories: policy.candidateCategories }), (n) => n.category, (n) => (n.about.length ? n.about.map((a) => a.personId) : policy.memberIds));
  const hidden = await sql<{ category: DataCategory; count: string }>`SELECT category, count(*) AS count FROM dossier_note
    WHERE household_id = ${householdId}::uuid AND NOT (category = ANY(${policy.candidateCategories}::text[])) GROUP BY category`.execute(access.tx);
  for (const h of hidden.rows) policy.countWithheld(h.category, 'not_for_role', Number(h.count));
  if (items.length > 0) policy.logRead(access, { name: 'note.list', resourceType: 'household', resourceId: householdId, attributes: { notes: items.length } }, await subjectsOf(access, householdId, items));
  return { items, withheld: policy.withheld() };
}

async function loadNotes(access: AccessSession, householdId: string, opts: { id?: string; limit: number; categories?: readonly DataCategory[] }): Promise<NoteView[]> {
  const only = opts.id ? sql`AND n.id = ${opts.id}::uuid` : sql``;
  const inCategories = opts.categories ? sql`AND n.category = ANY(${[...opts.categories]}::text[])` : sql``;
  const rows = await sql<{ id: string; written_at: Date; text: string; category: DataCategory; written_by: string; writer: string; about: Array<{ person_id: string; given_names: string; family_name_prefix: string | null; family_name: string }> }>`
    SELECT n.id, n.written_at, n.text, n.category, n.written_by, u.display_name AS writer,
      COALESCE((SELECT json_agg(json_build_object('person_id', p.id, 'given_names', p.given_names, 'family_name_prefix', p.family_name_prefix, 'family_name', p.family_name) ORDER BY p.search_name, p.id)
        FROM dossier_note_person np JOIN person p ON p.id = np.person_id WHERE np.note_id = n.id), '[]'::json) AS about
    FROM dossier_note n JOIN app_user u ON u.id = n.written_by
    WHERE n.household_id = ${householdId}::uuid ${only} ${inCategories}
    ORDER BY n.written_at DESC, n.id DESC
    LIMIT ${opts.limit}`.execute(access.tx);
  return rows.rows.map((r) => ({
    id: r.id, writtenAt: r.written_at, text: r.text, category: r.category,
    about: r.about.map((p) => ({ personId: p.person_id, displayName: displayName(p) })),
    writtenBy: { id: r.written_by, displayName: r.writer },
  }));
}
