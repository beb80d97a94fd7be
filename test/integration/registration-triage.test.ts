import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Client = ReturnType<typeof api>;
const newHousehold = (familyName: string) => ({
  name: `Huishouden ${familyName}`,
  members: [
    { role: 'resident', person: { givenNames: 'Els', familyName, birthDate: '1971-02-03' } },
    { role: 'child', person: { givenNames: 'Tim', familyName, birthDate: '2012-04-05' } },
  ],
});

for (const engine of testEngines()) {
  describe(`registration, daily triage and dossier (${engine})`, () => {
    let t: TestApp;
    let team: string;
    let otherTeam: string;
    let coordinator: { id: string }, professional: { id: string }, colleague: { id: string }, outsider: { id: string }, secondCoordinator: { id: string };
    let C: Client, P: Client, O: Client, X: Client;
    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const m = await f.municipality();
      team = await f.team(m);
      otherTeam = await f.team(m);
      coordinator = await f.user({ teams: [[team, 'coordinator']] });
      secondCoordinator = await f.user({ teams: [[team, 'coordinator']] });
      professional = await f.user({ teams: [[team, 'member']] });
      colleague = await f.user({ teams: [[team, 'member']] });
      outsider = await f.user({ teams: [[otherTeam, 'member']] });
      C = api(t, await sessionFor(t, coordinator.id));
      P = api(t, await sessionFor(t, professional.id));
      O = api(t, await sessionFor(t, colleague.id));
      X = api(t, await sessionFor(t, outsider.id));
    });
    after(() => t.close());

    const register = (client: Client, body: Record<string, unknown>) => client.post('/api/registrations', {
      teamId: team, channel: 'phone', referrerType: 'self', question: 'Ik weet niet hoe ik rond moet komen', ...body,
    });

    it('registers a new household, logs it per member, and puts urgent ones on top with a notice to the coordinators', async () => {
      const from = await lastSeq(t.database.db);
      const calm = await register(P, { household: newHousehold('Rustig') });
      assert.equal(calm.statusCode, 201, calm.body);
      const urgent = await register(P, { household: newHousehold('Spoed'), urgentFlags: ['eviction', 'acute_debt'], referrerType: 'gp' });
      assert.equal(urgent.statusCode, 201, urgent.body);
      const entries = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'registration.create');
      assert.equal(entries.length, 4, 'one entry per member of each household');
      assert.ok(entries.every((e) => e.user_id === professional.id && e.acting_team_id === team));

      const board = await O.get(`/api/teams/${team}/triage`);
      assert.equal(board.statusCode, 200);
      const items = board.json().items as Array<{ id: string; urgentFlags: string[]; question: string; members: unknown[]; abilities: { assign: boolean } }>;
      assert.equal(items[0]!.id, urgent.json().id, 'urgent first');
      assert.equal(items[1]!.id, calm.json().id, 'then oldest');
      assert.deepEqual(items[0]!.urgentFlags, ['eviction', 'acute_debt']);
      assert.equal(items[0]!.members.length, 2);
      assert.equal(items[0]!.abilities.assign, false, 'a plain member cannot assign');
      assert.equal((await C.get(`/api/teams/${team}/triage`)).json().items[0].abilities.assign, true);

      for (const [client, expected] of [[C, 1], [api(t, await sessionFor(t, secondCoordinator.id)), 1], [P, 0], [O, 0]] as const) {
        const n = (await client.get('/api/notifications?unread=true')).json() as { unread: number; items: Array<{ kind: string; caseFileId: string }> };
        assert.equal(n.items.filter((i) => i.kind === 'urgent_registration' && i.caseFileId === urgent.json().id).length, expected);
        assert.ok(!JSON.stringify(n).includes('Spoed'), 'notifications carry no personal data');
      }
    });

    it('marks all notifications read at once, and lists households with the teams that have them open', async () => {
      assert.ok((await C.get('/api/notifications?unread=true')).json().unread > 0);
      const marked = await C.post('/api/notifications/read-all');
      assert.equal(marked.statusCode, 200);
      assert.ok(marked.json().marked > 0);
      assert.equal((await C.get('/api/notifications?unread=true')).json().unread, 0);
      const list = (await P.get('/api/households?q=Rustig')).json().items as Array<{ openAtTeamIds: string[] }>;
      assert.deepEqual(list[0]!.openAtTeamIds, [team]);
    });

    it('keeps the triage board to the team', async () => {
      assert.equal((await X.get(`/api/teams/${team}/triage`)).statusCode, 403);
      assert.equal((await X.post('/api/registrations', { teamId: team, channel: 'phone', referrerType: 'self', question: 'x', household: newHousehold('Vreemd') })).statusCode, 403);
    });

    it('the coordinator assigns; history is kept; the assignees are told', async () => {
      const reg = (await register(P, { household: newHousehold('Toewijzing') })).json() as { id: string; householdId: string };
      assert.equal((await O.post(`/api/registrations/${reg.id}/assignment`, { professionalId: colleague.id, coordinatorId: colleague.id })).statusCode, 403);
      assert.equal((await X.post(`/api/registrations/${reg.id}/assignment`, { professionalId: outsider.id, coordinatorId: outsider.id })).statusCode, 404);
      const notMember = await C.post(`/api/registrations/${reg.id}/assignment`, { professionalId: outsider.id, coordinatorId: coordinator.id });
      assert.equal(notMember.statusCode, 422);
      assert.equal(notMember.json().issues[0].path, 'body.professionalId');
      const first = await C.post(`/api/registrations/${reg.id}/assignment`, { professionalId: professional.id, coordinatorId: coordinator.id });
      assert.equal(first.statusCode, 200, first.body);
      const onBoard = (await C.get(`/api/teams/${team}/triage`)).json().items as Array<{ id: string }>;
      assert.ok(!onBoard.some((i) => i.id === reg.id), 'an assigned registration leaves the board');
      const again = await C.post(`/api/registrations/${reg.id}/assignment`, { professionalId: colleague.id, coordinatorId: professional.id, note: 'Vakantie' });
      assert.equal(again.statusCode, 200);
      const history = await t.database.db.selectFrom('case_assignment').select(['professional_id', 'coordinator_id', 'note']).where('case_file_id', '=', reg.id).orderBy('assigned_at').execute();
      assert.deepEqual(history.map((h) => [h.professional_id, h.coordinator_id, h.note]), [[professional.id, coordinator.id, null], [colleague.id, professional.id, 'Vakantie']]);
      const told = (await O.get('/api/notifications')).json().items as Array<{ kind: string; caseFileId: string }>;
      assert.ok(told.some((n) => n.kind === 'case_assigned' && n.caseFileId === reg.id));
    });

    it('shows the dossier contents to its professional and coordinator only; contacts likewise', async () => {
      const reg = (await register(P, { household: newHousehold('Dossier'), question: 'Mijn zoon gaat niet naar school' })).json() as { id: string; householdId: string };
      await C.post(`/api/registrations/${reg.id}/assignment`, { professionalId: professional.id, coordinatorId: coordinator.id });
      const contact = await P.post(`/api/households/${reg.householdId}/contacts`, {
        occurredAt: new Date().toISOString(), place: 'home', form: 'visit', participants: 'Els, Tim, professional', report: 'Keukentafelgesprek gepland', category: 'social',
      });
      assert.equal(contact.statusCode, 201, contact.body);
      const from = await lastSeq(t.database.db);
      const mine = (await P.get(`/api/households/${reg.householdId}/dossier`)).json();
      assert.equal(mine.abilities.contents, true);
      assert.equal(mine.cases[0].question, 'Mijn zoon gaat niet naar school');
      assert.deepEqual(mine.timeline.map((e: { kind: string }) => e.kind), ['contact', 'assignment', 'registration']);
      assert.equal(mine.currentCoordinator.id, coordinator.id);
      const logged = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'dossier.get');
      assert.equal(logged.length, 2, 'one dossier entry per member');
      assert.ok(logged.every((e) => e.acting_role === 'professional'));

      const theirs = (await O.get(`/api/households/${reg.householdId}/dossier`)).json();
      assert.equal(theirs.abilities.contents, false);
      assert.equal(theirs.cases[0].question, null, 'the question is content');
      assert.deepEqual(theirs.timeline, []);
      assert.equal((await O.post(`/api/households/${reg.householdId}/contacts`, { occurredAt: new Date().toISOString(), place: 'home', form: 'phone', participants: 'x', report: 'y', category: 'social' })).statusCode, 403);
      assert.equal((await X.get(`/api/households/${reg.householdId}/dossier`)).statusCode, 404);

      // The team coordinator role alone does not open the contents; being the case's coordinator does.
      const coordinatorView = (await api(t, await sessionFor(t, secondCoordinator.id)).get(`/api/households/${reg.householdId}/dossier`)).json();
      assert.equal(coordinatorView.abilities.contents, false);
      assert.equal((await C.get(`/api/households/${reg.householdId}/dossier`)).json().abilities.contents, true);
    });

    it('pages the timeline', async () => {
      const reg = (await register(P, { household: newHousehold('Tijdlijn') })).json() as { id: string; householdId: string };
      await C.post(`/api/registrations/${reg.id}/assignment`, { professionalId: professional.id, coordinatorId: coordinator.id });
      for (let i = 0; i < 5; i++) {
        await P.post(`/api/households/${reg.householdId}/contacts`, { occurredAt: new Date(Date.now() - (i + 1) * 86400_000).toISOString(), place: 'team_office', form: 'phone', participants: 'Els', report: `Gesprek ${i}`, category: 'debt' });
      }
      // 5 contacts + the registration + the assignment, 3 a page.
      const pages: Array<Array<{ id: string; at: string }>> = [];
      let before: string | null = null;
      do {
        const page: { timeline: Array<{ id: string; at: string }>; nextBefore: string | null } = (await P.get(`/api/households/${reg.householdId}/dossier?limit=3${before ? `&before=${encodeURIComponent(before)}` : ''}`)).json();
        pages.push(page.timeline);
        before = page.nextBefore;
      } while (before && pages.length < 10);
      assert.deepEqual(pages.map((p) => p.length), [3, 3, 1]);
      const all = pages.flat();
      assert.equal(new Set(all.map((e) => e.id)).size, 7, 'no entry twice, none lost');
      assert.deepEqual(all.map((e) => e.at), [...all.map((e) => e.at)].sort().reverse(), 'newest first');
      const more = await P.get(`/api/households/${reg.householdId}/timeline?limit=3&before=${encodeURIComponent(all[2]!.at)}`);
      assert.equal(more.statusCode, 200);
      assert.deepEqual(more.json().timeline.map((e: { id: string }) => e.id), all.slice(3, 6).map((e) => e.id), 'the timeline endpoint pages the same way');
      assert.equal((await O.get(`/api/households/${reg.householdId}/timeline`)).statusCode, 403);
      assert.equal((await X.get(`/api/households/${reg.householdId}/timeline`)).statusCode, 404);
    });

    it('refuses bad input with a clear message and writes nothing', async () => {
      const count = async () => Number((await t.database.db.selectFrom('case_file').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      const both = await register(P, { householdId: crypto.randomUUID(), household: newHousehold('Beide') });
      assert.equal(both.statusCode, 400);
      assert.match(both.json().message, /bekend huishouden|nieuw huishouden/);
      assert.equal((await register(P, {})).statusCode, 400);
      assert.equal((await register(P, { household: newHousehold('Vlag'), urgentFlags: ['brand'] })).statusCode, 400);
      assert.equal((await register(P, { household: newHousehold('Leeg'), question: '' })).statusCode, 400);
      assert.equal(await count(), before);
      const reg = (await register(P, { household: newHousehold('Toekomst') })).json() as { id: string; householdId: string };
      await C.post(`/api/registrations/${reg.id}/assignment`, { professionalId: professional.id, coordinatorId: coordinator.id });
      const future = await P.post(`/api/households/${reg.householdId}/contacts`, { occurredAt: new Date(Date.now() + 86400_000).toISOString(), place: 'home', form: 'visit', participants: 'x', report: 'y', category: 'social' });
      assert.equal(future.statusCode, 400);
      assert.equal(future.json().issues[0].path, 'body.occurredAt');
      const badCategory = await P.post(`/api/households/${reg.householdId}/contacts`, { occurredAt: new Date().toISOString(), place: 'home', form: 'visit', participants: 'x', report: 'y', category: 'medisch' });
      assert.equal(badCategory.statusCode, 400);
      const duplicate = await register(P, { householdId: reg.householdId });
      assert.equal(duplicate.statusCode, 409, 'one open case per team and household');
    });
  });
}
