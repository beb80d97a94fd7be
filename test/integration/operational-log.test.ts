import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { buildApp } from '../../src/server/app.ts';
import { createTestApp, fixtures, signIn, testPassword, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

for (const engine of testEngines()) {
  describe(`operational log carries no personal data (${engine})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(engine); });
    after(() => t.close());

    it('logs requests without search terms, names, BSNs, cookies or tokens', async () => {
      let lines = '';
      const destination = new Writable({ write(chunk, _enc, done) { lines += chunk; done(); } });
      const app = await buildApp({ database: t.database, keys: t.keys, config: t.config, logLevel: 'info', logDestination: destination });
      try {
        const f = fixtures(t);
        const m = await f.municipality();
        const team = await f.team(m);
        const user = await f.user({ teams: [[team, 'member']] });
        const h = await f.household(m, { openTeams: [team], members: [{ familyName: 'Geheimnaam', givenNames: 'Zeldzaam' }] });
        const session = await signIn({ ...t, app }, user);
        const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
        const bsn = h.persons[0]!.bsn;
        await app.inject({ method: 'GET', url: `/api/persons?q=${bsn}`, headers });
        await app.inject({ method: 'GET', url: '/api/persons?q=geheimnaam', headers });
        await app.inject({ method: 'PATCH', url: `/api/persons/${h.persons[0]!.id}`, headers, payload: { givenNames: 'Anderszeldzaam' } });
        await app.inject({ method: 'POST', url: '/api/households', headers, payload: { teamId: team, name: 'Huishouden Verborgen', members: [{ role: 'resident', person: { givenNames: 'Onzichtbaar', familyName: 'Persoonlijk', bsn: '123456782' } }] } });
        await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: testPassword } });
        assert.ok(lines.split('\n').filter(Boolean).length >= 10, 'requests were logged');
        for (const secret of [bsn, '123456782', 'geheimnaam', 'Geheimnaam', 'Zeldzaam', 'Onzichtbaar', 'Persoonlijk', 'Verborgen', testPassword, session.cookie.split('=')[1]!, session.csrfToken]) {
          assert.equal(lines.includes(secret), false, `the operational log contains "${secret}"`);
        }
        assert.match(lines, /"path":"\/api\/persons"/);
      } finally {
        await app.close();
      }
    });
  });
}
