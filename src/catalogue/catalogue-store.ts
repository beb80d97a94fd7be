/**
 * The catalogue's rows: no personal data, so plain queries on the database. Writes are for
 * administrators (the routes check) and are logged in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Actor } from '../auth/auth-context.ts';
import type { Queryable } from '../db/database.ts';
import { appendToLog } from '../processing-log/writer.ts';
import { invalid, notFound, type FieldIssue, type Message } from '../server/errors.ts';
import type { CatalogueDocument, CostUnit, InstrumentInput, InstrumentKind, Law } from './catalogue-schemas.ts';
import { withCatalogueTables, type CatalogueInstrumentTable } from './catalogue-tables.ts';
import { targetGroupKeys } from './configured-target-groups.ts';
import { asks, kindOf, type Criterion, type Names } from './criteria.ts';

type Row = Selectable<CatalogueInstrumentTable>;

export interface Instrument {
  id: string;
  municipalityId: string;
  key: string;
  name: string;
  description: string;
  kind: InstrumentKind;
  law: Law;
  provider: { name: string; organisationId: string | null; url: string | null };
  cost: { unit: 'free' } | { unit: Exclude<CostUnit, 'free'>; amountEuros: number };
  durationWeeks: number | null;
  capacity: { places: number | null; waitingCount: number | null; waitingWeeks: number | null };
  request: { how: string; decidedBy: string };
  targetGroup: string;
  criteria: Criterion[];
  validFrom: string;
  validUntil: string | null;
}

export interface PresentedInstrument extends Instrument {
  /** What each criterion asks, in words. */
  criteriaText: Message[];
  /** Available today. */
  current: boolean;
  updatedAt: Date;
}

export function fromRow(r: Row): Instrument {
  return {
    id: r.id, municipalityId: r.municipality_id, key: r.key, name: r.name, description: r.description,
    kind: r.kind as InstrumentKind, law: r.law as Law,
    provider: { name: r.provider_name, organisationId: r.provider_organisation_id, url: r.provider_url },
    cost: r.cost_unit === 'free' ? { unit: 'free' } : { unit: r.cost_unit as Exclude<CostUnit, 'free'>, amountEuros: (r.cost_cents ?? 0) / 100 },
    durationWeeks: r.duration_weeks,
    capacity: { places: r.capacity, waitingCount: r.waiting_count, waitingWeeks: r.waiting_weeks },
    request: { how: r.how_to_request, decidedBy: r.decided_by },
    targetGroup: r.target_group, criteria: r.criteria, validFrom: r.valid_from, validUntil: r.valid_until,
  };
}

export const present = (r: Row, names: Names, today: string): PresentedInstrument => ({
  ...fromRow(r),
  criteriaText: r.criteria.map((c) => asks(c, names)),
  current: r.valid_from <= today && (r.valid_until === null || r.valid_until >= today),
  updatedAt: r.updated_at,
});

export function toRow(input: InstrumentInput) {
  return {
    key: input.key, name: input.name, description: input.description, kind: input.kind, law: input.law,
    provider_name: input.provider.name, provider_organisation_id: input.provider.organisationId ?? null, provider_url: input.provider.url ?? null,
    cost_unit: input.cost.unit, cost_cents: input.cost.unit === 'free' ? null : Math.round(input.cost.amountEuros * 100),
    duration_weeks: input.durationWeeks ?? null,
    capacity: input.capacity.places ?? null, waiting_count: input.capacity.waitingCount ?? null, waiting_weeks: input.capacity.waitingWeeks ?? null,
    how_to_request: input.request.how, decided_by: input.request.decidedBy, target_group: input.targetGroup,
    criteria: JSON.stringify(input.criteria), valid_from: input.validFrom, valid_until: input.validUntil ?? null,
  };
}

