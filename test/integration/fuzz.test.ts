import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createSession } from '../../src/auth/sessions.ts';
import { completeBsn } from '../../src/persons/bsn.ts';
import { verifyLog } from '../../src/processing-log/verify.ts';
import { createTestApp, fixtures, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * Fuzzes every operation of the OpenAPI document with generated requests: random JSON, bodies
 * shaped after the operation's schema, and mutations of those; random and real ids in the path;
 * random query strings. As an anonymous client, a half-signed-in one, a staff member and an
 * administrator. Never a 5xx, every refusal in the API's error format, no internals leaked.
 * Deterministic: a fixed seed (SAMENSPEL_FUZZ_SEED overrides it).
 */

const seed = Number(process.env.SAMENSPEL_FUZZ_SEED ?? 20_261_123);
/** Requests per operation for each client; about 1,500 requests per engine in all. */
const perClient = { anonymous: 5, signing_in: 4, staff: 14, administrator: 14 } as const;
type ClientName = keyof typeof perClient;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
}
interface Operation {
  method: Method;
  path: string;
  parameters: Array<{ name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }>;
  body: JsonSchema | undefined;
}
interface FuzzRequest { method: Method; url: string; payload: string | undefined; contentType: string | undefined; csrf: boolean }

/** Characters that tend to upset parsers, SQL LIKE patterns, encodings and databases. */
const nastyChars = ['\u0000', '\u0001', '\ud800', '\udfff', '\uffff', '\ufeff', '\u202e', '%', '_', '\\', "'", '"', '\n', '\r', '\t', '€', '😀', 'ß', 'İ', '\u0301'];
const nastyUnit = fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.constantFrom(...nastyChars) });

/** Whole values known to upset things. */
const nastyStrings = ['Jan\u0000de Vries', "O'Brien", '%_%', 'a\\', '\ud800x', 'İstanbul', 'Zoë 😀', '  ', '\u202eevil', 'null', 'undefined', '<script>alert(1)</script>', "'; DROP TABLE person; --", '../../etc/passwd', '${7*7}'];

/** Strings: mostly printable ASCII, sometimes unicode text, any code point, a sprinkling of nasty characters, or a nasty value. */
const anyString = (min = 0, max = 40) => fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: min, maxLength: max }) },
  { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'binary' }) },
  { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: max, unit: nastyUnit }) },
  { weight: 2, arbitrary: fc.constantFrom(...nastyStrings).map((v) => v.padEnd(min, 'x').slice(0, Math.max(max, min))) },
);

const randomJson = fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme-ascii' });
const isoDate = fc.date({ min: new Date('1890-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function validBsns(n: number): string[] {
  const out: string[] = [];
  for (let i = 10_000_000; out.length < n; i += 7919) {
    const bsn = completeBsn(String(i).padStart(8, '0'));
    if (bsn) out.push(bsn);
  }
  return out;
}

/** An arbitrary for values of (roughly) this JSON schema; `ids` are real ids from the database. */
function fromSchema(schema: JsonSchema | undefined, name: string, ids: string[], known: { bsns: string[]; names: string[] }, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 5) return randomJson;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => fromSchema(s, name, ids, known, depth + 1)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null': return fc.constant(null);
    case 'boolean': return fc.boolean();
    case 'integer': return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number': return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'array': {
      const max = Math.min(schema.maxItems ?? 3, 3);
      return fc.array(fromSchema(schema.items, name, ids, known, depth + 1), { minLength: Math.min(schema.minItems ?? 0, max), maxLength: max });
    }
    case 'object': {
      const props = schema.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, sub] of Object.entries(props)) model[key] = fromSchema(sub, key, ids, known, depth + 1);
      const required = (schema.required ?? []).filter((k) => k in props);
      return fc.record(model, { requiredKeys: required });
    }
    case 'string': {
      if (schema.format === 'uuid') return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() });
      if (schema.format === 'date') return fc.oneof({ weight: 5, arbitrary: isoDate }, { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '0000-01-01', '9999-12-31', '1900-01-01') });
      if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 200));
      if (name === 'bsn') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known.bsns) }, { weight: 1, arbitrary: fc.stringMatching(/^\d{9}$/) });
      if (name === 'q') return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...known.names, ...known.bsns, '05-05-1980', '1980-05-05') }, { weight: 2, arbitrary: anyString(2, 30) });
      if (name === 'username') return fc.oneof(fc.constantFrom(...known.names), fc.stringMatching(/^[a-z0-9._-]{3,20}$/));
      if (name === 'code') return fc.stringMatching(/^\d{6}$/);
      if (schema.pattern) {
        let matching: fc.Arbitrary<string> | undefined;
        try {
          matching = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 200));
        } catch {
          matching = undefined;
        }
        if (matching) return fc.oneof({ weight: 4, arbitrary: matching }, { weight: 1, arbitrary: anyString() });
      }
      const min = schema.minLength ?? 0;
      const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
      return fc.oneof({ weight: 5, arbitrary: anyString(min, max) }, { weight: 1, arbitrary: fc.constantFrom(...known.names) });
    }
    default:
      return randomJson;
  }
}

