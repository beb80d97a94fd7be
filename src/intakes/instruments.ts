import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import { dataCategories } from '../registrations/registration-schemas.ts';

const text = z.object({ nl: z.string().min(1), en: z.string().min(1) });

/** An assessment instrument as data: versioned, never changed once published. */
export const instrumentDefinition = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().min(1),
  kind: z.enum(['zrm', 'ladder']),
  name: text,
  description: text.optional(),
  scale: z.object({ min: z.number().int(), max: z.number().int(), levels: z.array(z.object({ score: z.number().int(), name: text })) }),
  period: text.optional(),
  domains: z.array(z.object({
    code: z.string().regex(/^[a-z_]+$/),
    position: z.number().int().min(1),
    name: text,
    category: z.enum(dataCategories),
    anchors: z.record(z.string(), text),
  })).min(1),
}).superRefine((d, ctx) => {
  for (const domain of d.domains) {
    for (let s = d.scale.min; s <= d.scale.max; s++) {
      if (!domain.anchors[String(s)]) ctx.addIssue({ code: 'custom', message: `${d.id} ${domain.code}: no anchor for ${s}` });
    }
  }
  if (new Set(d.domains.map((x) => x.code)).size !== d.domains.length) ctx.addIssue({ code: 'custom', message: `${d.id}: duplicate domain codes` });
});
export type InstrumentDefinition = z.infer<typeof instrumentDefinition>;

const folder = new URL('./instruments/', import.meta.url);

export function bundledInstruments(): InstrumentDefinition[] {
  return readdirSync(folder).filter((f) => f.endsWith('.json')).sort()
    .map((f) => instrumentDefinition.parse(JSON.parse(readFileSync(new URL(f, folder), 'utf8'))));
}

/**
 * Loads the bundled instrument versions that the database lacks. A published version is
 * never overwritten: scores refer to it. A changed instrument ships as a new version.
 */
export async function loadInstruments(db: Queryable): Promise<void> {
  for (const d of bundledInstruments()) {
    await sql`INSERT INTO assessment_instrument (id, version, kind, definition)
      VALUES (${d.id}, ${d.version}, ${d.kind}, ${JSON.stringify(d)}::jsonb) ON CONFLICT (id, version) DO NOTHING`.execute(db);
  }
}

/** Published versions never change, so a version once read is kept in memory. */
const versionCache = new Map<string, InstrumentDefinition>();

export async function instrumentVersion(db: Queryable, id: string, version?: number): Promise<InstrumentDefinition | null> {
  const cached = version ? versionCache.get(`${id}@${version}`) : undefined;
  if (cached) return cached;
  let q = db.selectFrom('assessment_instrument').select(['definition']).where('id', '=', id);
  q = version ? q.where('version', '=', version) : q.orderBy('version', 'desc');
  const row = await q.limit(1).executeTakeFirst();
  if (!row) return null;
  const definition = row.definition as unknown as InstrumentDefinition;
  versionCache.set(`${definition.id}@${definition.version}`, definition);
  return definition;
}
