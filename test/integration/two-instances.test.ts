import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { createTestApp, fixtures, sessionFor, testPassword, timeStep, totpCode, type Session, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'samenspel_session');
  assert.ok(c, `no session cookie: ${res.statusCode} ${res.body}`);
  return `samenspel_session=${c.value}`;
}

for (const engine of testEngines()) {
  describe(`Two instances on one database (${engine})`, () => {
    let t: TestApp;
    let a: FastifyInstance;
    let b: FastifyInstance;
    let municipalityId: string;
    let teamId: string;

    const call = (app: FastifyInstance, method: Method, url: string, session?: Session, payload?: object, headers: Record<string, string> = {}) =>
      app.inject({
        method, url, payload,
        headers: { ...(session ? { cookie: session.cookie } : {}), ...(session && method !== 'GET' ? { 'x-csrf-token': session.csrfToken } : {}), ...headers },
      });

    /** A code for the current or next time step, newer than the user's last accepted step (robust to one clock tick, never waits). */
    async function freshCode(userId: string, secret: string): Promise<string> {
      const row = await t.database.db.selectFrom('app_user').select('totp_last_step').where('id', '=', userId).executeTakeFirstOrThrow();
      const last = row.totp_last_step === null ? -Infinity : Number(row.totp_last_step);
      const now = timeStep();
      const step = [now, now + 1].find((s) => s > last);
      assert.ok(step !== undefined, 'no unused TOTP step within the drift window');
      return totpCode(secret, new Date(step * 30_000 + 1000));
    }

    async function password(app: FastifyInstance, username: string, pw = testPassword) {
      return app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: pw } });
    }

    /** Password on one instance, second factor on another. */
    async function signIn(first: FastifyInstance, second: FastifyInstance, user: { id: string; username: string; totpSecret: string | null }): Promise<Session> {
      const login = await password(first, user.username);
      assert.equal(login.statusCode, 200, login.body);
      const pending = { cookie: cookieOf(login), csrfToken: (login.json() as { csrfToken: string }).csrfToken };
      const res = await call(second, 'POST', '/api/auth/totp', pending, { code: await freshCode(user.id, user.totpSecret!) });
      assert.equal(res.statusCode, 200, res.body);
      return { cookie: cookieOf(res), csrfToken: (res.json() as { csrfToken: string }).csrfToken };
    }

    before(async () => {
      t = await createTestApp(engine);
      a = t.app;
      // A second instance: its own Fastify app on the same database, with the same keys and configuration.
      b = await buildApp({ database: t.database, keys: t.keys, config: t.config, logLevel: 'silent' });
      await b.ready();
      const f = fixtures(t);
      municipalityId = await f.municipality();
      teamId = await f.team(municipalityId);
    });
    after(async () => {
      await b?.close();
      await t?.close();
    });

    it('the instances are distinct apps on the same database', async () => {
      assert.notEqual(a, b);
      const [ha, hb] = [await call(a, 'GET', '/api/health'), await call(b, 'GET', '/api/health')];
      assert.equal(ha.statusCode, 200);
      assert.deepEqual(ha.json(), hb.json());
    });

    it('a session signed in on A works on B (reads and CSRF-protected writes), and sign-in may span both', async () => {
      const f = fixtures(t);
      const user = await f.user({ teams: [[teamId, 'member']] });
      const household = await f.household(municipalityId, { openTeams: [teamId] });
      const session = await signIn(a, a, user);
      const meB = await call(b, 'GET', '/api/auth/me', session);
      assert.equal(meB.statusCode, 200, meB.body);
      assert.equal((meB.json() as { user: { id: string }; stage: string }).user.id, user.id);
      assert.equal((meB.json() as { stage: string }).stage, 'complete');
      const renamed = await call(b, 'PATCH', `/api/households/${household.id}`, session, { name: 'Huishouden Via B' });
      assert.equal(renamed.statusCode, 200, renamed.body);
      assert.equal(((await call(a, 'GET', `/api/households/${household.id}`, session)).json() as { name: string }).name, 'Huishouden Via B');
      // B checks the CSRF token of A's session as well.
      const noCsrf = await b.inject({ method: 'PATCH', url: `/api/households/${household.id}`, payload: { name: 'X' }, headers: { cookie: session.cookie } });
      assert.equal(noCsrf.statusCode, 403);
      // The password on B, the second factor on A.
      const other = await f.user({ teams: [[teamId, 'member']] });
      const split = await signIn(b, a, other);
      assert.equal((await call(a, 'GET', '/api/auth/me', split)).statusCode, 200);
      assert.equal((await call(b, 'GET', '/api/auth/me', split)).statusCode, 200);
      // A half-finished sign-in (password only) from A is not a full session on B.
      const half = await password(a, other.username);
      const halfSession = { cookie: cookieOf(half), csrfToken: (half.json() as { csrfToken: string }).csrfToken };
      assert.equal((await call(b, 'GET', '/api/teams', halfSession)).statusCode, 401);
      assert.equal(((await call(b, 'GET', '/api/auth/me', halfSession)).json() as { stage: string }).stage, 'totp');
    });

    it('logout on B ends the session on A', async () => {
      const user = await fixtures(t).user();
      const session = await signIn(a, a, user);
      assert.equal((await call(a, 'GET', '/api/auth/me', session)).statusCode, 200);
      const out = await call(b, 'POST', '/api/auth/logout', session);
      assert.equal(out.statusCode, 204, out.body);
      const meA = await call(a, 'GET', '/api/auth/me', session);
      assert.equal(meA.statusCode, 401);
      assert.equal((meA.json() as { error: string }).error, 'unauthorized');
      assert.equal((await call(b, 'GET', '/api/auth/me', session)).statusCode, 401);
      // Ending one of my sessions on A ends it on B too.
      const other = await fixtures(t).user();
      const s1 = await signIn(a, b, other);
      const s2 = await sessionFor(t, other.id);
      const list = (await call(b, 'GET', '/api/auth/sessions', s2)).json() as { items: Array<{ id: string; current: boolean }> };
      const target = list.items.find((s) => !s.current);
      assert.ok(target);
      assert.equal((await call(a, 'DELETE', `/api/auth/sessions/${target.id}`, s2)).statusCode, 204);
      assert.equal((await call(b, 'GET', '/api/auth/me', s1)).statusCode, 401);
      assert.equal((await call(b, 'GET', '/api/auth/me', s2)).statusCode, 200);
    });

    it('failed sign-ins on A and B add up to one lockout, seen by both', async () => {
      const user = await fixtures(t).user();
      const wrong = 'Fout-Wachtwoord-1';
      const limit = t.config.lockout.maxUserFailures;
      assert.equal(limit, 5);
      for (const app of Array.from({ length: limit - 1 }, (_, i) => (i % 2 === 0 ? a : b))) {
        const res = await password(app, user.username, wrong);
        assert.equal(res.statusCode, 401, res.body);
        assert.equal((res.json() as { error: string }).error, 'invalid_credentials');
      }
      // Four failures, two on each instance, do not lock: the right password still passes the first step.
      const stillOpen = await password(b, user.username);
      assert.equal(stillOpen.statusCode, 200, stillOpen.body);
      // The fifth failure, on either instance, does.
      assert.equal((await password(a, user.username.toUpperCase(), wrong)).statusCode, 401);
      for (const app of [a, b]) {
        const res = await password(app, user.username);
        assert.equal(res.statusCode, 429, res.body);
        const body = res.json() as { error: string; message: string; retryAfterSeconds: number };
        assert.equal(body.error, 'locked');
        assert.equal(typeof body.message, 'string');
        assert.match(body.message, /Te veel mislukte pogingen/);
        assert.equal(typeof body.retryAfterSeconds, 'number');
        assert.ok(body.retryAfterSeconds > 0 && body.retryAfterSeconds <= t.config.lockout.lockMinutes * 60, `retryAfterSeconds ${body.retryAfterSeconds}`);
        assert.equal(res.headers['retry-after'], String(body.retryAfterSeconds));
        assert.equal(res.cookies.find((c) => c.name === 'samenspel_session'), undefined);
      }
      const en = await b.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: testPassword }, headers: { 'accept-language': 'en' } });
      assert.equal(en.statusCode, 429);
      assert.match((en.json() as { message: string }).message, /Too many failed attempts/);
      const row = await t.database.db.selectFrom('auth_throttle').select(['failures', 'locked_until']).where('key', '=', `user:${user.username}`).executeTakeFirstOrThrow();
      assert.equal(row.failures, limit);
      assert.ok(row.locked_until && row.locked_until.getTime() > Date.now());
      // The lock is per user: another user from the same address still signs in.
      const other = await fixtures(t).user();
      assert.equal((await password(b, other.username)).statusCode, 200);
    });

    it('a TOTP code accepted on A is refused on B (each code once)', async () => {
      const user = await fixtures(t).user();
      const loginA = await password(a, user.username);
      const loginB = await password(b, user.username);
      const pendingA = { cookie: cookieOf(loginA), csrfToken: (loginA.json() as { csrfToken: string }).csrfToken };
      const pendingB = { cookie: cookieOf(loginB), csrfToken: (loginB.json() as { csrfToken: string }).csrfToken };
      const code = await freshCode(user.id, user.totpSecret!);
      const onA = await call(a, 'POST', '/api/auth/totp', pendingA, { code });
      assert.equal(onA.statusCode, 200, onA.body);
      const onB = await call(b, 'POST', '/api/auth/totp', pendingB, { code });
      assert.equal(onB.statusCode, 400, onB.body);
      assert.equal((onB.json() as { error: string }).error, 'invalid_code');
      assert.equal(onB.cookies.find((c) => c.name === 'samenspel_session'), undefined);
      assert.equal(((await call(b, 'GET', '/api/auth/me', pendingB)).json() as { stage: string }).stage, 'totp');
      // A later code works on B.
      const next = await call(b, 'POST', '/api/auth/totp', pendingB, { code: await freshCode(user.id, user.totpSecret!) });
      assert.equal(next.statusCode, 200, next.body);
      const reasons = await t.database.db.selectFrom('processing_log').select(['name', 'outcome', 'attributes'])
        .where('data_subject_id', '=', user.id).where('name', '=', 'auth.totp').orderBy('seq').execute();
      assert.deepEqual(reasons.map((r) => r.outcome), ['allowed', 'denied', 'allowed']);
      assert.equal((reasons[1]!.attributes as { reason: string }).reason, 'code_reused');
    });

    it('the same code sent to A and B at the same time is accepted exactly once', async () => {
      const user = await fixtures(t).user();
      const pending: Session[] = [];
      for (const app of [a, b]) {
        const login = await password(app, user.username);
        pending.push({ cookie: cookieOf(login), csrfToken: (login.json() as { csrfToken: string }).csrfToken });
      }
      const code = await freshCode(user.id, user.totpSecret!);
      const answers = await Promise.all([call(a, 'POST', '/api/auth/totp', pending[0], { code }), call(b, 'POST', '/api/auth/totp', pending[1], { code })]);
      assert.deepEqual(answers.map((r) => r.statusCode).sort(), [200, 400], answers.map((r) => r.body).join(' | '));
    });

    it('administrative changes on A take effect on B at once', async () => {
      const f = fixtures(t);
      const admin = await f.user({ systemRoles: ['administrator'] });
      const user = await f.user({ teams: [[teamId, 'member']] });
      const adminSession = await signIn(a, b, admin);
      const userSession = await signIn(b, a, user);
      const teamsOnB = async () => ((await call(b, 'GET', '/api/auth/me', userSession)).json() as { user: { teams: Array<{ id: string }> } }).user.teams.map((x) => x.id);
      assert.deepEqual(await teamsOnB(), [teamId]);
      // A new team membership granted on A shows on B.
      const team2 = (await call(a, 'POST', '/api/teams', adminSession, { municipalityId, name: 'Team Twee Instanties', kind: 'intake' })).json() as { id: string };
      const join = await call(a, 'POST', `/api/teams/${team2.id}/members`, adminSession, { userId: user.id, role: 'member' });
      assert.equal(join.statusCode, 201, join.body);
      assert.deepEqual((await teamsOnB()).sort(), [teamId, team2.id].sort());
      // Disabling the user on A ends the session on B.
      assert.equal((await call(a, 'PATCH', `/api/users/${user.id}`, adminSession, { disabled: true })).statusCode, 200);
      assert.equal((await call(b, 'GET', '/api/auth/me', userSession)).statusCode, 401);
      assert.equal((await password(b, user.username)).statusCode, 401);
    });
  });
}