type Mutation = 'delete' | 'add' | 'replace' | 'deep-replace' | 'wrap' | 'none';

/** Breaks a valid-shaped value in one place. */
function mutate(value: unknown, how: Mutation, pick: number, junk: unknown): unknown {
  if (how === 'none') return value;
  if (how === 'wrap') return [value];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return junk;
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = Object.keys(copy);
  const key = keys.length ? keys[pick % keys.length]! : undefined;
  if (how === 'add' || !key) copy[`extra${pick % 5}`] = junk;
  else if (how === 'delete') delete copy[key];
  else if (how === 'replace') copy[key] = junk;
  else copy[key] = mutate(copy[key], 'replace', pick >> 3, junk);
  return copy;
}

function operationsOf(doc: { paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      ops.push({ method: method.toUpperCase() as Method, path, parameters: op.parameters ?? [], body: op.requestBody?.content['application/json']?.schema });
    }
  }
  return ops;
}

function requestArbitrary(op: Operation, ids: string[], known: { bsns: string[]; names: string[] }): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const pathValue = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: anyString(1, 40) },
    { weight: 1, arbitrary: fc.integer().map(String) },
  );
  const path = fc.tuple(...pathParams.map(() => pathValue)).map((values) => {
    let p = op.path;
    pathParams.forEach((param, i) => { p = p.replace(`{${param.name}}`, encodeURIComponent(Buffer.from(values[i] as string, 'utf8').toString('utf8'))); });
    return p;
  });
  const queryEntry = (p: Operation['parameters'][number]) => fc.oneof(
    { weight: 4, arbitrary: fromSchema(p.schema, p.name, ids, known).map((v) => (v === null || v === undefined ? '' : String(v))) },
    { weight: 2, arbitrary: anyString(0, 30) },
    { weight: 1, arbitrary: fc.integer().map(String) },
  );
  const query = fc.tuple(
    fc.tuple(...queryParams.map((p) => fc.option(queryEntry(p), { nil: undefined, freq: p.required ? 10 : 3 }))),
    fc.option(fc.tuple(fc.constantFrom('x', 'sort', 'limit', 'q', '__proto__'), anyString(0, 10)), { freq: 6, nil: undefined }),
  ).map(([values, extra]) => {
    const params = new URLSearchParams();
    queryParams.forEach((p, i) => { if (values[i] !== undefined) params.append(p.name, values[i] as string); });
    if (extra) params.append(extra[0], extra[1]);
    const s = params.toString();
    return s ? `?${s}` : '';
  });
  const shaped = fromSchema(op.body, 'body', ids, known);
  const json = (a: fc.Arbitrary<unknown>) => a.map((v) => ({ payload: JSON.stringify(v) as string | undefined, contentType: 'application/json' as string | undefined }));
  const bodies = fc.oneof(
    { weight: op.body ? 5 : 0, arbitrary: json(shaped) },
    {
      weight: op.body ? 4 : 0,
      arbitrary: json(fc.tuple(shaped, fc.constantFrom<Mutation>('delete', 'add', 'replace', 'deep-replace', 'wrap'), fc.nat(), randomJson).map(([v, how, pick, junk]) => mutate(v, how, pick, junk))),
    },
    { weight: 2, arbitrary: json(randomJson) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(anyString(0, 30), fc.constantFrom('{', '{"a":', 'null', '[]', '""', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}')), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'))
      .map(([payload, contentType]) => ({ payload: payload as string | undefined, contentType: contentType as string | undefined })) },
    { weight: 1, arbitrary: fc.constant({ payload: undefined, contentType: undefined }) },
  );
  return fc.record({ path, query, body: bodies, csrf: fc.oneof({ weight: 19, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) })
    .map(({ path, query, body, csrf }) => ({ method: op.method, url: `${path}${query}`, payload: op.method === 'GET' ? undefined : body.payload, contentType: op.method === 'GET' ? undefined : body.contentType, csrf }));
}

