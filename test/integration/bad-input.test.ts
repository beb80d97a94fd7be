import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { api, createTestApp, fixtures, sessionFor, type Session, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

interface ErrorBody { error: string; message: string; issues?: Array<{ path: string; message: string }> }

/** A 4xx answer in the API's error format; returns the body. */
function refused(res: LightMyRequestResponse, status: number | number[], what = ''): ErrorBody {
  const allowed = Array.isArray(status) ? status : [status];
  assert.ok(allowed.includes(res.statusCode), `${what}: expected ${allowed.join('/')} but got ${res.statusCode} ${res.body.slice(0, 300)}`);
  assert.match(String(res.headers['content-type']), /^application\/json/, `${what}: content type`);
  const body = res.json() as ErrorBody;
  assert.equal(typeof body.error, 'string', `${what}: error code`);
  assert.equal(typeof body.message, 'string', `${what}: message`);
  assert.ok(body.message.length > 0, `${what}: empty message`);
  return body;
}

const uuidZero = '00000000-0000-4000-8000-000000000000';
const person = (extra: Record<string, unknown> = {}) => ({ givenNames: 'Jan', familyName: 'Jansen', ...extra });

for (const engine of testEngines()) {
  describe(`Bad input (${engine})`, () => {
    let t: TestApp;
    let municipalityId: string;
    let teamId: string;
    let staff: Session;
    let admin: Session;
    let householdId: string;
    let personId: string;
    let adminUserId: string;

    /** A request with the staff or admin session (cookie + CSRF) and any headers/payload. */
    const send = (session: Session, opts: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT'; url: string; payload?: string | Buffer | object; headers?: Record<string, string> }) =>
      t.app.inject({
        method: opts.method, url: opts.url, payload: opts.payload as string,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(opts.headers ?? {}) },
      });

    async function counts() {
      const db = t.database.db;
      const n = async (table: 'household' | 'person' | 'household_member' | 'case_file' | 'municipality' | 'team') =>
        Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const log = Number((await db.selectFrom('processing_log').select((eb) => eb.fn.countAll().as('n'))
        .where('outcome', '=', 'allowed').where('name', 'in', ['person.create', 'person.link', 'household.create']).executeTakeFirstOrThrow()).n);
      return {
        household: await n('household'), person: await n('person'), household_member: await n('household_member'),
        case_file: await n('case_file'), municipality: await n('municipality'), team: await n('team'), log,
      };
    }

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      municipalityId = await f.municipality();
      teamId = await f.team(municipalityId);
      const staffUser = await f.user({ teams: [[teamId, 'member']] });
      const adminUser = await f.user({ systemRoles: ['administrator'] });
      adminUserId = adminUser.id;
      staff = await sessionFor(t, staffUser.id);
      admin = await sessionFor(t, adminUser.id);
      const household = await f.household(municipalityId, { openTeams: [teamId] });
      householdId = household.id;
      personId = household.persons[0]!.id;
    });
    after(async () => {
      await t?.close();
    });

    it('malformed JSON → 400 with a message about JSON, in Dutch and in English', async () => {
      for (const [url, session] of [['/api/households', staff], ['/api/municipalities', admin], [`/api/households/${householdId}`, staff]] as const) {
        const method = url.includes(householdId) ? 'PATCH' : 'POST';
        const nl = refused(await send(session, { method, url, payload: '{"name": ', headers: { 'content-type': 'application/json' } }), 400, url);
        assert.equal(nl.error, 'bad_request');
        assert.match(nl.message, /JSON/);
        assert.match(nl.message, /geen geldige/);
        const en = refused(await send(session, { method, url, payload: "{'name': 'x'}", headers: { 'content-type': 'application/json', 'accept-language': 'en' } }), 400, url);
        assert.match(en.message, /not valid JSON/);
      }
      // Also on the public sign-in, without any session.
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{"username":"a",', headers: { 'content-type': 'application/json' } });
      assert.match(refused(login, 400, 'login').message, /JSON/);
      // An empty body declared as JSON.
      const empty = refused(await send(admin, { method: 'POST', url: '/api/municipalities', payload: '', headers: { 'content-type': 'application/json' } }), 400, 'empty');
      assert.match(empty.message, /JSON/);
    });

    it('wrong types → 400 naming the field', async () => {
      const cases: Array<[Session, 'POST' | 'PATCH', string, unknown, string]> = [
        [admin, 'POST', '/api/municipalities', { name: 5 }, 'body.name'],
        [admin, 'POST', '/api/organisations', { name: 'Org', kind: 'welfare', municipalityId: 12 }, 'body.municipalityId'],
        [admin, 'POST', '/api/teams', { municipalityId, name: 'T', kind: 'neighbourhood', areaPostcodes: '1500' }, 'body.areaPostcodes'],
        [admin, 'POST', '/api/users', { username: 'typed', displayName: ['x'], password: 'Een-lang-wachtwoord-9' }, 'body.displayName'],
        [admin, 'PATCH', `/api/users/${adminUserId}`, { disabled: 'yes' }, 'body.disabled'],
        [staff, 'PATCH', `/api/households/${householdId}`, { name: 5 }, 'body.name'],
        [staff, 'PATCH', `/api/persons/${personId}`, { givenNames: true }, 'body.givenNames'],
        [staff, 'POST', '/api/households', { teamId, name: 'H', members: 'everyone' }, 'body.members'],
        [staff, 'POST', '/api/households', { teamId, name: 'H', members: [{ role: 'resident', person: person({ birthDate: 19800505 }) }] }, 'body.members.0.person.birthDate'],
        [staff, 'POST', '/api/auth/login', { username: 1, password: 2 }, 'body.username'],
      ];
      for (const [session, method, url, payload, path] of cases) {
        const body = refused(await send(session, { method, url, payload: payload as object }), 400, `${method} ${url}`);
        assert.equal(body.error, 'validation_error', url);
        assert.ok(body.issues?.some((i) => i.path === path), `${url}: no issue at ${path}: ${JSON.stringify(body.issues)}`);
        assert.match(body.message, new RegExp(`^Ongeldige invoer bij ${path.replaceAll('.', '\\.')}`), url);
      }
      // Wrong types in the query string.
      const q = refused(await api(t, staff).get('/api/persons?q=jansen&limit=many'), 400, 'limit');
      assert.ok(q.issues?.some((i) => i.path === 'query.limit'));
      const arr = refused(await api(t, staff).get('/api/persons?q=ab&q=cd'), 400, 'q twice');
      assert.ok(arr.issues?.some((i) => i.path === 'query.q'));
    });

    it('an invalid BSN in a household registration → 400 at the bsn field, saying it fails the elfproef', async () => {
      const before = await counts();
      const res = await api(t, staff).post('/api/households', {
        teamId, name: 'Huishouden Elfproef',
        members: [{ role: 'resident', person: person() }, { role: 'partner', person: person({ bsn: '123456789' }) }],
      });
      const body = refused(res, 400, 'bsn');
      assert.equal(body.error, 'validation_error');
      const issue = body.issues?.find((i) => i.path === 'body.members.1.person.bsn');
      assert.ok(issue, `no issue at the bsn: ${JSON.stringify(body.issues)}`);
      assert.match(issue.message, /elfproef/i);
      assert.match(issue.message, /BSN/);
      assert.match(body.message, /body\.members\.1\.person\.bsn/);
      // Other malformed BSNs too: letters, too short, all zeros.
      for (const bsn of ['12345678X', '1234', '000000000', '1234567890']) {
        const r = refused(await api(t, staff).post('/api/households', { teamId, name: 'H', members: [{ role: 'resident', person: person({ bsn }) }] }), 400, bsn);
        assert.ok(r.issues?.some((i) => i.path === 'body.members.0.person.bsn'), bsn);
      }
      // The privacy officer's BSN query is checked the same way (before the role check).
      const audit = refused(await api(t, staff).get('/api/privacy/access-log?bsn=123456789'), 400, 'audit bsn');
      assert.ok(audit.issues?.some((i) => i.path === 'query.bsn'));
      assert.deepEqual(await counts(), before);
    });

    it('overlong strings → 400', async () => {
      const long = 'x'.repeat(10_000);
      const before = await counts();
      const cases: Array<[Session, 'POST' | 'PATCH', string, unknown, string]> = [
        [admin, 'POST', '/api/municipalities', { name: long }, 'body.name'],
        [admin, 'POST', '/api/teams', { municipalityId, name: long, kind: 'neighbourhood' }, 'body.name'],
        [admin, 'POST', '/api/teams', { municipalityId, name: 'Lang', kind: 'neighbourhood', areaDistricts: [long] }, 'body.areaDistricts.0'],
        [admin, 'PATCH', `/api/users/${adminUserId}`, { displayName: long }, 'body.displayName'],
        [admin, 'POST', '/api/users', { username: 'longpw', displayName: 'L', password: long }, 'body.password'],
        [staff, 'POST', '/api/households', { teamId, name: long, members: [{ role: 'resident', person: person() }] }, 'body.name'],
        [staff, 'POST', '/api/households', { teamId, name: 'H', members: [{ role: 'resident', person: person({ familyName: long }) }] }, 'body.members.0.person.familyName'],
        [staff, 'PATCH', `/api/persons/${personId}`, { address: { city: long } }, 'body.address.city'],
        [staff, 'POST', '/api/auth/login', { username: long, password: 'x' }, 'body.username'],
      ];
      for (const [session, method, url, payload, path] of cases) {
        const body = refused(await send(session, { method, url, payload: payload as object }), 400, `${method} ${url} ${path}`);
        assert.ok(body.issues?.some((i) => i.path === path), `${url}: no issue at ${path}: ${JSON.stringify(body.issues)}`);
      }
      refused(await api(t, staff).get(`/api/persons?q=${'a'.repeat(101)}`), 400, 'long q');
      // Too many members is refused as well.
      const many = Array.from({ length: 21 }, () => ({ role: 'child', person: person() }));
      refused(await api(t, staff).post('/api/households', { teamId, name: 'Groot', members: many }), 400, 'members');
      assert.deepEqual(await counts(), before);
    });

    it('unknown fields → 400 naming the unknown key (bodies, nested objects and query strings)', async () => {
      const before = await counts();
      const cases: Array<[Session, 'POST' | 'PATCH', string, unknown, string]> = [
        [admin, 'POST', '/api/municipalities', { name: 'Gemeente Onbekend', isAdmin: true }, 'isAdmin'],
        [admin, 'PATCH', `/api/users/${adminUserId}`, { displayName: 'X', passwordHash: 'x' }, 'passwordHash'],
        [staff, 'POST', '/api/households', { teamId, name: 'H', municipalityId, members: [{ role: 'resident', person: person() }] }, 'municipalityId'],
        [staff, 'POST', '/api/households', { teamId, name: 'H', members: [{ role: 'resident', person: person({ nickname: 'Jantje' }) }] }, 'nickname'],
        [staff, 'PATCH', `/api/persons/${personId}`, { bsn: '111222333' }, 'bsn'],
        [staff, 'POST', '/api/auth/login', { username: 'a', password: 'b', remember: true }, 'remember'],
      ];
      for (const [session, method, url, payload, key] of cases) {
        const body = refused(await send(session, { method, url, payload: payload as object }), 400, `${url} ${key}`);
        assert.equal(body.error, 'validation_error');
        assert.ok(body.message.includes(key), `${url}: message does not name ${key}: ${body.message}`);
        assert.ok(body.issues?.some((i) => i.message.includes(key)), `${url}: issues do not name ${key}`);
      }
      const q = refused(await api(t, staff).get(`/api/teams?municipalityId=${municipalityId}&sort=name`), 400, 'query');
      assert.match(q.message, /sort/);
      assert.deepEqual(await counts(), before);
    });

    it('an invalid uuid in the path → 400 at params.id', async () => {
      const urls = [
        ['GET', '/api/persons/not-a-uuid'], ['GET', '/api/households/123'], ['GET', '/api/teams/zzz'],
        ['PATCH', '/api/persons/1'], ['GET', '/api/users/abc'], ['DELETE', '/api/auth/sessions/abc'],
        ['GET', `/api/persons/${personId}x`], ['DELETE', `/api/teams/${teamId}/members/not-a-uuid`],
      ] as const;
      for (const [method, url] of urls) {
        const session = url.startsWith('/api/users') || url.includes('/members/') ? admin : staff;
        const body = refused(await send(session, { method, url, payload: method === 'PATCH' ? { givenNames: 'X' } : undefined }), 400, url);
        assert.equal(body.error, 'validation_error');
        assert.ok(body.issues?.some((i) => i.path.startsWith('params.')), `${url}: ${JSON.stringify(body.issues)}`);
      }
      // A well-formed uuid that does not exist is a 404, not a 400.
      refused(await api(t, staff).get(`/api/persons/${uuidZero}`), 404, 'unknown person');
    });

    it('invalid dates → 400', async () => {
      const before = await counts();
      const teamCases = ['2024-02-30', '2023-02-29', '2024-13-01', '2024-1-5', '01-01-2024', 'morgen', '2024-01-01T00:00:00Z', ''];
      for (const validFrom of teamCases) {
        const body = refused(await api(t, admin).post('/api/teams', { municipalityId, name: `Datum ${validFrom}`, kind: 'other', validFrom }), 400, validFrom);
        assert.ok(body.issues?.some((i) => i.path === 'body.validFrom'), validFrom);
      }
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      for (const birthDate of ['31-12-1980', '1980-02-30', '1899-12-31', tomorrow]) {
        const body = refused(await api(t, staff).post('/api/households', { teamId, name: 'H', members: [{ role: 'resident', person: person({ birthDate }) }] }), 400, birthDate);
        assert.ok(body.issues?.some((i) => i.path === 'body.members.0.person.birthDate'), `${birthDate}: ${JSON.stringify(body.issues)}`);
      }
      refused(await api(t, staff).patch(`/api/persons/${personId}`, { birthDate: '2001-04-31' }), 400, 'patch birthDate');
      // A date the schema accepts but the database cannot store (year 0) → 400, not 500.
      refused(await api(t, admin).post('/api/teams', { municipalityId, name: 'Jaar nul', kind: 'other', validFrom: '0000-01-01' }), 400, 'year 0');
      assert.deepEqual(await counts(), before);
    });

    it('empty PATCH bodies → 400', async () => {
      const muni = await api(t, admin).post('/api/municipalities', { name: 'Gemeente Leegpatch' });
      assert.equal(muni.statusCode, 201);
      const org = await api(t, admin).post('/api/organisations', { name: 'Org Leegpatch', kind: 'welfare' });
      assert.equal(org.statusCode, 201);
      const targets: Array<[Session, string]> = [
        [admin, `/api/municipalities/${(muni.json() as { id: string }).id}`],
        [admin, `/api/organisations/${(org.json() as { id: string }).id}`],
        [admin, `/api/teams/${teamId}`],
        [admin, `/api/users/${adminUserId}`],
        [staff, `/api/persons/${personId}`],
        [staff, `/api/households/${householdId}`],
      ];
      for (const [session, url] of targets) {
        const withEmptyObject = refused(await send(session, { method: 'PATCH', url, payload: {} }), 400, `${url} {}`);
        assert.equal(withEmptyObject.error, 'validation_error', url);
        assert.ok(withEmptyObject.issues && withEmptyObject.issues.length > 0, url);
        refused(await send(session, { method: 'PATCH', url }), 400, `${url} no body`);
      }
      const one = refused(await send(admin, { method: 'PATCH', url: `/api/teams/${teamId}`, payload: {} }), 400);
      assert.match(one.message, /minstens één veld/);
      const oneEn = refused(await send(admin, { method: 'PATCH', url: `/api/teams/${teamId}`, payload: {}, headers: { 'accept-language': 'en' } }), 400);
      assert.match(oneEn.message, /^Invalid input at body/);
    });

    it('a body that is not JSON → 415 (or 400), and nothing is written', async () => {
      const before = await counts();
      for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
        const body = refused(await send(admin, { method: 'POST', url: '/api/municipalities', payload: 'name=Gemeente%20Formulier', headers: { 'content-type': type } }), 415, type);
        assert.equal(body.error, 'bad_request');
        assert.match(body.message, /application\/json/);
      }
      const en = refused(await send(admin, { method: 'POST', url: '/api/municipalities', payload: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' } }), 415);
      assert.match(en.message, /Send the body as application\/json/);
      // A body without any content type.
      refused(await send(admin, { method: 'POST', url: '/api/municipalities', payload: Buffer.from('{"name":"Gemeente Zonder Type"}') }), 415, 'no content type');
      // text/plain is parsed as text by Fastify and then refused by the schema.
      refused(await send(admin, { method: 'POST', url: '/api/municipalities', payload: '{"name":"Gemeente Tekst"}', headers: { 'content-type': 'text/plain' } }), [400, 415], 'text/plain');
      // Sign-in takes JSON only.
      refused(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: 'username=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'login form');
      assert.deepEqual(await counts(), before);
    });

    it('a body over 1 MiB → 413', async () => {
      const before = await counts();
      const big = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) });
      const body = refused(await send(admin, { method: 'POST', url: '/api/municipalities', payload: big, headers: { 'content-type': 'application/json' } }), 413, 'big');
      assert.equal(body.error, 'bad_request');
      assert.match(body.message, /te groot/);
      const en = refused(await send(staff, { method: 'POST', url: '/api/households', payload: big, headers: { 'content-type': 'application/json', 'accept-language': 'en' } }), 413, 'big en');
      assert.match(en.message, /too large/);
      refused(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: JSON.stringify({ username: 'a', password: 'p'.repeat(1_100_000) }), headers: { 'content-type': 'application/json' } }), 413, 'login');
      // Just under the limit is parsed (and then refused by the schema for its length, not its size).
      const under = JSON.stringify({ name: 'y'.repeat(1024 * 1024 - 100) });
      const r = refused(await send(admin, { method: 'POST', url: '/api/municipalities', payload: under, headers: { 'content-type': 'application/json' } }), 400, 'under');
      assert.equal(r.error, 'validation_error');
      assert.deepEqual(await counts(), before);
    });

    it('Accept-Language: en gives English messages; the default is Dutch', async () => {
      const url = '/api/persons/not-a-uuid';
      const ask = (lang?: string) => t.app.inject({ method: 'GET', url, headers: { cookie: staff.cookie, ...(lang ? { 'accept-language': lang } : {}) } });
      const nl = refused(await ask(), 400);
      assert.match(nl.message, /^Ongeldige invoer bij params\.id/);
      assert.match(nl.issues![0]!.message, /Ongeldig/);
      for (const lang of ['en', 'en-GB,en;q=0.9', 'EN-us']) {
        const en = refused(await ask(lang), 400, lang);
        assert.match(en.message, /^Invalid input at params\.id: Invalid UUID/, lang);
        assert.equal(en.issues![0]!.message, 'Invalid UUID');
      }
      for (const lang of ['nl', 'nl-NL,nl;q=0.9,en;q=0.8', 'de-DE', 'fr']) {
        assert.match(refused(await ask(lang), 400, lang).message, /^Ongeldige invoer/, lang);
      }
      // Also for errors of the server itself (not the schema): 401, 403, 404.
      const anon401 = await t.app.inject({ method: 'GET', url: '/api/teams', headers: { 'accept-language': 'en' } });
      assert.match(refused(anon401, 401).message, /not signed in/);
      assert.match(refused(await t.app.inject({ method: 'GET', url: '/api/teams' }), 401).message, /niet \(meer\) aangemeld/);
      const forbidden = await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: staff.cookie, 'accept-language': 'en' } });
      assert.match(refused(forbidden, 403).message, /Only an administrator/);
      const notFound = await t.app.inject({ method: 'GET', url: `/api/persons/${uuidZero}`, headers: { cookie: staff.cookie, 'accept-language': 'en' } });
      assert.match(refused(notFound, 404).message, /Not found/);
      const csrf = await t.app.inject({ method: 'POST', url: '/api/municipalities', payload: { name: 'x' }, headers: { cookie: admin.cookie, 'accept-language': 'en' } });
      assert.match(refused(csrf, 403).message, /security token/);
    });

    it('a household registration that fails at the database on its second member leaves nothing behind', async () => {
      const before = await counts();
      // The first member is valid and new; the second member's date passes the schema but not the database.
      const res = await api(t, staff).post('/api/households', {
        teamId, name: 'Huishouden Halfweg',
        members: [
          { role: 'resident', person: person({ bsn: '111222333', familyName: 'Halfweg' }) },
          { role: 'child', validFrom: '0000-01-01', person: person({ familyName: 'Halfweg', givenNames: 'Kind' }) },
        ],
      });
      refused(res, [400, 409, 422], 'second member');
      assert.deepEqual(await counts(), before);
      const leftover = await t.database.db.selectFrom('person').select('id').where('family_name', '=', 'Halfweg').execute();
      assert.deepEqual(leftover, []);
      const households = await t.database.db.selectFrom('household').select('id').where('name', '=', 'Huishouden Halfweg').execute();
      assert.deepEqual(households, []);
      // And the same registration with a valid second member then succeeds, once.
      const ok = await api(t, staff).post('/api/households', {
        teamId, name: 'Huishouden Halfweg',
        members: [{ role: 'resident', person: person({ bsn: '111222333', familyName: 'Halfweg' }) }, { role: 'child', person: person({ familyName: 'Halfweg', givenNames: 'Kind' }) }],
      });
      assert.equal(ok.statusCode, 201, ok.body);
      const after = await counts();
      assert.equal(after.household, before.household + 1);
      assert.equal(after.person, before.person + 2);
      assert.equal(after.household_member, before.household_member + 2);
      assert.equal(after.case_file, before.case_file + 1);
    });

    it('a registration for a team that does not exist, or is not the user’s, writes nothing', async () => {
      const before = await counts();
      const members = [{ role: 'resident', person: person({ familyName: 'Teamloos' }) }, { role: 'partner', person: person({ familyName: 'Teamloos' }) }];
      refused(await api(t, staff).post('/api/households', { teamId: uuidZero, name: 'Huishouden Teamloos', members }), [403, 404, 422], 'unknown team');
      const otherTeam = await fixtures(t).team(municipalityId);
      refused(await api(t, staff).post('/api/households', { teamId: otherTeam, name: 'Huishouden Teamloos', members }), 403, 'other team');
      // An administrator has no team and may not register at all.
      refused(await api(t, admin).post('/api/households', { teamId, name: 'Huishouden Teamloos', members }), 403, 'admin');
      const after = await counts();
      assert.equal(after.household, before.household);
      assert.equal(after.person, before.person);
      assert.equal(after.household_member, before.household_member);
      assert.equal(after.case_file, before.case_file);
    });

    it('the same person twice in one registration (same BSN) → 4xx and nothing written', async () => {
      const before = await counts();
      const accepted: string[] = [];
      for (const [first, second] of [['222333443', '222333443'], ['333444553', '333 444 553']]) {
        const res = await api(t, staff).post('/api/households', {
          teamId, name: 'Huishouden Dubbel',
          members: [
            { role: 'resident', person: person({ bsn: first, familyName: 'Dubbel' }) },
            { role: 'child', person: person({ bsn: second, familyName: 'Dubbel', givenNames: 'Kind' }) },
          ],
        });
        if (res.statusCode < 400) accepted.push(`${first} + ${second} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else refused(res, [400, 409, 422], `${first} + ${second}`);
      }
      assert.deepEqual(accepted, [], 'a household with the same person listed twice was registered');
      assert.deepEqual(await counts(), before);
    });

    it('a NUL character in text → 400, not a server error (and nothing written)', async () => {
      const before = await counts();
      const cases: Array<[Session | undefined, 'GET' | 'POST' | 'PATCH', string, unknown]> = [
        [undefined, 'POST', '/api/auth/login', { username: 'a\u0000b', password: 'geheim-wachtwoord' }],
        [admin, 'POST', '/api/municipalities', { name: 'Gemeente\u0000Nul' }],
        [staff, 'POST', '/api/households', { teamId, name: 'H', members: [{ role: 'resident', person: person() }, { role: 'child', person: person({ givenNames: 'Ni\u0000et' }) }] }],
        [staff, 'PATCH', `/api/persons/${personId}`, { address: { city: 'Stad\u0000' } }],
        [staff, 'GET', '/api/persons?q=jan%00sen', undefined],
        [staff, 'GET', '/api/households?q=jan%00sen', undefined],
      ];
      const failures: string[] = [];
      for (const [session, method, url, payload] of cases) {
        const res = session
          ? await send(session, { method, url, payload: payload as object })
          : await t.app.inject({ method, url, payload: payload as object });
        if (res.statusCode !== 400) failures.push(`${method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
        else refused(res, 400, url);
      }
      assert.deepEqual(failures, [], 'requests with a NUL character were not refused with 400');
      assert.deepEqual(await counts(), before);
    });
  });
}
