import { sql, type RawBuilder } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { decryptField } from '../crypto/field-encryption.ts';
import { displayName } from '../persons/person-names.ts';
import { loadPersonRow, logRight } from './subject-rights-access.ts';

type Row = Record<string, unknown>;
interface Scope { person: string; households: string[] }
interface Source { table: string; where: (s: Scope) => RawBuilder<unknown>; present?: (row: Row, s: Scope, access: AccessSession) => Row }

const ofPerson = (s: Scope) => sql`person_id = ${s.person}::uuid`;
const ofHouseholds = (s: Scope) => sql`household_id = ANY(${s.households}::uuid[])`;
const ofCaseFiles = (s: Scope) => sql`case_file_id IN (SELECT id FROM case_file WHERE household_id = ANY(${s.households}::uuid[]))`;
const ofOwnTrajectories = (s: Scope) => sql`trajectory_id IN (SELECT id FROM trajectory WHERE person_id = ${s.person}::uuid)`;

/**
 * Everything Samenspel holds on the person (AVG art. 15 and 20), table by table. What is about the
 * household as a whole is included; what is about another member alone is not (art. 15 lid 4):
 * their scores, income, agreements, contact details and the notes only about them.
 */
const sources: Source[] = [
  { table: 'person', where: (s) => sql`id = ${s.person}::uuid`, present: presentPerson },
  { table: 'household', where: (s) => sql`id = ANY(${s.households}::uuid[])` },
  { table: 'household_member', where: ofPerson },
  { table: 'case_file', where: ofHouseholds },
  { table: 'case_assignment', where: ofCaseFiles },
  { table: 'contact', where: ofHouseholds },
  { table: 'contact_detail', where: (s) => sql`${ofHouseholds(s)} AND (person_id IS NULL OR person_id = ${s.person}::uuid)` },
  { table: 'network_member', where: ofHouseholds },
  {
    table: 'dossier_note',
    where: (s) => sql`${ofHouseholds(s)} AND (id IN (SELECT note_id FROM dossier_note_person WHERE person_id = ${s.person}::uuid)
      OR NOT EXISTS (SELECT 1 FROM dossier_note_person np WHERE np.note_id = dossier_note.id))`,
  },
  { table: 'dossier_note_person', where: ofPerson },
  { table: 'intake', where: ofHouseholds, present: presentIntake },
  { table: 'assessment_score', where: ofPerson },
  { table: 'intake_member_income', where: ofPerson },
  { table: 'plan', where: ofHouseholds },
  { table: 'plan_version', where: (s) => sql`plan_id IN (SELECT id FROM plan WHERE household_id = ANY(${s.households}::uuid[]))` },
  { table: 'plan_agreement', where: ofPerson },
  { table: 'trajectory', where: ofPerson },
  ...['trajectory_status_change', 'trajectory_instrument', 'trajectory_exit_interview', 'trajectory_outcome', 'trajectory_follow_up']
    .map((table): Source => ({ table, where: ofOwnTrajectories })),
  { table: 'work_assessment', where: ofPerson },
  { table: 'work_routing_proposal', where: ofPerson },
  { table: 'work_routing_decision', where: (s) => sql`proposal_id IN (SELECT id FROM work_routing_proposal WHERE person_id = ${s.person}::uuid)` },
  { table: 'consent', where: ofPerson },
  { table: 'sharing_restriction', where: ofPerson },
  { table: 'emergency_access', where: ofHouseholds },
  { table: 'person_rectification', where: ofPerson, present: presentRectification },
  { table: 'processing_restriction', where: ofPerson },
];

/** The tables the export reads, for the schema check. */
export const exportedTables = sources.map((s) => s.table);

function presentPerson(row: Row, _s: Scope, access: AccessSession): Row {
  const { id, bsn_hash: _hash, bsn_encrypted: encrypted, search_name: _search, ...rest } = row;
  return { id, bsn: typeof encrypted === 'string' ? decryptField(access.services.keys, encrypted) : null, ...rest };
}

/** The household's part of the talk and this member's own answers; other members' answers are theirs. */
function presentIntake(row: Row, s: Scope): Row {
  const { members, ...household } = (row.draft ?? {}) as { members?: Record<string, unknown> } & Row;
  return { ...row, draft: { ...household, member: members?.[s.person] ?? null } };
}

function presentRectification(row: Row, _s: Scope, access: AccessSession): Row {
  const { previous_values_encrypted: encrypted, ...rest } = row;
  return { ...rest, previous_values: JSON.parse(decryptField(access.services.keys, encrypted as string)) as Row };
}

