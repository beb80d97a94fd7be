import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { today } from '../../src/configuration/configuration-store.ts';
import { addDays, validConfiguration } from '../support/configuration-fixture.ts';
import { createTestApp, fixtures, sessionFor, type Session, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * Fuzzes the import of a configuration (POST of a version document): random JSON, raw text, and
 * valid documents with a few random mutations (a value replaced, a key removed, an unknown key,
 * an array element duplicated). Never a 5xx; a refusal writes nothing — no version, no team or
 * category rule change, no log entry. Deterministic: a fixed seed (SAMENSPEL_FUZZ_SEED overrides it).
 */

const seed = Number(process.env.SAMENSPEL_FUZZ_SEED ?? 20_261_205);
const runs = 200;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

const nastyValues: Json[] = ['3905-3901', '7401', 'noord', 'oost', 'benefit', 'team', 'everyone', '', ' ', '\u0000', '\ud800x', 'Zoë 😀', '%_%', "'; DROP TABLE team; --",
  -1, 0, 1.5, 101, 1e308, -1e308, 2 ** 53, true, false, null, [], {}, ['7401', '7401'], { kind: 'team', team: 'zuid' }, '2024-02-30', '0000-01-01', '9999-12-31'];

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nastyValues) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.integer() },
);

function allPaths(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([key, v]) => allPaths(v, [...prefix, key]))];
}

interface Mutation { pick: number; op: 'set' | 'delete' | 'unknown_key' | 'duplicate'; value: Json; key: string }

function mutate(document: Json, mutation: Mutation): Json {
  const copy = structuredClone(document);
  const paths = allPaths(copy).filter((p) => p.length > 0);
  const path = paths[mutation.pick % paths.length]!;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, copy) as Record<string | number, Json> | Json[];
  const last = path[path.length - 1]!;
  const target = (parent as Record<string | number, Json>)[last]!;
  if (mutation.op === 'set') (parent as Record<string | number, Json>)[last] = mutation.value;
  else if (mutation.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string, Json>)[last];
  } else if (mutation.op === 'unknown_key' && target && typeof target === 'object' && !Array.isArray(target)) target[mutation.key] = mutation.value;
  else if (mutation.op === 'duplicate' && Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]!));
  return copy;
}

for (const engine of testEngines()) {
  describe(`Configuration import fuzz (${engine})`, () => {
    let t: TestApp;
    let admin: Session;
    let municipalityId: string;
    let now: string;

    /** What a refused import must leave untouched. */
    async function fingerprint(): Promise<string> {
      const row = await sql<Record<string, unknown>>`SELECT
        (SELECT count(*) FROM municipal_configuration) AS versions,
        (SELECT count(*) FROM municipal_configuration_team) AS keys,
        (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) FROM team t) AS teams,
        (SELECT md5(coalesce(string_agg(r::text, ',' ORDER BY r.professional_role, r.category), '')) FROM category_rule r) AS rules,
        (SELECT count(*) FROM category_rule_history) AS history,
        (SELECT last_seq FROM processing_log_head) AS log`.execute(t.database.db);
      return JSON.stringify(row.rows[0]);
    }

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      municipalityId = await f.municipality();
      admin = await sessionFor(t, (await f.user({ systemRoles: ['administrator'] })).id);
      now = await today(t.database.db);
    });
    after(async () => {
      await t?.close();
    });

    it(`never answers 5xx and writes nothing when it refuses (${runs} imports)`, async () => {
      const document = (days: number): Json => ({ validFrom: addDays(now, days), note: 'Fuzz', configuration: validConfiguration() as Json });
      const mutation = fc.record({ pick: fc.nat(), op: fc.constantFrom('set', 'delete', 'unknown_key', 'duplicate'), value: anyValue, key: fc.string({ maxLength: 12 }) }) as fc.Arbitrary<Mutation>;
      const mutated = fc.tuple(fc.integer({ min: -3, max: 3650 }), fc.array(mutation, { minLength: 0, maxLength: 4 }))
        .map(([days, mutations]) => ({ payload: JSON.stringify(mutations.reduce(mutate, document(days))), kind: 'mutated' }));
      const randomJson = fc.jsonValue({ maxDepth: 4 }).map((v) => ({ payload: JSON.stringify(v), kind: 'json' }));
      const rawText = fc.string({ maxLength: 60, unit: 'binary' }).map((v) => ({ payload: v, kind: 'text' }));
      const request = fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 2, arbitrary: randomJson }, { weight: 1, arbitrary: rawText });
      let saved = 0;
      await fc.assert(fc.asyncProperty(request, async ({ payload, kind }) => {
        const before = await fingerprint();
        const res = await t.app.inject({
          method: 'POST', url: `/api/municipalities/${municipalityId}/configurations`, payload,
          headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
        });
        assert.ok(res.statusCode < 500, `${kind}: ${res.statusCode} ${res.body.slice(0, 300)} for ${payload.slice(0, 300)}`);
        if (res.statusCode >= 400) {
          const body = res.json() as { error: string; message: string };
          assert.equal(typeof body.message, 'string');
          assert.equal(await fingerprint(), before, `${kind}: a refused import wrote something (${res.statusCode} ${res.body.slice(0, 200)})`);
        } else {
          assert.equal(res.statusCode, 201);
          saved += 1;
        }
      }), { numRuns: runs, seed });
      assert.ok(saved > 0, 'some mutated documents are still valid and saved');
    });
  });
}
