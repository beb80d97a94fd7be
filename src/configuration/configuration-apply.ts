import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Db, Queryable } from '../db/database.ts';
import type { DataCategory, TeamTable } from '../db/schema.ts';
import { appendToLog, type LogEntryInput, type LogWho } from '../processing-log/writer.ts';
import { traceFromHeader } from '../processing-log/trace.ts';
import type { MunicipalConfiguration } from './configuration-schema.ts';
import { configurationOn, today } from './configuration-store.ts';
import { withConfigurationTables } from './configuration-tables.ts';

export interface ApplyResult { teamsCreated: number; teamsUpdated: number; teamsEnded: number; categoryRulesChanged: number }

interface VersionToApply { id: string; municipalityId: string; validFrom: string; configuration: MunicipalConfiguration; createdBy: string }

type ConfigTeam = MunicipalConfiguration['teams'][number];
type TeamRow = Selectable<TeamTable>;

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const differs = (row: TeamRow, t: ConfigTeam) => row.name !== t.name || row.kind !== t.kind || row.valid_until !== null
  || !sameList(row.area_postcodes, t.areas.postcodes) || !sameList(row.area_districts, t.areas.districts);

const teamEntry = (name: string, teamId: string, attributes: Record<string, unknown>): LogEntryInput => ({
  name, processingActivityId: 'administration', outcome: 'allowed', resourceType: 'team', resourceId: teamId, actingRole: 'administrator', attributes,
});

/**
 * Makes the teams of the municipality what the version lists: finds each by its key (else by its
 * name), creates the missing ones from the version's date, updates name, kind and areas, reopens
 * ended ones, and ends — never deletes — the teams the version no longer lists, on the day before it.
 * A version applied late (or a first version dated back) never rewrites the past: a team starts no
 * earlier than today and ends no earlier than yesterday, as that is when access really changed.
 */
async function syncTeams(tx: Queryable, v: VersionToApply, log: LogEntryInput[]): Promise<Omit<ApplyResult, 'categoryRulesChanged'>> {
  const cdb = withConfigurationTables(tx);
  const rows = await tx.selectFrom('team').selectAll().where('municipality_id', '=', v.municipalityId).execute();
  const keyed = new Map((await cdb.selectFrom('municipal_configuration_team').selectAll().where('municipality_id', '=', v.municipalityId).execute())
    .map((k) => [k.team_key, k.team_id]));
  const wantedKeys = new Set(v.configuration.teams.map((t) => t.key));
  const claimedElsewhere = new Set([...keyed].filter(([key]) => wantedKeys.has(key)).map(([, id]) => id));
  const assigned = new Map<string, string>();
  const result = { teamsCreated: 0, teamsUpdated: 0, teamsEnded: 0 };
  for (const t of v.configuration.teams) {
    const byKey = rows.find((r) => r.id === keyed.get(t.key));
    const byName = rows.find((r) => r.name.toLowerCase() === t.name.toLowerCase() && !claimedElsewhere.has(r.id) && ![...assigned.values()].includes(r.id));
    const row = byKey ?? byName;
    if (!row) {
      const id = randomUUID();
      await tx.insertInto('team').values({
        id, municipality_id: v.municipalityId, name: t.name, kind: t.kind, area_postcodes: t.areas.postcodes, area_districts: t.areas.districts,
        valid_from: sql<string>`GREATEST(${v.validFrom}::date, current_date)`,
      }).execute();
      assigned.set(t.key, id);
      result.teamsCreated += 1;
      log.push(teamEntry('team.create', id, { configurationVersionId: v.id, key: t.key }));
      continue;
    }
    assigned.set(t.key, row.id);
    if (differs(row, t)) {
      await tx.updateTable('team').set({ name: t.name, kind: t.kind, area_postcodes: t.areas.postcodes, area_districts: t.areas.districts, valid_until: null })
        .where('id', '=', row.id).execute();
      result.teamsUpdated += 1;
      log.push(teamEntry('team.update', row.id, { configurationVersionId: v.id, key: t.key }));
    }
  }
  const ids = [...assigned.values()];
  if (assigned.size > 0) {
    await cdb.deleteFrom('municipal_configuration_team').where('municipality_id', '=', v.municipalityId)
      .where((eb) => eb.or([eb('team_key', 'in', [...wantedKeys]), eb('team_id', 'in', ids)])).execute();
    await cdb.insertInto('municipal_configuration_team')
      .values([...assigned].map(([key, id]) => ({ municipality_id: v.municipalityId, team_key: key, team_id: id }))).execute();
  }
  for (const row of rows) {
    if (ids.includes(row.id) || (row.valid_until !== null && row.valid_until < v.validFrom)) continue;
    await sql`UPDATE team SET valid_until = GREATEST(${v.validFrom}::date - 1, current_date - 1, valid_from) WHERE id = ${row.id}::uuid`.execute(tx);
    result.teamsEnded += 1;
    log.push(teamEntry('team.end', row.id, { configurationVersionId: v.id }));
  }
  return result;
}

