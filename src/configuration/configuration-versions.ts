import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../auth/auth-context.ts';
import type { Db, Queryable } from '../db/database.ts';
import { appendToLog } from '../processing-log/writer.ts';
import { conflict, invalid, notFound, type FieldIssue } from '../server/errors.ts';
import { applyVersion, type ApplyResult } from './configuration-apply.ts';
import type { MunicipalConfiguration } from './configuration-schema.ts';
import { configurationOn, getVersion, today, type ConfigurationVersion } from './configuration-store.ts';
import { withConfigurationTables } from './configuration-tables.ts';
import { modelCheck } from './model-check.ts';
import { registerIssues } from './register-checks.ts';

export interface VersionInput { validFrom: string; note?: string | undefined; configuration: MunicipalConfiguration }

async function lockMunicipality(tx: Queryable, municipalityId: string): Promise<void> {
  const row = await sql`SELECT id FROM municipality WHERE id = ${municipalityId}::uuid FOR UPDATE`.execute(tx);
  if (row.rows.length === 0) throw notFound();
}

/** Every problem at once: the register, the date rule, a second version on the same date. */
async function versionIssues(tx: Queryable, municipalityId: string, input: VersionInput, replacing: string | null, now: string): Promise<FieldIssue[]> {
  const issues = await registerIssues(tx, input.configuration, 'body.configuration.');
  const others = (await withConfigurationTables(tx).selectFrom('municipal_configuration').select(['id', 'valid_from'])
    .where('municipality_id', '=', municipalityId).execute()).filter((v) => v.id !== replacing);
  if (input.validFrom < now && (others.length > 0 || replacing !== null)) {
    issues.push({ path: 'body.validFrom', message: {
      nl: 'Een nieuwe versie gaat vandaag of later in: eerdere besluiten houden de versie waaronder ze genomen zijn. Alleen de eerste versie van een gemeente mag eerder beginnen',
      en: 'A new version starts today or later: earlier decisions keep the version they were made under. Only a municipality\'s first version may start earlier',
    } });
  }
  if (others.some((v) => v.valid_from === input.validFrom)) {
    issues.push({ path: 'body.validFrom', message: {
      nl: `Er is al een versie vanaf ${input.validFrom}: wijzig die (zolang die nog niet geldt) of kies een andere datum`,
      en: `There is already a version from ${input.validFrom}: change that one (while it is not yet in force) or choose another date`,
    } });
  }
  return issues;
}

function refuse(issues: FieldIssue[]): never {
  const first = issues[0]!.message as { nl: string; en: string };
  throw invalid({ nl: `De configuratie klopt nog niet (${issues.length}): ${first.nl}`, en: `The configuration is not right yet (${issues.length}): ${first.en}` }, issues);
}

async function log(tx: Queryable, actor: Actor, name: string, versionId: string, attributes: Record<string, unknown>): Promise<void> {
  await appendToLog(tx, { userId: actor.userId, trace: actor.trace }, [{
    name, processingActivityId: 'administration', outcome: 'allowed', resourceType: 'municipal_configuration', resourceId: versionId,
    actingRole: 'administrator', attributes,
  }]);
}

/** Applies the version when it is the one in force today (its date is today or, for a first version, earlier). */
async function applyIfInForce(tx: Queryable, actor: Actor, municipalityId: string, versionId: string, now: string): Promise<ApplyResult | null> {
  const current = await configurationOn(tx, municipalityId, now);
  if (current?.id !== versionId) return null;
  return applyVersion(tx, { ...current, municipalityId, createdBy: actor.userId }, { userId: actor.userId, trace: actor.trace });
}

export interface SavedVersion { version: ConfigurationVersion; applied: ApplyResult | null; warnings: ReturnType<typeof modelCheck> }

/** Saves a new version (also what an import does): all or nothing, in one transaction. */
export async function createVersion(db: Db, actor: Actor, municipalityId: string, input: VersionInput): Promise<SavedVersion> {
  return db.transaction().execute(async (tx) => {
    await lockMunicipality(tx, municipalityId);
    const now = await today(tx);
    const issues = await versionIssues(tx, municipalityId, input, null, now);
    if (issues.length > 0) refuse(issues);
    const id = randomUUID();
    await withConfigurationTables(tx).insertInto('municipal_configuration').values({
      id, municipality_id: municipalityId, valid_from: input.validFrom, configuration: JSON.stringify(input.configuration),
      note: input.note ?? null, created_by: actor.userId,
    }).execute();
    await log(tx, actor, 'configuration.create', id, { municipalityId, validFrom: input.validFrom });
    const applied = await applyIfInForce(tx, actor, municipalityId, id, now);
    return { version: (await getVersion(tx, municipalityId, id))!, applied, warnings: modelCheck(input.configuration) };
  });
}

async function futureVersion(tx: Queryable, municipalityId: string, versionId: string, now: string): Promise<void> {
  const row = await withConfigurationTables(tx).selectFrom('municipal_configuration').select('valid_from')
    .where('id', '=', versionId).where('municipality_id', '=', municipalityId).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (row.valid_from <= now) {
    throw conflict({
      nl: 'Deze versie geldt al en blijft zoals hij is: besluiten zijn eronder genomen. Maak een nieuwe versie.',
      en: 'This version is in force and stays as it is: decisions were made under it. Make a new version.',
    });
  }
}

/** Replaces a version that is not yet in force. */
export async function replaceVersion(db: Db, actor: Actor, municipalityId: string, versionId: string, input: VersionInput): Promise<SavedVersion> {
  return db.transaction().execute(async (tx) => {
    await lockMunicipality(tx, municipalityId);
    const now = await today(tx);
    await futureVersion(tx, municipalityId, versionId, now);
    const issues = await versionIssues(tx, municipalityId, input, versionId, now);
    if (issues.length > 0) refuse(issues);
    await withConfigurationTables(tx).updateTable('municipal_configuration').set({
      valid_from: input.validFrom, configuration: JSON.stringify(input.configuration), note: input.note ?? null,
      updated_by: actor.userId, updated_at: new Date(),
    }).where('id', '=', versionId).execute();
    await log(tx, actor, 'configuration.replace', versionId, { municipalityId, validFrom: input.validFrom });
    const applied = await applyIfInForce(tx, actor, municipalityId, versionId, now);
    return { version: (await getVersion(tx, municipalityId, versionId))!, applied, warnings: modelCheck(input.configuration) };
  });
}

/** Removes a version that is not yet in force. */
export async function deleteVersion(db: Db, actor: Actor, municipalityId: string, versionId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await lockMunicipality(tx, municipalityId);
    await futureVersion(tx, municipalityId, versionId, await today(tx));
    await withConfigurationTables(tx).deleteFrom('municipal_configuration').where('id', '=', versionId).execute();
    await log(tx, actor, 'configuration.delete', versionId, { municipalityId });
  });
}

/** Validates against the register too and returns the model check, saving nothing. */
export async function checkConfiguration(db: Db, configuration: MunicipalConfiguration) {
  const issues = await registerIssues(db, configuration, 'body.configuration.');
  if (issues.length > 0) refuse(issues);
  return { warnings: modelCheck(configuration) };
}
