import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { version } from '../../src/config/config.ts';
import { allRoutes } from '../../src/server/app.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

interface OpenApiOperation {
  summary?: string;
  operationId?: string;
  responses?: Record<string, unknown>;
  parameters?: Array<{ name: string; in: string }>;
}
interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'];

function assertSecurityHeaders(headers: Record<string, unknown>, what: string) {
  const csp = headers['content-security-policy'];
  assert.equal(typeof csp, 'string', `${what}: content-security-policy missing`);
  assert.match(csp as string, /default-src '(self|none)'/, `${what}: CSP lacks a restrictive default-src`);
  assert.equal(headers['x-content-type-options'], 'nosniff', `${what}: x-content-type-options`);
  const frameOptions = headers['x-frame-options'];
  assert.ok(
    (typeof frameOptions === 'string' && /^(deny|sameorigin)$/i.test(frameOptions)) || /frame-ancestors 'none'/.test(csp as string),
    `${what}: neither x-frame-options nor frame-ancestors`,
  );
  assert.equal(typeof headers['referrer-policy'], 'string', `${what}: referrer-policy missing`);
  assert.match(headers['referrer-policy'] as string, /no-referrer|same-origin|strict-origin/, `${what}: referrer-policy too lax`);
}

for (const engine of testEngines()) {
  describe(`Health and OpenAPI (${engine})`, () => {
    let t: TestApp;
    let staffSession: Awaited<ReturnType<typeof sessionFor>>;

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const m = await f.municipality();
      const team = await f.team(m);
      const staff = await f.user({ teams: [[team, 'member']] });
      staffSession = await sessionFor(t, staff.id);
    });
    after(async () => {
      await t?.close();
    });

    it('GET /api/health answers ok with the engine name and the version', async () => {
      const res = await api(t).get('/api/health');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /application\/json/);
      const body = res.json() as { status: string; database: string; version: string };
      assert.deepEqual(body, { status: 'ok', database: engine, version });
      assert.equal(typeof body.version, 'string');
      assert.ok(body.version.length > 0);
    });

    it('GET /api/openapi.json is OpenAPI 3.1 and lists every registered route', async () => {
      const res = await api(t).get('/api/openapi.json');
      assert.equal(res.statusCode, 200);
      const doc = res.json() as OpenApiDocument;
      assert.match(doc.openapi, /^3\.1\.\d+$/);
      assert.equal(typeof doc.info.title, 'string');
      assert.equal(doc.info.version, version);

      const documented = new Set<string>();
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const m of Object.keys(item)) if (methods.includes(m)) documented.add(`${m.toUpperCase()} ${path}`);
      }
      const expected = new Set(allRoutes().map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`));
      expected.add('GET /api/health');
      expected.add('GET /api/openapi.json');
      const missing = [...expected].filter((e) => !documented.has(e));
      const extra = [...documented].filter((d) => !expected.has(d));
      assert.deepEqual(missing, [], `routes missing from the OpenAPI document: ${missing.join(', ')}`);
      assert.deepEqual(extra, [], `OpenAPI operations that are not registered routes: ${extra.join(', ')}`);
      assert.ok(expected.size >= 30, `expected a realistic number of routes, got ${expected.size}`);
    });

    it('every operation has a summary, an operationId, responses and its path parameters documented', async () => {
      const doc = (await api(t).get('/api/openapi.json')).json() as OpenApiDocument;
      const operationIds = new Set<string>();
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [m, op] of Object.entries(item)) {
          if (!methods.includes(m)) continue;
          const where = `${m.toUpperCase()} ${path}`;
          assert.equal(typeof op.summary, 'string', `${where}: no summary`);
          assert.ok(op.summary!.trim().length > 3, `${where}: empty summary`);
          assert.ok(op.responses && Object.keys(op.responses).length > 0, `${where}: no responses`);
          assert.ok(Object.keys(op.responses!).some((s) => /^2\d\d$/.test(s)), `${where}: no 2xx response`);
          assert.ok(op.operationId, `${where}: no operationId`);
          assert.ok(!operationIds.has(op.operationId!), `${where}: duplicate operationId ${op.operationId}`);
          operationIds.add(op.operationId!);
          for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)) {
            assert.ok(op.parameters?.some((p) => p.in === 'path' && p.name === name), `${where}: path parameter ${name} not documented`);
          }
        }
      }
    });

    it('security headers are on API answers, errors and the not-found answer', async () => {
      const cases = [
        ['health', await api(t).get('/api/health')],
        ['openapi', await api(t).get('/api/openapi.json')],
        ['401', await api(t).get('/api/persons?q=ab')],
        ['staff 200', await api(t, staffSession).get('/api/auth/me')],
        ['404', await api(t).get('/api/does-not-exist')],
      ] as const;
      for (const [what, res] of cases) assertSecurityHeaders(res.headers, what);
      assert.equal(cases[2][1].statusCode, 401);
      assert.equal(cases[3][1].statusCode, 200);
    });

    it('every /api answer carries cache-control: no-store', async () => {
      const answers = [
        await api(t).get('/api/health'),
        await api(t).get('/api/openapi.json'),
        await api(t).get('/api/auth/me'),
        await api(t, staffSession).get('/api/auth/me'),
        await api(t, staffSession).get('/api/teams'),
        await api(t).get('/api/nope'),
        await api(t).post('/api/auth/login', { username: 'x', password: 'y' }),
      ];
      for (const res of answers) {
        assert.equal(res.headers['cache-control'], 'no-store', `${res.statusCode} ${res.body.slice(0, 80)}`);
      }
    });

    it('an unknown /api path answers 404 in JSON, for every method', async () => {
      for (const method of ['GET', 'POST', 'PATCH', 'DELETE', 'PUT'] as const) {
        const res = await t.app.inject({ method, url: '/api/unknown/thing?x=1', headers: { cookie: staffSession.cookie, 'x-csrf-token': staffSession.csrfToken } });
        assert.equal(res.statusCode, 404, `${method}`);
        assert.match(String(res.headers['content-type']), /application\/json/);
        const body = res.json() as { error: string; message: string };
        assert.equal(body.error, 'not_found');
        assert.equal(typeof body.message, 'string');
        assert.ok(body.message.length > 0);
      }
      const en = await t.app.inject({ method: 'GET', url: '/api/unknown', headers: { 'accept-language': 'en' } });
      assert.match((en.json() as { message: string }).message, /does not exist/);
      const nl = await t.app.inject({ method: 'GET', url: '/api/unknown' });
      assert.match((nl.json() as { message: string }).message, /bestaat niet/);
    });

    it('a URL that cannot be decoded → 400 in the API’s error format, with the security headers and no-store', async () => {
      for (const url of ['/api/persons/%E0%A4%A', '/api/teams/%zz', '/api/%']) {
        const res = await t.app.inject({ method: 'GET', url, headers: { cookie: staffSession.cookie } });
        assert.equal(res.statusCode, 400, url);
        assert.match(String(res.headers['content-type']), /^application\/json/, url);
        const body = res.json() as { error: string; message: string };
        assert.match(body.error, /^[a-z_]+$/, `${url}: error should be a machine-readable code, got ${JSON.stringify(body.error)}`);
        assert.equal(typeof body.message, 'string');
        assertSecurityHeaders(res.headers, url);
        assert.equal(res.headers['cache-control'], 'no-store', url);
      }
    });

    it('the trace id of an incoming traceparent comes back in the answer', async () => {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const parent = '00f067aa0ba902b7';
      for (const url of ['/api/health', '/api/does-not-exist']) {
        const res = await t.app.inject({ method: 'GET', url, headers: { traceparent: `00-${traceId}-${parent}-01` } });
        const header = res.headers.traceparent;
        assert.equal(typeof header, 'string', url);
        const m = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/.exec(header as string);
        assert.ok(m, `malformed traceparent ${header}`);
        assert.equal(m[1], traceId, url);
        assert.notEqual(m[2], parent, 'the answer has its own span id');
      }
      // Also on a signed-in request.
      const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: staffSession.cookie, traceparent: `00-${traceId}-${parent}-01` } });
      assert.equal(res.statusCode, 200);
      assert.equal((res.headers.traceparent as string).split('-')[1], traceId);
      // And the processing log records the caller's trace id (a refused sign-in is logged).
      const ownTrace = 'a'.repeat(31) + 'b';
      const login = await t.app.inject({
        method: 'POST', url: '/api/auth/login', payload: { username: 'nobody-trace', password: 'wrong-password' },
        headers: { traceparent: `00-${ownTrace}-${parent}-01` },
      });
      assert.equal(login.statusCode, 401);
      assert.equal((login.headers.traceparent as string).split('-')[1], ownTrace);
      const rows = await t.database.db.selectFrom('processing_log').select(['trace_id', 'parent_span_id', 'name'])
        .where('trace_id', '=', ownTrace).execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.name, 'auth.login');
      // The log entry is a child span of the request's own span, the one the answer names.
      assert.equal(rows[0]!.parent_span_id, (login.headers.traceparent as string).split('-')[2]);
    });

    it('without or with a malformed traceparent the answer starts a fresh valid trace', async () => {
      const ids = new Set<string>();
      for (const tp of [undefined, 'garbage', '00-00000000000000000000000000000000-00f067aa0ba902b7-01', '00-XYZ-abc-01']) {
        const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: tp ? { traceparent: tp } : {} });
        assert.equal(res.statusCode, 200);
        const m = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(res.headers.traceparent as string);
        assert.ok(m, `no valid traceparent for ${tp}`);
        assert.notEqual(m[1], '0'.repeat(32));
        ids.add(m[1]!);
      }
      assert.equal(ids.size, 4, 'each request without a valid parent gets its own trace id');
    });
  });
}