/** Makes each listed role's category rules what the version says, with a history row per change. */
async function syncCategoryRules(tx: Queryable, v: VersionToApply, changedBy: string, log: LogEntryInput[]): Promise<number> {
  let changed = 0;
  for (const role of v.configuration.roles ?? []) {
    const current = new Map((await tx.selectFrom('category_rule').selectAll().where('professional_role', '=', role.role).execute())
      .map((r) => [r.category as string, r]));
    const wanted = new Map(role.categories.map((c) => [c.category as string, c.processingActivityId]));
    const changes: Array<{ category: DataCategory; before: object | null; after: object | null }> = [];
    for (const [category, activity] of wanted) {
      const before = current.get(category);
      if (before?.processing_activity_id === activity) continue;
      const after = { professional_role: role.role, category: category as DataCategory, processing_activity_id: activity };
      if (before) await tx.updateTable('category_rule').set({ processing_activity_id: activity }).where('professional_role', '=', role.role).where('category', '=', category as DataCategory).execute();
      else await tx.insertInto('category_rule').values(after).execute();
      changes.push({ category: category as DataCategory, before: before ?? null, after });
    }
    for (const [category, before] of current) {
      if (wanted.has(category)) continue;
      await tx.deleteFrom('category_rule').where('professional_role', '=', role.role).where('category', '=', category as DataCategory).execute();
      changes.push({ category: category as DataCategory, before, after: null });
    }
    for (const c of changes) {
      const history = await tx.insertInto('category_rule_history').values({
        professional_role: role.role, category: c.category, changed_by: changedBy,
        old_row: c.before ? JSON.stringify(c.before) : null, new_row: c.after ? JSON.stringify(c.after) : null,
      }).returning('id').executeTakeFirstOrThrow();
      const name = !c.before ? 'category_rule.add' : !c.after ? 'category_rule.remove' : 'category_rule.update';
      log.push({ name, processingActivityId: 'administration', outcome: 'allowed', resourceType: 'category_rule', resourceId: `${role.role}/${c.category}`,
        actingRole: 'administrator', attributes: { historyId: history.id, configurationVersionId: v.id } });
    }
    changed += changes.length;
  }
  return changed;
}

/**
 * Syncs what the rest of Samenspel reads today — teams and category rules — with a version, in
 * the caller's transaction. Idempotent: applying the same version twice changes nothing more.
 */
export async function applyVersion(tx: Queryable, v: VersionToApply, who: LogWho): Promise<ApplyResult> {
  await sql`SELECT id FROM municipality WHERE id = ${v.municipalityId}::uuid FOR UPDATE`.execute(tx);
  const log: LogEntryInput[] = [];
  const teams = await syncTeams(tx, v, log);
  const categoryRulesChanged = await syncCategoryRules(tx, v, who.userId ?? v.createdBy, log);
  const result = { ...teams, categoryRulesChanged };
  await withConfigurationTables(tx).updateTable('municipal_configuration').set({ applied_at: new Date() }).where('id', '=', v.id).execute();
  log.push({ name: 'configuration.apply', processingActivityId: 'administration', outcome: 'allowed', resourceType: 'municipal_configuration',
    resourceId: v.id, actingRole: who.userId ? 'administrator' : null, attributes: { municipalityId: v.municipalityId, validFrom: v.validFrom, ...result } });
  await appendToLog(tx, who, log);
  return result;
}

/**
 * Applies, per municipality, the version in force on the date (default today) if it has not been
 * applied yet: the hourly job and the start of the server call this for versions dated ahead.
 */
export async function applyDueConfigurations(db: Db, on?: string): Promise<number> {
  const date = on ?? (await today(db));
  const municipalities = await withConfigurationTables(db).selectFrom('municipal_configuration').select('municipality_id').distinct().execute();
  let applied = 0;
  for (const { municipality_id: municipalityId } of municipalities) {
    applied += await db.transaction().execute(async (tx) => {
      const current = await configurationOn(tx, municipalityId, date);
      if (!current) return 0;
      const row = await withConfigurationTables(tx).selectFrom('municipal_configuration').select(['applied_at', 'created_by'])
        .where('id', '=', current.id).forUpdate().executeTakeFirstOrThrow();
      if (row.applied_at !== null) return 0;
      await applyVersion(tx, { ...current, municipalityId, createdBy: row.created_by }, { userId: null, trace: traceFromHeader(undefined) });
      return 1;
    });
  }
  return applied;
}