export interface AccessLogLine {
  time: Date;
  action: string;
  user: string | null;
  team: string | null;
  role: string | null;
  activity: string;
  outcome: string;
}

export interface SubjectExport {
  format: 'samenspel-subject-export/1';
  generatedAt: Date;
  person: { id: string; displayName: string };
  tables: Record<string, Row[]>;
  /** Names for the ids in the tables: staff, teams, organisations and processing activities. */
  names: Record<'staff' | 'teams' | 'organisations' | 'activities', Record<string, string>>;
  accessLog: AccessLogLine[];
}

const nameColumns = {
  staff: /(_by|^user_id|^professional_id|^coordinator_id|^applies_to_user_id)$/,
  teams: /(^team_id|_team_id)$/,
  organisations: /_organisation_id$/,
  activities: /^processing_activity_id$/,
} as const;

async function namesFor(access: AccessSession, tables: Record<string, Row[]>): Promise<SubjectExport['names']> {
  const ids = { staff: new Set<string>(), teams: new Set<string>(), organisations: new Set<string>(), activities: new Set<string>() };
  for (const row of Object.values(tables).flat()) {
    for (const [column, value] of Object.entries(row)) {
      if (typeof value !== 'string') continue;
      for (const kind of Object.keys(nameColumns) as Array<keyof typeof nameColumns>) if (nameColumns[kind].test(column)) ids[kind].add(value);
    }
  }
  const lookup = async (table: 'app_user' | 'team' | 'organisation' | 'processing_activity', column: string, set: Set<string>, cast: string) => {
    if (set.size === 0) return {};
    const rows = await sql<{ id: string; name: string }>`SELECT id::text, ${sql.ref(column)} AS name FROM ${sql.table(table)} WHERE id = ANY(${[...set]}::${sql.raw(cast)}[])`.execute(access.tx);
    return Object.fromEntries(rows.rows.map((r) => [r.id, r.name]));
  };
  return {
    staff: await lookup('app_user', 'display_name', ids.staff, 'uuid'),
    teams: await lookup('team', 'name', ids.teams, 'uuid'),
    organisations: await lookup('organisation', 'name', ids.organisations, 'uuid'),
    activities: await lookup('processing_activity', 'name', ids.activities, 'text'),
  };
}

/** Who processed the person's data, when and why: the processing log by the person's internal id. */
async function accessLogOf(access: AccessSession, personId: string): Promise<AccessLogLine[]> {
  const rows = await sql<{ start_time: Date; name: string; user_name: string | null; team_name: string | null; acting_role: string | null; activity: string; outcome: string }>`
    SELECT l.start_time, l.name, u.display_name AS user_name, t.name AS team_name, l.acting_role, a.name AS activity, l.outcome
    FROM processing_log l LEFT JOIN app_user u ON u.id = l.user_id LEFT JOIN team t ON t.id = l.acting_team_id
    JOIN processing_activity a ON a.id = l.processing_activity_id
    WHERE l.data_subject_id = ${personId} AND l.data_subject_id_type = 'samenspel_person_id' ORDER BY l.seq`.execute(access.tx);
  return rows.rows.map((r) => ({ time: r.start_time, action: r.name, user: r.user_name, team: r.team_name, role: r.acting_role, activity: r.activity, outcome: r.outcome }));
}

/** The export for the person; logged as a processing under 'data-subject-rights'. */
export async function exportPersonData(access: AccessSession, personId: string, format: 'json' | 'html'): Promise<SubjectExport> {
  const person = await loadPersonRow(access, personId);
  const households = (await sql<{ household_id: string }>`SELECT DISTINCT household_id FROM household_member WHERE person_id = ${personId}::uuid`.execute(access.tx)).rows.map((r) => r.household_id);
  const scope: Scope = { person: personId, households };
  const tables: Record<string, Row[]> = {};
  for (const source of sources) {
    const rows = await sql<Row>`SELECT * FROM ${sql.table(source.table)} WHERE ${source.where(scope)} ORDER BY 1`.execute(access.tx);
    tables[source.table] = rows.rows.map((row) => (source.present ? source.present(row, scope, access) : row));
  }
  const accessLog = await accessLogOf(access, personId);
  logRight(access, 'person.export', personId, { format, rows: Object.fromEntries(Object.entries(tables).map(([t, r]) => [t, r.length])) });
  return {
    format: 'samenspel-subject-export/1', generatedAt: new Date(), person: { id: personId, displayName: displayName(person) },
    tables, names: await namesFor(access, tables), accessLog,
  };
}