/** The instrument as a document to edit or export: the input shape, without ids of this database's rows. */
export function toInput(i: Instrument): InstrumentInput {
  return {
    key: i.key, name: i.name, description: i.description, kind: i.kind, law: i.law, provider: i.provider, cost: i.cost,
    durationWeeks: i.durationWeeks, capacity: i.capacity, request: i.request, targetGroup: i.targetGroup, criteria: i.criteria,
    validFrom: i.validFrom, validUntil: i.validUntil,
  };
}

export const catalogue = (db: Queryable) => withCatalogueTables(db).selectFrom('catalogue_instrument');

export async function listInstruments(db: Queryable, municipalityId: string, currentOn?: string): Promise<Row[]> {
  let q = catalogue(db).selectAll().where('municipality_id', '=', municipalityId);
  if (currentOn) q = q.where('valid_from', '<=', currentOn).where((w) => w.or([w('valid_until', 'is', null), w('valid_until', '>=', currentOn)]));
  return q.orderBy('kind').orderBy('name').execute();
}

export async function getInstrumentRow(db: Queryable, id: string): Promise<Row> {
  const row = await catalogue(db).selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/**
 * What the schema cannot see: organisations that do not exist, target groups the municipal
 * configuration does not know, a key another instrument already has.
 */
async function referenceIssues(db: Queryable, municipalityId: string, inputs: Array<{ input: InstrumentInput; path: string; keyOf?: { except: string | null } }>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const organisations = [...new Set(inputs.flatMap(({ input }) => (input.provider.organisationId ? [input.provider.organisationId] : [])))];
  const existing = new Set(organisations.length === 0 ? [] : (await db.selectFrom('organisation').select('id').where('id', 'in', organisations).execute()).map((o) => o.id));
  const needsGroups = inputs.some(({ input }) => input.criteria.some((c) => kindOf(c) === 'targetGroup'));
  const groups = needsGroups ? await targetGroupKeys(db, municipalityId) : new Set<string>();
  for (const { input, path, keyOf } of inputs) {
    if (input.provider.organisationId && !existing.has(input.provider.organisationId)) {
      issues.push({ path: `${path}.provider.organisationId`, message: { nl: 'Deze organisatie bestaat niet', en: 'This organisation does not exist' } });
    }
    input.criteria.forEach((c, i) => {
      if ('targetGroup' in c && !groups.has(c.targetGroup)) {
        issues.push({ path: `${path}.criteria.${i}.targetGroup`, message: {
          nl: `De doelgroep "${c.targetGroup}" staat niet in de gemeentelijke configuratie${groups.size ? ` (wel: ${[...groups].join(', ')})` : ''}`,
          en: `The target group "${c.targetGroup}" is not in the municipal configuration${groups.size ? ` (known: ${[...groups].join(', ')})` : ''}`,
        } });
      }
    });
    if (keyOf) {
      let others = catalogue(db).select('id').where('municipality_id', '=', municipalityId).where('key', '=', input.key);
      if (keyOf.except) others = others.where('id', '!=', keyOf.except);
      const other = await others.executeTakeFirst();
      if (other) issues.push({ path: `${path}.key`, message: { nl: `Er is al een instrument met de sleutel "${input.key}"`, en: `There is already an instrument with the key "${input.key}"` } });
    }
  }
  return issues;
}

function refuse(issues: FieldIssue[]): never {
  const first = issues[0]!;
  const text = typeof first.message === 'string' ? { nl: first.message, en: first.message } : first.message;
  throw invalid({ nl: `Ongeldige invoer bij ${first.path}: ${text.nl}`, en: `Invalid input at ${first.path}: ${text.en}` }, issues);
}

async function log(tx: Queryable, actor: Actor, name: string, resourceId: string | null, attributes: Record<string, unknown>) {
  await appendToLog(tx, { userId: actor.userId, trace: actor.trace }, [{
    name, processingActivityId: 'administration', outcome: 'allowed', resourceType: 'catalogue_instrument', resourceId,
    actingRole: 'administrator', attributes,
  }]);
}

async function municipalityExists(db: Queryable, municipalityId: string) {
  if (!(await db.selectFrom('municipality').select('id').where('id', '=', municipalityId).executeTakeFirst())) throw notFound();
}

export async function createInstrument(tx: Queryable, actor: Actor, municipalityId: string, input: InstrumentInput): Promise<Row> {
  await municipalityExists(tx, municipalityId);
  const issues = await referenceIssues(tx, municipalityId, [{ input, path: 'body', keyOf: { except: null } }]);
  if (issues.length > 0) refuse(issues);
  const row = await withCatalogueTables(tx).insertInto('catalogue_instrument').values({
    id: randomUUID(), municipality_id: municipalityId, ...toRow(input), created_by: actor.userId, updated_by: actor.userId,
  }).returningAll().executeTakeFirstOrThrow();
  await log(tx, actor, 'catalogue.create', row.id, { municipalityId, key: row.key });
  return row;
}

export async function replaceInstrument(tx: Queryable, actor: Actor, id: string, input: InstrumentInput): Promise<Row> {
  const existing = await getInstrumentRow(tx, id);
  const issues = await referenceIssues(tx, existing.municipality_id, [{ input, path: 'body', keyOf: { except: id } }]);
  if (issues.length > 0) refuse(issues);
  const row = await withCatalogueTables(tx).updateTable('catalogue_instrument')
    .set({ ...toRow(input), updated_by: actor.userId, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  await log(tx, actor, 'catalogue.update', id, { municipalityId: row.municipality_id, key: row.key });
  return row;
}

export async function deleteInstrument(tx: Queryable, actor: Actor, id: string): Promise<void> {
  const existing = await getInstrumentRow(tx, id);
  await withCatalogueTables(tx).deleteFrom('catalogue_instrument').where('id', '=', id).execute();
  await log(tx, actor, 'catalogue.delete', id, { municipalityId: existing.municipality_id, key: existing.key });
}

/**
 * Imports a whole catalogue, matched on key: new keys are added, known keys replaced; with
 * `replace`, instruments the file does not name are removed. Any problem refuses all of it.
 */
export async function importCatalogue(tx: Queryable, actor: Actor, municipalityId: string, doc: CatalogueDocument, mode: 'merge' | 'replace') {
  await sql`SELECT id FROM municipality WHERE id = ${municipalityId}::uuid FOR UPDATE`.execute(tx);
  await municipalityExists(tx, municipalityId);
  const issues = await referenceIssues(tx, municipalityId, doc.instruments.map((input, i) => ({ input, path: `body.instruments.${i}` })));
  if (issues.length > 0) refuse(issues);
  const existing = new Map((await catalogue(tx).select(['id', 'key']).where('municipality_id', '=', municipalityId).execute()).map((r) => [r.key, r.id]));
  let created = 0;
  let updated = 0;
  for (const input of doc.instruments) {
    const id = existing.get(input.key);
    if (id) {
      await withCatalogueTables(tx).updateTable('catalogue_instrument').set({ ...toRow(input), updated_by: actor.userId, updated_at: new Date() }).where('id', '=', id).execute();
      updated++;
    } else {
      await withCatalogueTables(tx).insertInto('catalogue_instrument').values({ id: randomUUID(), municipality_id: municipalityId, ...toRow(input), created_by: actor.userId, updated_by: actor.userId }).execute();
      created++;
    }
  }
  const named = new Set(doc.instruments.map((i) => i.key));
  const gone = mode === 'replace' ? [...existing].filter(([key]) => !named.has(key)).map(([, id]) => id) : [];
  if (gone.length > 0) await withCatalogueTables(tx).deleteFrom('catalogue_instrument').where('id', 'in', gone).execute();
  await log(tx, actor, 'catalogue.import', null, { municipalityId, mode, created, updated, removed: gone.length });
  return { created, updated, removed: gone.length };
}
