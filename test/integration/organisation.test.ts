import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { allRoutes } from '../../src/server/app.ts';
import { api, createTestApp, fixtures, sessionFor, timeStep, totpCode, type Session, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';
import { validConfiguration } from '../support/configuration-fixture.ts';

interface ErrorBody { error: string; message: string; issues?: Array<{ path: string; message: string }> }
interface Me { stage: string; user: { id: string; username: string; systemRoles: string[]; teams: Array<{ id: string; name: string; role: string }> } }

const strongPassword = 'Zeer-Sterk-Wachtwoord-42';

function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'samenspel_session');
  assert.ok(c, `no session cookie: ${res.statusCode} ${res.body}`);
  return `samenspel_session=${c.value}`;
}

function errorOf(res: LightMyRequestResponse, status: number, what = ''): ErrorBody {
  assert.equal(res.statusCode, status, `${what}: ${res.body.slice(0, 300)}`);
  const body = res.json() as ErrorBody;
  assert.equal(typeof body.error, 'string');
  assert.equal(typeof body.message, 'string');
  assert.ok(body.message.length > 0);
  return body;
}

for (const engine of testEngines()) {
  describe(`Organisation management (${engine})`, () => {
    let t: TestApp;
    let admin: Session;
    let staff: Session;
    let municipalityId: string;
    let staffTeamId: string;
    let resident: { householdId: string; personId: string; bsn: string; familyName: string };

    /**
     * A TOTP code the server will accept now: the current or the next step (the server allows one
     * step of drift either way, so a clock tick in between does not matter), newer than the last
     * step this user used. Never waits for the clock; good for two sign-ins per user per 30 s.
     */
    async function freshCode(userId: string, secret: string): Promise<string> {
      const row = await t.database.db.selectFrom('app_user').select('totp_last_step').where('id', '=', userId).executeTakeFirstOrThrow();
      const last = row.totp_last_step === null ? -Infinity : Number(row.totp_last_step);
      const now = timeStep();
      const step = [now, now + 1].find((s) => s > last);
      assert.ok(step !== undefined, 'no unused TOTP step within the drift window');
      return totpCode(secret, new Date(step * 30_000 + 1000));
    }

    /** Real sign-in of a user created through the API: password, then enrolment of a second factor. Returns the secret too. */
    async function signInNew(username: string, password = strongPassword): Promise<{ session: Session; secret: string; userId: string }> {
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      assert.equal(login.statusCode, 200, login.body);
      assert.equal((login.json() as { stage: string }).stage, 'totp_enrolment');
      const cookie = cookieOf(login);
      const csrf = (login.json() as { csrfToken: string }).csrfToken;
      const enrolment = await t.app.inject({ method: 'GET', url: '/api/auth/totp/enrolment', headers: { cookie } });
      assert.equal(enrolment.statusCode, 200, enrolment.body);
      const secret = (enrolment.json() as { secret: string }).secret;
      const me = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json() as Me;
      const done = await t.app.inject({
        method: 'POST', url: '/api/auth/totp/enrol', payload: { code: await freshCode(me.user.id, secret) }, headers: { cookie, 'x-csrf-token': csrf },
      });
      assert.equal(done.statusCode, 200, done.body);
      return { session: { cookie: cookieOf(done), csrfToken: (done.json() as { csrfToken: string }).csrfToken }, secret, userId: me.user.id };
    }

    /** Real sign-in of an enrolled user: password, then a fresh TOTP code. */
    async function signInAgain(username: string, userId: string, secret: string): Promise<Session> {
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: strongPassword } });
      assert.equal(login.statusCode, 200, login.body);
      assert.equal((login.json() as { stage: string }).stage, 'totp');
      const cookie = cookieOf(login);
      const res = await t.app.inject({
        method: 'POST', url: '/api/auth/totp', payload: { code: await freshCode(userId, secret) },
        headers: { cookie, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken },
      });
      assert.equal(res.statusCode, 200, res.body);
      return { cookie: cookieOf(res), csrfToken: (res.json() as { csrfToken: string }).csrfToken };
    }

    const me = async (session: Session) => api(t, session).get('/api/auth/me');

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      municipalityId = await f.municipality();
      staffTeamId = await f.team(municipalityId);
      const adminUser = await f.user({ systemRoles: ['administrator'] });
      const staffUser = await f.user({ teams: [[staffTeamId, 'coordinator']], systemRoles: ['manager', 'privacy_officer'] });
      admin = await sessionFor(t, adminUser.id);
      staff = await sessionFor(t, staffUser.id);
      const h = await f.household(municipalityId, { openTeams: [staffTeamId], members: [{ familyName: 'Bewonersma' }] });
      resident = { householdId: h.id, personId: h.persons[0]!.id, bsn: h.persons[0]!.bsn, familyName: h.persons[0]!.familyName };
    });
    after(async () => {
      await t?.close();
    });

    it('an administrator creates a municipality, an organisation and a team with area and validity', async () => {
      const a = api(t, admin);
      const muni = await a.post('/api/municipalities', { name: 'Gemeente Zaanstreek', cbsCode: 'GM0479' });
      assert.equal(muni.statusCode, 201, muni.body);
      const m = muni.json() as { id: string; name: string; cbsCode: string };
      assert.deepEqual({ name: m.name, cbsCode: m.cbsCode }, { name: 'Gemeente Zaanstreek', cbsCode: 'GM0479' });
      assert.ok(((await a.get('/api/municipalities')).json() as { items: Array<{ id: string }> }).items.some((x) => x.id === m.id));
      errorOf(await a.post('/api/municipalities', { name: 'Gemeente Fout', cbsCode: '0479' }), 400, 'cbs code');

      const org = await a.post('/api/organisations', { name: 'Welzijn Zaanstreek', kind: 'welfare', municipalityId: m.id });
      assert.equal(org.statusCode, 201, org.body);
      assert.deepEqual(org.json(), { id: (org.json() as { id: string }).id, name: 'Welzijn Zaanstreek', kind: 'welfare', municipalityId: m.id });
      errorOf(await a.post('/api/organisations', { name: 'Raar', kind: 'church' }), 400, 'org kind');

      const team = await a.post('/api/teams', {
        municipalityId: m.id, name: 'Wijkteam Noord', kind: 'neighbourhood',
        areaPostcodes: ['1500-1509', '1520'], areaDistricts: ['Noord', 'Oud-Noord'], validFrom: '2024-01-01', validUntil: '2030-12-31',
      });
      assert.equal(team.statusCode, 201, team.body);
      const created = team.json() as Record<string, unknown> & { id: string };
      assert.deepEqual(created, {
        id: created.id, municipalityId: m.id, name: 'Wijkteam Noord', kind: 'neighbourhood',
        areaPostcodes: ['1500-1509', '1520'], areaDistricts: ['Noord', 'Oud-Noord'], validFrom: '2024-01-01', validUntil: '2030-12-31',
      });
      assert.deepEqual((await a.get(`/api/teams/${created.id}`)).json(), created);
      const listed = (await a.get(`/api/teams?municipalityId=${m.id}`)).json() as { items: Array<{ id: string }> };
      assert.deepEqual(listed.items.map((x) => x.id), [created.id]);

      for (const area of ['15', '1500-15', 'abcd', '1500 - 1509']) {
        const bad = errorOf(await a.post('/api/teams', { municipalityId: m.id, name: `Team ${area}`, kind: 'neighbourhood', areaPostcodes: [area] }), 400, area);
        assert.ok(bad.issues?.some((i) => i.path === 'body.areaPostcodes.0'), area);
      }
      // A team without dates starts today and has no end.
      const plain = await a.post('/api/teams', { municipalityId: m.id, name: 'Centraal Meldpunt', kind: 'central_hub' });
      assert.equal(plain.statusCode, 201, plain.body);
      const p = plain.json() as { validFrom: string; validUntil: string | null; areaPostcodes: string[] };
      assert.match(p.validFrom, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(p.validUntil, null);
      assert.deepEqual(p.areaPostcodes, []);

      const changed = await a.patch(`/api/teams/${created.id}`, { kind: 'youth_family', areaDistricts: ['Noord'] });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal((changed.json() as { kind: string }).kind, 'youth_family');
      assert.deepEqual((changed.json() as { areaPostcodes: string[] }).areaPostcodes, ['1500-1509', '1520']);
    });

    it('a team whose validUntil lies before validFrom → 400', async () => {
      const a = api(t, admin);
      const bad = errorOf(await a.post('/api/teams', { municipalityId, name: 'Team Terug', kind: 'other', validFrom: '2025-06-01', validUntil: '2025-05-31' }), 400);
      assert.equal(bad.error, 'validation_error');
      assert.match(bad.message, /einddatum ligt vóór de begindatum/i);
      assert.ok(bad.issues?.some((i) => i.path === 'body.validUntil'));
      // The same day is fine.
      const sameDay = await a.post('/api/teams', { municipalityId, name: 'Team Eendaags', kind: 'other', validFrom: '2025-06-01', validUntil: '2025-06-01' });
      assert.equal(sameDay.statusCode, 201, sameDay.body);
      // A change that puts the end before the (stored) start is refused too.
      const id = (sameDay.json() as { id: string }).id;
      errorOf(await a.patch(`/api/teams/${id}`, { validUntil: '2025-01-01' }), 400, 'patch until');
      errorOf(await a.patch(`/api/teams/${id}`, { validFrom: '2025-07-01' }), 400, 'patch from');
      const en = await t.app.inject({ method: 'PATCH', url: `/api/teams/${id}`, payload: { validFrom: '2025-07-01' }, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'accept-language': 'en' } });
      assert.match(errorOf(en, 400).message, /end date is before the start date/);
      const team = (await a.get(`/api/teams/${id}`)).json() as { validFrom: string; validUntil: string };
      assert.deepEqual([team.validFrom, team.validUntil], ['2025-06-01', '2025-06-01']);
      // A membership with its end before its start is refused as well.
      const u = await fixtures(t).user();
      errorOf(await a.post(`/api/teams/${id}/members`, { userId: u.id, role: 'member', validFrom: '2025-06-02', validUntil: '2025-06-01' }), 400, 'membership');
    });

    it('a duplicate team name in one municipality → 409 with a message; the same name elsewhere is fine', async () => {
      const a = api(t, admin);
      const first = await a.post('/api/teams', { municipalityId, name: 'Wijkteam Zuid', kind: 'neighbourhood' });
      assert.equal(first.statusCode, 201, first.body);
      const dup = errorOf(await a.post('/api/teams', { municipalityId, name: 'Wijkteam Zuid', kind: 'escalation' }), 409, 'duplicate');
      assert.match(dup.message, /bestaat al/);
      const dupEn = await t.app.inject({ method: 'POST', url: '/api/teams', payload: { municipalityId, name: '  Wijkteam Zuid ', kind: 'other' }, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'accept-language': 'en' } });
      assert.match(errorOf(dupEn, 409).message, /already exists/);
      const other = (await a.post('/api/municipalities', { name: 'Gemeente Elders' })).json() as { id: string };
      assert.equal((await a.post('/api/teams', { municipalityId: other.id, name: 'Wijkteam Zuid', kind: 'neighbourhood' })).statusCode, 201);
      // Renaming a team onto an existing name is refused the same way.
      const second = (await a.post('/api/teams', { municipalityId, name: 'Wijkteam West', kind: 'neighbourhood' })).json() as { id: string };
      errorOf(await a.patch(`/api/teams/${second.id}`, { name: 'Wijkteam Zuid' }), 409, 'rename');
      // Duplicate municipality, organisation and user names are 409s too.
      errorOf(await a.post('/api/municipalities', { name: 'Gemeente Elders' }), 409, 'municipality');
      assert.equal((await a.post('/api/organisations', { name: 'Org Dubbel', kind: 'care' })).statusCode, 201);
      errorOf(await a.post('/api/organisations', { name: 'Org Dubbel', kind: 'care' }), 409, 'organisation');
      assert.equal((await a.post('/api/users', { username: 'dubbel', displayName: 'Dubbel', password: strongPassword })).statusCode, 201);
      errorOf(await a.post('/api/users', { username: 'DUBBEL', displayName: 'Dubbel 2', password: strongPassword }), 409, 'username');
      const count = await t.database.db.selectFrom('team').select('id').where('municipality_id', '=', municipalityId).where('name', '=', 'Wijkteam Zuid').execute();
      assert.equal(count.length, 1);
    });

    it('password rules: too short, on the common list, or containing the username → 400', async () => {
      const a = api(t, admin);
      const create = (username: string, password: string, lang?: string) => t.app.inject({
        method: 'POST', url: '/api/users', payload: { username, displayName: 'Piet Wachtwoord', password },
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, ...(lang ? { 'accept-language': lang } : {}) },
      });
      const short = errorOf(await create('piet.kort', 'Kort-1!'), 400, 'short');
      assert.match(short.message, /minstens 8 tekens/);
      assert.ok(short.issues?.some((i) => i.path === 'body.password'));
      errorOf(await create('piet.kort', ''), 400, 'empty');
      for (const common of ['welkom123', 'password1', 'PASSWORD1', 'Wachtwoord123']) {
        const body = errorOf(await create('piet.gewoon', common), 400, common);
        assert.match(body.message, /veelgebruikte, gelekte wachtwoorden/, common);
        assert.ok(body.issues?.some((i) => i.path === 'body.password'), common);
      }
      assert.match(errorOf(await create('piet.gewoon', 'welkom123', 'en'), 400).message, /common breached password/);
      const withName = errorOf(await create('pietjansen', 'xx-PietJansen-2024'), 400, 'username');
      assert.match(withName.message, /gebruikersnaam/);
      assert.match(errorOf(await create('pietjansen', 'pietjansen!!', 'en'), 400).message, /must not contain the username/);
      errorOf(await create('piet.herhaal', 'aaaaaaaaaaaa'), 400, 'repeated');
      // None of them was created.
      const users = (await a.get('/api/users')).json() as { items: Array<{ username: string }> };
      assert.deepEqual(users.items.filter((u) => u.username.startsWith('piet')), []);
      // The same rules apply when an administrator sets a new password.
      const ok = await create('piet.goed', strongPassword);
      assert.equal(ok.statusCode, 201, ok.body);
      const id = (ok.json() as { id: string }).id;
      assert.match(errorOf(await a.patch(`/api/users/${id}`, { password: 'welkom123' }), 400).message, /gelekte/);
      assert.match(errorOf(await a.patch(`/api/users/${id}`, { password: 'kort' }), 400).message, /minstens 8/);
      assert.match(errorOf(await a.patch(`/api/users/${id}`, { password: 'ik-ben-piet.goed' }), 400).message, /gebruikersnaam/);
      assert.equal((await a.patch(`/api/users/${id}`, { password: 'Een-Ander-Sterk-Wachtwoord-7' })).statusCode, 200);
    });

    it('create a user, add memberships, list them; ending a membership removes the team from /api/auth/me', async () => {
      const a = api(t, admin);
      const teamA = (await a.post('/api/teams', { municipalityId, name: 'Team Lidmaatschap A', kind: 'neighbourhood' })).json() as { id: string; name: string };
      const teamB = (await a.post('/api/teams', { municipalityId, name: 'Team Lidmaatschap B', kind: 'work_participation', validFrom: '2020-01-01' })).json() as { id: string; name: string };
      const res = await a.post('/api/users', {
        username: 'Fleur.DeVries', displayName: 'Fleur de Vries', email: 'fleur@example.org', discipline: 'Maatschappelijk werk', profile: 't_shaped', password: strongPassword,
      });
      assert.equal(res.statusCode, 201, res.body);
      const user = res.json() as Record<string, unknown> & { id: string };
      assert.equal(user.username, 'fleur.devries');
      assert.equal(user.totpEnrolled, false);
      assert.equal(user.disabled, false);
      assert.deepEqual(user.systemRoles, []);
      assert.ok(!Object.keys(user).some((k) => /password|totp_secret|hash/i.test(k)), `secret fields in ${Object.keys(user)}`);
      const listed = (await a.get('/api/users')).json() as { items: Array<Record<string, unknown>> };
      assert.ok(listed.items.some((u) => u.id === user.id));
      assert.ok(listed.items.every((u) => !Object.keys(u).some((k) => /password|hash|secret/i.test(k))));
      assert.deepEqual((await a.get(`/api/users/${user.id}`)).json(), user);

      const joinA = await a.post(`/api/teams/${teamA.id}/members`, { userId: user.id, role: 'member' });
      assert.equal(joinA.statusCode, 201, joinA.body);
      const joinB = await a.post(`/api/teams/${teamB.id}/members`, { userId: user.id, role: 'coordinator', validFrom: '2024-01-01' });
      assert.equal(joinB.statusCode, 201, joinB.body);
      const membershipA = (joinA.json() as { id: string }).id;
      const membershipB = (joinB.json() as { id: string }).id;
      const membersA = (await a.get(`/api/teams/${teamA.id}/members`)).json() as { items: Array<{ id: string; userId: string; role: string; validUntil: string | null }> };
      assert.deepEqual(membersA.items.map((m) => [m.id, m.userId, m.role, m.validUntil]), [[membershipA, user.id, 'member', null]]);
      errorOf(await a.post(`/api/teams/${teamA.id}/members`, { userId: randomUUID(), role: 'member' }), 422, 'unknown user');
      errorOf(await a.post(`/api/teams/${randomUUID()}/members`, { userId: user.id, role: 'member' }), 404, 'unknown team');

      const first = await signInNew('fleur.devries');
      const meBefore = (await me(first.session)).json() as Me;
      assert.equal(meBefore.stage, 'complete');
      assert.deepEqual(meBefore.user.teams.map((x) => [x.id, x.role]).sort(), [[teamA.id, 'member'], [teamB.id, 'coordinator']].sort());
      assert.equal(((await a.get(`/api/users/${user.id}`)).json() as { totpEnrolled: boolean }).totpEnrolled, true);

      // Team A's membership began today: ending it removes it. Team B's began earlier: it ends yesterday and stays as history.
      assert.equal((await a.delete(`/api/teams/${teamA.id}/members/${membershipA}`)).statusCode, 204);
      assert.equal((await a.delete(`/api/teams/${teamB.id}/members/${membershipB}`)).statusCode, 204);
      const historyB = (await a.get(`/api/teams/${teamB.id}/members`)).json() as { items: Array<{ id: string; validUntil: string | null }> };
      const ended = historyB.items.find((m) => m.id === membershipB);
      assert.ok(ended, 'the ended membership is kept as history');
      const yesterday = (await sql<{ d: string }>`SELECT (current_date - 1)::text AS d`.execute(t.database.db)).rows[0]!.d;
      assert.equal(ended.validUntil, yesterday);
      assert.ok(!((await a.get(`/api/teams/${teamA.id}/members`)).json() as { items: Array<{ id: string }> }).items.some((m) => m.id === membershipA));
      errorOf(await a.delete(`/api/teams/${teamB.id}/members/${membershipB}`), 404, 'second end');
      errorOf(await a.delete(`/api/teams/${teamA.id}/members/${membershipB}`), 404, 'wrong team');

      const second = await signInAgain('fleur.devries', first.userId, first.secret);
      assert.notEqual(second.cookie, first.session.cookie);
      const meAfter = (await me(second)).json() as Me;
      assert.deepEqual(meAfter.user.teams, []);
      // The older session loses the teams at once as well.
      assert.deepEqual(((await me(first.session)).json() as Me).user.teams, []);
    });

    it('disabling a user ends their sessions and refuses sign-in; enabling lets them back in', async () => {
      const a = api(t, admin);
      const created = await a.post('/api/users', { username: 'sanne.uit', displayName: 'Sanne Uit', password: strongPassword });
      assert.equal(created.statusCode, 201, created.body);
      const { session, secret, userId } = await signInNew('sanne.uit');
      const spare = await sessionFor(t, userId);
      assert.equal((await me(session)).statusCode, 200);
      const sessions = (await a.get(`/api/users/${userId}/sessions`)).json() as { items: unknown[] };
      assert.equal(sessions.items.length, 2);

      const disabled = await a.patch(`/api/users/${userId}`, { disabled: true });
      assert.equal(disabled.statusCode, 200, disabled.body);
      assert.equal((disabled.json() as { disabled: boolean }).disabled, true);
      errorOf(await me(session), 401, 'old session');
      errorOf(await me(spare), 401, 'spare session');
      assert.deepEqual(((await a.get(`/api/users/${userId}/sessions`)).json() as { items: unknown[] }).items, []);
      const ended = await t.database.db.selectFrom('auth_session').select(['ended_at', 'ended_reason']).where('user_id', '=', userId).execute();
      assert.equal(ended.length, 2);
      assert.ok(ended.every((s) => s.ended_at !== null && s.ended_reason === 'user_disabled'));

      const refused = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'sanne.uit', password: strongPassword } });
      assert.equal(errorOf(refused, 401, 'login').error, 'invalid_credentials');
      assert.equal(refused.cookies.find((c) => c.name === 'samenspel_session'), undefined);
      // A session made for a disabled user (as if it slipped through) does not work either.
      errorOf(await me(await sessionFor(t, userId)), 401, 'new session');

      assert.equal((await a.patch(`/api/users/${userId}`, { disabled: false })).statusCode, 200);
      const back = await signInAgain('sanne.uit', userId, secret);
      assert.equal((await me(back)).statusCode, 200);
    });

    it('an administrator ends all sessions of a user', async () => {
      const a = api(t, admin);
      const u = await fixtures(t).user();
      const s1 = await sessionFor(t, u.id);
      const s2 = await sessionFor(t, u.id);
      const res = await a.post(`/api/users/${u.id}/end-sessions`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { ended: 2 });
      errorOf(await me(s1), 401);
      errorOf(await me(s2), 401);
      errorOf(await a.post(`/api/users/${randomUUID()}/end-sessions`), 404);
    });

    it('a non-administrator gets 403 on every administrator route, and nothing changes', async () => {
      const victim = await fixtures(t).user();
      const victimSession = await sessionFor(t, victim.id);
      const m = await t.database.db.selectFrom('team_membership').select(['id', 'team_id']).where('team_id', '=', staffTeamId).executeTakeFirstOrThrow();
      const org = (await api(t, admin).post('/api/organisations', { name: 'Org Voor 403', kind: 'other' })).json() as { id: string };
      const instrument = {
        key: 'stiekem', name: 'Stiekem instrument', kind: 'coaching', law: 'participatiewet', provider: { name: 'Aanbieder' },
        cost: { unit: 'free' }, capacity: {}, request: { how: 'Via de klantmanager', decidedBy: 'Klantmanager' }, criteria: [], validFrom: '2024-01-01',
      };
      const configuration = { validFrom: new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10), configuration: validConfiguration() };
      const someId = randomUUID();
      const calls: Array<['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', string, object | undefined]> = [
        ['POST', '/api/municipalities', { name: 'Gemeente Stiekem' }],
        ['PATCH', `/api/municipalities/${municipalityId}`, { name: 'Gemeente Hernoemd' }],
        ['POST', '/api/organisations', { name: 'Org Stiekem', kind: 'care' }],
        ['PATCH', `/api/organisations/${org.id}`, { name: 'Org Hernoemd' }],
        ['POST', '/api/teams', { municipalityId, name: 'Team Stiekem', kind: 'other' }],
        ['PATCH', `/api/teams/${staffTeamId}`, { name: 'Team Hernoemd' }],
        ['POST', `/api/teams/${staffTeamId}/members`, { userId: victim.id, role: 'coordinator' }],
        ['PATCH', `/api/teams/${m.team_id}/members/${m.id}`, { professionalRole: 'enforcement_officer' }],
        ['DELETE', `/api/teams/${m.team_id}/members/${m.id}`, undefined],
        ['GET', '/api/users', undefined],
        ['POST', '/api/users', { username: 'stiekem', displayName: 'Stiekem', password: strongPassword, systemRoles: ['administrator'] }],
        ['GET', `/api/users/${victim.id}`, undefined],
        ['PATCH', `/api/users/${victim.id}`, { systemRoles: ['administrator'] }],
        ['PATCH', `/api/users/${victim.id}`, { disabled: true }],
        ['GET', `/api/users/${victim.id}/sessions`, undefined],
        ['POST', `/api/users/${victim.id}/end-sessions`, undefined],
        ['POST', `/api/municipalities/${municipalityId}/configurations`, configuration],
        ['PUT', `/api/municipalities/${municipalityId}/configurations/${someId}`, configuration],
        ['DELETE', `/api/municipalities/${municipalityId}/configurations/${someId}`, undefined],
        ['POST', `/api/municipalities/${municipalityId}/catalogue`, instrument],
        ['PUT', `/api/catalogue/${someId}`, instrument],
        ['DELETE', `/api/catalogue/${someId}`, undefined],
        ['POST', `/api/municipalities/${municipalityId}/catalogue/import`, { instruments: [instrument] }],
        ['POST', `/api/municipalities/${municipalityId}/configurations/preset`, { preset: 'zaanstad', validFrom: configuration.validFrom }],
      ];
      // Every route documented as "(administrator)" is in the list above.
      const adminRoutes = allRoutes().filter((r) => /\(administrator\)/.test(r.summary)).map((r) => `${r.method} ${r.url}`);
      const covered = new Set(calls.map(([method, url]) => `${method} ${url
        .replace(`configurations/${someId}`, 'configurations/:versionId').replace(`catalogue/${someId}`, 'catalogue/:id').replace(municipalityId, ':id').replace(org.id, ':id').replace(victim.id, ':id').replace(`${m.team_id}/members/${m.id}`, ':id/members/:membershipId').replace(staffTeamId, ':id')}`));
      assert.deepEqual(adminRoutes.filter((r) => !covered.has(r)), []);

      const snapshot = async () => JSON.stringify(await Promise.all([
        t.database.db.selectFrom('municipality').selectAll().orderBy('id').execute(),
        t.database.db.selectFrom('organisation').selectAll().orderBy('id').execute(),
        t.database.db.selectFrom('team').selectAll().orderBy('id').execute(),
        t.database.db.selectFrom('team_membership').selectAll().orderBy('id').execute(),
        t.database.db.selectFrom('app_user').select(['id', 'username', 'system_roles', 'disabled_at']).orderBy('id').execute(),
      ]));
      const before = await snapshot();
      // The staff user is a coordinator, manager and privacy officer — none of which makes them an administrator.
      for (const [method, url, payload] of calls) {
        const res = await t.app.inject({ method, url, payload, headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken } });
        const body = errorOf(res, 403, `${method} ${url}`);
        assert.equal(body.error, 'forbidden', `${method} ${url}`);
        assert.match(body.message, /beheerder/);
      }
      assert.equal(await snapshot(), before);
      assert.equal((await me(victimSession)).statusCode, 200, 'the other user’s session still works');
      // Reading the organisation (not users) is open to staff.
      assert.equal((await api(t, staff).get('/api/teams')).statusCode, 200);
      assert.equal((await api(t, staff).get('/api/municipalities')).statusCode, 200);
      // Without a session at all: 401.
      errorOf(await api(t).get('/api/users'), 401);
      errorOf(await api(t).post('/api/municipalities', { name: 'Anoniem' }), 401);
    });

    it('an administrator sees no residents', async () => {
      const a = api(t, admin);
      // The staff member of the team with the open case does see the resident (so the data is there).
      const seen = await api(t, staff).get(`/api/persons?q=${resident.familyName}`);
      assert.equal(seen.statusCode, 200);
      assert.deepEqual((seen.json() as { items: Array<{ id: string }> }).items.map((p) => p.id), [resident.personId]);
      assert.equal((await api(t, staff).get(`/api/persons/${resident.personId}`)).statusCode, 200);
      assert.equal((await api(t, staff).get(`/api/households/${resident.householdId}`)).statusCode, 200);

      for (const q of [resident.familyName, resident.bsn, resident.familyName.slice(0, 4), '05-05-1980']) {
        const res = await a.get(`/api/persons?q=${encodeURIComponent(q)}`);
        assert.equal(res.statusCode, 200, res.body);
        assert.deepEqual(res.json(), { items: [] }, q);
      }
      assert.equal(errorOf(await a.get(`/api/persons/${resident.personId}`), 404).error, 'not_found');
      assert.equal(errorOf(await a.get(`/api/households/${resident.householdId}`), 404).error, 'not_found');
      errorOf(await a.patch(`/api/persons/${resident.personId}`, { givenNames: 'Beheerder' }), 404);
      errorOf(await a.patch(`/api/households/${resident.householdId}`, { name: 'Beheerder' }), 404);
      assert.deepEqual((await a.get('/api/households')).json(), { items: [] });
      // The 404 for an existing person looks the same as for one that does not exist.
      const missing = await a.get(`/api/persons/${randomUUID()}`);
      assert.equal(missing.body, (await a.get(`/api/persons/${resident.personId}`)).body);
      // And the person was not changed.
      const row = await t.database.db.selectFrom('person').select('given_names').where('id', '=', resident.personId).executeTakeFirstOrThrow();
      assert.equal(row.given_names, 'Test');
    });

    it('administrator changes to users are written to the processing log', async () => {
      const a = api(t, admin);
      const created = (await a.post('/api/users', { username: 'gelogd', displayName: 'Gelogd', password: strongPassword })).json() as { id: string };
      await a.patch(`/api/users/${created.id}`, { displayName: 'Gelogd Twee' });
      const entries = await t.database.db.selectFrom('processing_log').select(['name', 'processing_activity_id', 'data_subject_id'])
        .where('data_subject_id', '=', created.id).orderBy('seq').execute();
      assert.deepEqual(entries.map((e) => [e.name, e.processing_activity_id]), [['user.create', 'administration'], ['user.update', 'administration']]);
    });
  });
}
