import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { timeStep, totpCode } from '../../src/auth/totp.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, signIn, testPassword, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const cookieOf = (res: { cookies: Array<{ name: string; value: string }> }) => {
  const c = res.cookies.find((x) => x.name === 'samenspel_session');
  return c ? `samenspel_session=${c.value}` : undefined;
};

for (const engine of testEngines()) {
  describe(`sign-in (${engine})`, () => {
    let t: TestApp;
    let f: ReturnType<typeof fixtures>;
    before(async () => { t = await createTestApp(engine); f = fixtures(t); });
    after(() => t.close());

    const login = (username: string, password = testPassword, ip = '10.0.0.1') =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });

    it('enrols TOTP at first sign-in, with a QR code, then rotates the session token', async () => {
      const user = await f.user({ enrolled: false });
      const first = await login(user.username);
      assert.equal(first.statusCode, 200);
      assert.equal(first.json().stage, 'totp_enrolment');
      const cookie = cookieOf(first)!;
      const c = first.cookies.find((x) => x.name === 'samenspel_session')!;
      assert.equal(c.httpOnly, true);
      assert.equal(c.sameSite, 'Strict');
      // Not yet signed in: staff routes refuse.
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/persons?q=ab', headers: { cookie } })).statusCode, 401);
      const enrolment = await t.app.inject({ method: 'GET', url: '/api/auth/totp/enrolment', headers: { cookie } });
      const { secret, otpauthUri, qrSvg } = enrolment.json() as { secret: string; otpauthUri: string; qrSvg: string };
      assert.match(secret, /^[A-Z2-7]{32}$/);
      assert.ok(otpauthUri.includes(secret));
      assert.match(qrSvg, /^<svg[\s\S]*<\/svg>\s*$/);
      const same = (await t.app.inject({ method: 'GET', url: '/api/auth/totp/enrolment', headers: { cookie } })).json() as { secret: string };
      assert.equal(same.secret, secret, 'a reload shows the same secret');

      const csrf = first.json().csrfToken as string;
      const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/totp/enrol', payload: { code: totpCode(secret, new Date(Date.now() - 300_000)) }, headers: { cookie, 'x-csrf-token': csrf } });
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().error, 'invalid_code');
      const done = await t.app.inject({ method: 'POST', url: '/api/auth/totp/enrol', payload: { code: totpCode(secret) }, headers: { cookie, 'x-csrf-token': csrf } });
      assert.equal(done.statusCode, 200, done.body);
      const newCookie = cookieOf(done)!;
      assert.notEqual(newCookie, cookie, 'a new token at sign-in');
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode, 401, 'the old token is dead');
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: newCookie } });
      assert.equal(me.json().stage, 'complete');
      const stored = await t.database.db.selectFrom('app_user').select(['totp_secret_encrypted', 'totp_pending_encrypted']).where('id', '=', user.id).executeTakeFirstOrThrow();
      assert.ok(stored.totp_secret_encrypted && !stored.totp_secret_encrypted.includes(secret), 'the secret is stored encrypted');
      assert.equal(stored.totp_pending_encrypted, null);
    });

    it('each TOTP code works once', async () => {
      const user = await f.user();
      const code = totpCode(user.totpSecret!);
      const a = await login(user.username);
      const okay = await t.app.inject({ method: 'POST', url: '/api/auth/totp', payload: { code }, headers: { cookie: cookieOf(a)!, 'x-csrf-token': a.json().csrfToken } });
      assert.equal(okay.statusCode, 200);
      const b = await login(user.username);
      const replay = await t.app.inject({ method: 'POST', url: '/api/auth/totp', payload: { code }, headers: { cookie: cookieOf(b)!, 'x-csrf-token': b.json().csrfToken } });
      assert.equal(replay.statusCode, 400);
      assert.match(replay.json().message, /al gebruikt/);
      const stepNow = timeStep();
      const row = await t.database.db.selectFrom('app_user').select('totp_last_step').where('id', '=', user.id).executeTakeFirstOrThrow();
      assert.ok(Math.abs(Number(row.totp_last_step) - stepNow) <= 1);
    });

    it('refuses wrong passwords alike for unknown users, and locks after five failures', async () => {
      const user = await f.user();
      const unknown = await login('niemand-bekend');
      const wrong = await login(user.username, 'niet-het-goede-wachtwoord');
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.json().message, wrong.json().message);
      for (let i = 0; i < 4; i++) await login(user.username, 'niet-het-goede-wachtwoord');
      const locked = await login(user.username); // even the right password
      assert.equal(locked.statusCode, 429);
      assert.ok(locked.json().retryAfterSeconds > 0 && locked.json().retryAfterSeconds <= 15 * 60);
      assert.equal(locked.headers['retry-after'], String(locked.json().retryAfterSeconds));
      assert.match(locked.json().message, /Probeer het over \d+ minuten opnieuw/);
      // The lockout lives in the database, shared by all instances.
      const row = await t.database.db.selectFrom('auth_throttle').selectAll().where('key', '=', `user:${user.username}`).executeTakeFirstOrThrow();
      assert.ok(row.locked_until && row.locked_until.getTime() > Date.now());
      await t.database.db.updateTable('auth_throttle').set({ locked_until: new Date(Date.now() - 1000), window_start: new Date(Date.now() - 3600_000) }).where('key', '=', `user:${user.username}`).execute();
      assert.equal((await login(user.username)).statusCode, 200, 'after the lock expires the right password works');
    });

    it('throttles one address that tries many usernames', async () => {
      const ip = '10.9.9.9';
      let last;
      for (let i = 0; i < 50; i++) last = await login(`onbekend${i}`, 'fout-wachtwoord-1', ip);
      assert.equal(last!.statusCode, 401);
      const user = await f.user();
      assert.equal((await login(user.username, testPassword, ip)).statusCode, 429);
      assert.equal((await login(user.username, testPassword, '10.9.9.10')).statusCode, 200);
    });

    it('logs every authentication event', async () => {
      const user = await f.user();
      const from = await lastSeq(t.database.db);
      await login(user.username, 'fout-wachtwoord-2');
      const session = await signIn(t, user);
      await api(t, session).post('/api/auth/logout');
      const entries = (await logEntriesSince(t.database.db, from)).filter((e) => e.data_subject_id === user.id);
      assert.deepEqual(entries.map((e) => [e.name, e.outcome]), [
        ['auth.login', 'denied'], ['auth.password', 'allowed'], ['auth.totp', 'allowed'], ['auth.logout', 'allowed'],
      ]);
      assert.ok(entries.every((e) => e.processing_activity_id === 'authentication' && e.data_subject_id_type === 'samenspel_user_id'));
      assert.equal(entries[0]!.attributes.reason, 'wrong_password');
    });

    it('lists and ends sessions; an administrator ends anyone’s', async () => {
      const user = await f.user();
      const admin = await f.user({ systemRoles: ['administrator'] });
      const s1 = await signIn(t, user);
      await new Promise((r) => setTimeout(r, 10));
      await t.database.db.updateTable('app_user').set({ totp_last_step: null }).where('id', '=', user.id).execute();
      const s2 = await signIn(t, user);
      const list = await api(t, s1).get('/api/auth/sessions');
      const items = list.json().items as Array<{ id: string; current: boolean }>;
      assert.equal(items.length, 2);
      assert.equal(items.filter((s) => s.current).length, 1);
      const other = items.find((s) => !s.current)!;
      assert.equal((await api(t, s1).delete(`/api/auth/sessions/${other.id}`)).statusCode, 204);
      assert.equal((await api(t, s2).get('/api/auth/me')).statusCode, 401, 'the ended session is gone');
      assert.equal((await api(t, s1).get('/api/auth/me')).statusCode, 200);
      // Someone else's session cannot be ended by id.
      const a = await signIn(t, admin);
      const adminSessions = (await api(t, a).get('/api/auth/sessions')).json().items as Array<{ id: string }>;
      assert.equal((await api(t, s1).delete(`/api/auth/sessions/${adminSessions[0]!.id}`)).statusCode, 404);
      const ended = await api(t, a).post(`/api/users/${user.id}/end-sessions`);
      assert.equal(ended.statusCode, 200);
      assert.equal(ended.json().ended, 1);
      assert.equal((await api(t, s1).get('/api/auth/me')).statusCode, 401);
    });

    it('ends a session after 30 idle minutes and after 12 hours in all', async () => {
      const user = await f.user();
      const s = await signIn(t, user);
      await sql`UPDATE auth_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = ${user.id}::uuid`.execute(t.database.db);
      assert.equal((await api(t, s).get('/api/auth/me')).statusCode, 401);
      const reason = await t.database.db.selectFrom('auth_session').select('ended_reason').where('user_id', '=', user.id).executeTakeFirstOrThrow();
      assert.equal(reason.ended_reason, 'idle_timeout');
      const expiry = await t.database.db.selectFrom('processing_log').select(['name', 'attributes']).where('data_subject_id', '=', user.id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
      assert.deepEqual([expiry.name, expiry.attributes.reason], ['auth.session_expired', 'idle_timeout'], 'the time-out is an authentication event on record');

      await t.database.db.updateTable('app_user').set({ totp_last_step: null }).where('id', '=', user.id).execute();
      const s2 = await signIn(t, user);
      await sql`UPDATE auth_session SET last_seen_at = now() - interval '29 minutes' WHERE user_id = ${user.id}::uuid AND ended_at IS NULL`.execute(t.database.db);
      assert.equal((await api(t, s2).get('/api/auth/me')).statusCode, 200, '29 idle minutes are fine');
      await sql`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE user_id = ${user.id}::uuid AND ended_at IS NULL`.execute(t.database.db);
      assert.equal((await api(t, s2).get('/api/auth/me')).statusCode, 401);
      const created = await t.database.db.selectFrom('auth_session').select(['created_at', 'expires_at', 'ended_reason']).where('user_id', '=', user.id).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
      assert.equal(created.ended_reason, 'absolute_timeout');
    });

    it('complete sessions expire 12 hours after sign-in', async () => {
      const user = await f.user();
      await signIn(t, user);
      const s = await t.database.db.selectFrom('auth_session').select(['created_at', 'expires_at']).where('user_id', '=', user.id).executeTakeFirstOrThrow();
      const hours = (s.expires_at.getTime() - s.created_at.getTime()) / 3600_000;
      assert.ok(Math.abs(hours - 12) < 0.01, `${hours} h`);
    });

    it('refuses writes without the CSRF token or from another origin', async () => {
      const user = await f.user({ systemRoles: ['administrator'] });
      const s = await signIn(t, user);
      const noToken = await t.app.inject({ method: 'POST', url: '/api/municipalities', payload: { name: 'Zonder token' }, headers: { cookie: s.cookie } });
      assert.equal(noToken.statusCode, 403);
      assert.equal(noToken.json().error, 'csrf_token_invalid');
      const badToken = await t.app.inject({ method: 'POST', url: '/api/municipalities', payload: { name: 'Fout token' }, headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(32) } });
      assert.equal(badToken.statusCode, 403);
      const foreign = await t.app.inject({ method: 'POST', url: '/api/municipalities', payload: { name: 'Ander domein' }, headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, origin: 'https://evil.example' } });
      assert.equal(foreign.statusCode, 403);
      assert.equal(foreign.json().error, 'origin_refused');
      const good = await t.app.inject({ method: 'POST', url: '/api/municipalities', payload: { name: `Met token ${user.id.slice(0, 6)}` }, headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken } });
      assert.equal(good.statusCode, 201, good.body);
    });

    it('sends security headers', async () => {
      const r = await t.app.inject({ method: 'GET', url: '/api/health' });
      assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
      assert.match(String(r.headers['content-security-policy']), /frame-ancestors 'none'/);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal(r.headers['referrer-policy'], 'no-referrer');
      assert.equal(r.headers['cache-control'], 'no-store');
    });
  });
}