for (const engine of testEngines()) {
  describe(`Fuzzing the API (${engine})`, () => {
    let t: TestApp;
    let ids: string[];
    let known: { bsns: string[]; names: string[] };
    let users: { staff: string; admin: string; signing: string };
    let teamId: string;
    const sessions = new Map<ClientName, { cookie: string; csrfToken: string } | undefined>();

    /** Puts back what fuzzed administrator calls may have changed, and gives every client a fresh session. */
    async function heal() {
      const db = t.database.db;
      await db.updateTable('app_user').set({ disabled_at: null, system_roles: [] }).where('id', 'in', [users.staff, users.signing]).execute();
      await db.updateTable('app_user').set({ disabled_at: null, system_roles: ['administrator'] }).where('id', '=', users.admin).execute();
      await db.updateTable('team').set({ valid_from: '2020-01-01', valid_until: null }).where('id', '=', teamId).execute();
      await db.updateTable('team_membership').set({ valid_from: '2020-01-01', valid_until: null }).where('user_id', '=', users.staff).execute();
      await db.deleteFrom('auth_throttle').execute();
      const make = async (userId: string, stage: 'complete' | 'totp_enrolment') => {
        const s = await createSession(db, t.config, userId, stage, { ip: '127.0.0.1' });
        ids.push(s.id);
        return { cookie: `samenspel_session=${s.token}`, csrfToken: s.csrfToken };
      };
      sessions.set('anonymous', undefined);
      sessions.set('signing_in', await make(users.signing, 'totp_enrolment'));
      sessions.set('staff', await make(users.staff, 'complete'));
      sessions.set('administrator', await make(users.admin, 'complete'));
    }

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const municipalityId = await f.municipality();
      teamId = await f.team(municipalityId);
      const otherTeam = await f.team(municipalityId);
      const staff = await f.user({ username: 'fuzz.staff', teams: [[teamId, 'coordinator']] });
      const admin = await f.user({ username: 'fuzz.admin', systemRoles: ['administrator'] });
      const signing = await f.user({ username: 'fuzz.new', enrolled: false });
      users = { staff: staff.id, admin: admin.id, signing: signing.id };
      const household = await f.household(municipalityId, { openTeams: [teamId], members: [{ familyName: 'Fuzzema' }, { familyName: 'Fuzzema', role: 'child' }] });
      const hidden = await f.household(municipalityId, { openTeams: [otherTeam], members: [{ familyName: 'Verborgen' }] });
      const organisationId = randomUUID();
      await t.database.db.insertInto('organisation').values({ id: organisationId, name: 'Fuzz Organisatie', kind: 'welfare', municipality_id: municipalityId }).execute();
      const membership = await t.database.db.selectFrom('team_membership').select('id').where('user_id', '=', staff.id).executeTakeFirstOrThrow();
      ids = [municipalityId, teamId, otherTeam, staff.id, admin.id, signing.id, household.id, hidden.id, organisationId, membership.id,
        ...household.persons.map((p) => p.id), ...hidden.persons.map((p) => p.id)];
      known = { bsns: [...household.persons.map((p) => p.bsn), hidden.persons[0]!.bsn, ...validBsns(3)], names: ['fuzzema', 'Verborgen', 'fuzz.staff', 'fuzz.admin', 'fuzz.new', 'Jan de Vries'] };
      await heal();
    });
    after(async () => {
      await t?.close();
    });

    it('no operation answers 5xx, and every refusal is JSON with error and message', async (ctx) => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const ops = operationsOf(doc);
      assert.ok(ops.length >= 30, `only ${ops.length} operations in the document`);
      const byClass: Record<string, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
      const byClient: Record<string, Record<string, number>> = {};
      const failures = new Map<string, string>();
      let sent = 0;
      let withNul = 0;
      let opIndex = 0;
      for (const op of ops) {
        const arb = requestArbitrary(op, ids, known);
        let clientIndex = 0;
        for (const client of Object.keys(perClient) as ClientName[]) {
          const requests = fc.sample(arb, { seed: seed + opIndex * 31 + clientIndex, numRuns: perClient[client] });
          clientIndex++;
          for (const r of requests) {
            const session = sessions.get(client);
            const headers: Record<string, string> = {};
            if (session) headers.cookie = session.cookie;
            if (session && r.csrf && r.method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
            if (r.contentType && r.payload !== undefined) headers['content-type'] = r.contentType;
            if (sent % 3 === 0) headers['accept-language'] = 'en';
            let res;
            try {
              res = await t.app.inject({ method: r.method, url: r.url, payload: r.payload, headers });
            } catch (error) {
              failures.set(`${op.method} ${op.path} threw`, `${client} ${r.method} ${r.url} ${r.payload?.slice(0, 200)}: ${String(error)}`);
              continue;
            }
            sent++;
            if (/\\u0000|%00/.test(`${r.url} ${r.payload ?? ''}`)) withNul++;
            const cls = `${Math.floor(res.statusCode / 100)}xx`;
            byClass[cls] = (byClass[cls] ?? 0) + 1;
            (byClient[client] ??= {})[cls] = (byClient[client]![cls] ?? 0) + 1;
            const where = `${client} ${r.method} ${r.url.slice(0, 160)} ${r.contentType ?? ''} ${JSON.stringify(r.payload?.slice(0, 300))}`;
            const problem = (what: string) => {
              const key = `${op.method} ${op.path}: ${what}`;
              if (!failures.has(key)) failures.set(key, `${where} → ${res.statusCode} ${res.body.slice(0, 200)}`);
            };
            if (res.statusCode >= 500) problem(`${res.statusCode}`);
            if (res.statusCode >= 400) {
              let body: { error?: unknown; message?: unknown } | undefined;
              try {
                body = res.json();
              } catch {
                problem('refusal is not JSON');
              }
              if (!/^application\/json/.test(String(res.headers['content-type']))) problem('refusal content type is not JSON');
              if (body && (typeof body.error !== 'string' || typeof body.message !== 'string' || body.message.length === 0)) problem('refusal lacks error/message');
            } else if (res.statusCode !== 204 && res.statusCode < 300) {
              const download = /attachment/.test(String(res.headers['content-disposition'] ?? ''));
              const type = String(res.headers['content-type'] ?? '');
              if (download && !/^(text\/csv|text\/html|application\/json)/.test(type)) problem(`download of unexpected type ${type}`);
              if (!download && !/^text\/html/.test(type)) {
                try {
                  res.json();
                } catch {
                  problem('success is not JSON');
                }
              }
            }
            if (/\.[jt]s:\d+|node_modules|\bat \S+ \([^)]*:\d+:\d+\)/.test(res.body)) problem('answer leaks a stack trace or source path');
            if (session && res.statusCode === 401) await heal();
          }
          await heal();
        }
        opIndex++;
      }
      const report = `seed ${seed}: ${sent} requests (${withNul} with a NUL character) over ${ops.length} operations — ${Object.entries(byClass).map(([k, v]) => `${k}: ${v}`).join(', ')}; ` +
        `per client ${Object.entries(byClient).map(([c, v]) => `${c} ${JSON.stringify(v)}`).join(', ')}`;
      ctx.diagnostic(report);
      console.log(`[fuzz ${engine}] ${report}`);
      assert.ok(sent >= 1000, `only ${sent} requests were sent`);
      assert.ok(byClass['2xx']! > 50, 'the fuzzer hardly ever got past validation; the generators are off');
      assert.deepEqual([...failures.entries()].map(([k, v]) => `${k}\n      e.g. ${v}`), []);
    });

    it('the server is still healthy and the processing log still verifies after the fuzzing', async () => {
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(health.statusCode, 200);
      assert.equal((health.json() as { status: string }).status, 'ok');
      const result = await verifyLog(t.database.db);
      assert.equal(result.intact, true, JSON.stringify(result.firstBroken));
      assert.ok(result.checked > 0);
    });
  });
}
