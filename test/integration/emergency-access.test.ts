/**
 * Emergency access (conflict van plichten) through the API: asked by BSN or household with a
 * ground and a justification, read only, logged per member as emergency, listed for the
 * privacy officer until reviewed, marked in the person's access report, gone when it expires
 * or is ended.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const justification = 'Politie meldt acute dreiging, regisseur is niet bereikbaar';

interface QueueItem {
  id: string;
  user: { displayName: string; teams: string };
  household: { id: string; name: string; members: Array<{ displayName: string }> };
  ground: string;
  justification: string;
  status: string;
  actions: Array<{ action: string; count: number }>;
}

for (const engine of testEngines()) {
  describe(`emergency access (${engine})`, () => {
    let t: TestApp;
    let f: ReturnType<typeof fixtures>;
    const db = () => t.database.db;

    before(async () => {
      t = await createTestApp(engine);
      f = fixtures(t);
    });
    after(() => t.close());

    async function staff(opts: Parameters<ReturnType<typeof fixtures>['user']>[0]) {
      const user = await f.user(opts);
      return { ...user, api: api(t, await sessionFor(t, user.id)) };
    }

    /** A household with an assigned case in one team, a note, and a user of another team. */
    async function scene() {
      const municipality = await f.municipality();
      const team = await f.team(municipality);
      const other = await f.team(municipality, { name: 'Wijkteam Anders' });
      const generalist = await staff({ teams: [[team, 'member']] });
      const outsider = await staff({ teams: [[other, 'member']] });
      const h = await f.household(municipality, { openTeams: [team], members: [{ givenNames: 'Ria', familyName: 'Noodgeval' }, { givenNames: 'Tom', familyName: 'Noodgeval', role: 'partner' }] });
      await db().updateTable('case_file').set({ professional_id: generalist.id, coordinator_id: generalist.id, assigned_at: new Date() }).where('household_id', '=', h.id).execute();
      assert.equal((await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Dreiging door ex-partner', category: 'safety' })).statusCode, 201);
      return { municipality, team, other, generalist, outsider, h };
    }

    const accessesOf = (userId: string) => db().selectFrom('emergency_access').selectAll().where('user_id', '=', userId).execute();

    it('refuses a short justification and saves nothing', async () => {
      const { outsider, h } = await scene();
      const res = await outsider.api.post('/api/emergency-access', { bsn: h.persons[0]!.bsn, ground: 'vital_interest', justification: 'Dringend' });
      assert.equal(res.statusCode, 400, res.body);
      assert.ok((res.json() as { issues: Array<{ path: string }> }).issues.some((i) => i.path === 'body.justification'));
      assert.deepEqual(await accessesOf(outsider.id), []);
      assert.equal((await outsider.api.get(`/api/households/${h.id}/dossier`)).statusCode, 404);
    });

    it('opens the dossier by BSN, read only, logged as emergency per member; shows in the queue and the access report; leaves the queue once reviewed', async () => {
      const { outsider, h } = await scene();
      const privacy = await staff({ systemRoles: ['privacy_officer'] });
      const from = await lastSeq(db());
      const res = await outsider.api.post('/api/emergency-access', { bsn: h.persons[1]!.bsn, ground: 'conflict_of_duties', justification });
      assert.equal(res.statusCode, 201, res.body);
      const [item] = (res.json() as { items: Array<{ householdId: string; via: string; emergencyAccess: { id: string; expiresAt: string; startedAt: string } }> }).items;
      assert.equal(item?.householdId, h.id);
      assert.equal(item.via, 'started');
      const hours = (Date.parse(item.emergencyAccess.expiresAt) - Date.parse(item.emergencyAccess.startedAt)) / 3600_000;
      assert.equal(hours, 4, 'four hours');

      const starts = (await logEntriesSince(db(), from)).filter((e) => e.name === 'emergency_access.start');
      assert.deepEqual(starts.map((e) => e.data_subject_id).sort(), h.persons.map((p) => p.id).sort(), 'one entry per member');
      for (const e of starts) {
        assert.equal(e.processing_activity_id, 'emergency-access');
        assert.deepEqual([e.attributes.emergency, e.attributes.ground], [true, 'conflict_of_duties']);
      }
      assert.ok((await logEntriesSince(db(), from)).some((e) => e.name === 'emergency_access.lookup' && e.data_subject_id === h.persons[1]!.id), 'the BSN lookup is logged');

      const dossier = await outsider.api.get(`/api/households/${h.id}/dossier`);
      assert.equal(dossier.statusCode, 200, dossier.body);
      const body = dossier.json() as { timeline: Array<{ text?: string }>; abilities: Record<string, boolean> };
      assert.ok(body.timeline.some((e) => e.text === 'Dreiging door ex-partner'));
      assert.deepEqual(body.abilities, { contents: true, addContact: false, addNote: false, editNetwork: false });
      assert.equal((await outsider.api.post(`/api/households/${h.id}/notes`, { text: 'Mag niet', category: 'social' })).statusCode, 403, 'read only');
      const reads = (await logEntriesSince(db(), from)).filter((e) => e.name === 'dossier.get');
      assert.ok(reads.length > 0 && reads.every((e) => e.processing_activity_id === 'emergency-access' && e.attributes.emergency === true));

      const mine = (await outsider.api.get('/api/emergency-access/mine')).json() as { items: Array<{ id: string; householdId: string }> };
      assert.deepEqual(mine.items.map((i) => i.householdId), [h.id]);
      assert.ok(!JSON.stringify(mine).includes('Noodgeval'), 'no resident data in "mine"');

      const queue = await privacy.api.get('/api/privacy/emergency-access');
      assert.equal(queue.statusCode, 200, queue.body);
      const queued = (queue.json() as { items: QueueItem[] }).items.find((i) => i.id === item.emergencyAccess.id);
      assert.ok(queued, 'in the review queue');
      assert.equal(queued.household.name, (await db().selectFrom('household').select('name').where('id', '=', h.id).executeTakeFirstOrThrow()).name);
      assert.deepEqual(queued.household.members.map((m) => m.displayName).sort(), ['Ria Noodgeval', 'Tom Noodgeval']);
      assert.deepEqual([queued.ground, queued.justification, queued.status, queued.user.teams], ['conflict_of_duties', justification, 'running', 'Wijkteam Anders']);
      assert.ok(queued.actions.some((a) => a.action === 'dossier.get'), 'what was opened');

      const report = await privacy.api.get(`/api/privacy/access-log?bsn=${h.persons[0]!.bsn}`);
      assert.equal(report.statusCode, 200, report.body);
      const entries = (report.json() as { entries: Array<{ action: string; emergency: boolean; user: { id: string } | null }> }).entries;
      const emergencyReads = entries.filter((e) => e.emergency);
      assert.ok(emergencyReads.some((e) => e.action === 'dossier.get' && e.user?.id === outsider.id), 'the report marks emergency reads');
      assert.ok(emergencyReads.some((e) => e.action === 'emergency_access.start'));
      assert.ok(entries.some((e) => !e.emergency), 'regular entries are not marked');

      const reviewFrom = await lastSeq(db());
      const review = await privacy.api.post(`/api/privacy/emergency-access/${item.emergencyAccess.id}/review`, { outcome: 'justified', note: 'Acuut gevaar, terecht' });
      assert.equal(review.statusCode, 200, review.body);
      const reviewLogged = (await logEntriesSince(db(), reviewFrom)).filter((e) => e.name === 'emergency_access.review');
      assert.equal(reviewLogged.length, 2);
      assert.ok(reviewLogged.every((e) => e.processing_activity_id === 'privacy-oversight' && e.attributes.outcome === 'justified'));
      const after = (await privacy.api.get('/api/privacy/emergency-access')).json() as { items: QueueItem[] };
      assert.ok(!after.items.some((i) => i.id === item.emergencyAccess.id), 'reviewed: out of the queue');
      assert.equal((await privacy.api.post(`/api/privacy/emergency-access/${item.emergencyAccess.id}/review`, { outcome: 'justified', note: 'Nogmaals' })).statusCode, 409);
      assert.equal((await outsider.api.get(`/api/households/${h.id}/dossier`)).statusCode, 200, 'a justified access keeps running');
    });

    it('answers 404 without details for an unknown BSN, or one outside the user’s municipality', async () => {
      const { outsider } = await scene();
      const elsewhere = await f.municipality();
      const far = await f.household(elsewhere, { openTeams: [await f.team(elsewhere)] });
      for (const bsn of ['111222333', far.persons[0]!.bsn]) {
        const res = await outsider.api.post('/api/emergency-access', { bsn, ground: 'vital_interest', justification });
        assert.equal(res.statusCode, 404, res.body);
        assert.equal((res.json() as { message: string }).message, 'Niet gevonden, of u heeft er geen toegang toe.');
      }
      assert.deepEqual(await accessesOf(outsider.id), []);
    });

    it('opens by household id; needs none for whoever has regular access; is for team staff only', async () => {
      const { generalist, outsider, h } = await scene();
      const byId = await outsider.api.post('/api/emergency-access', { householdId: h.id, ground: 'vital_interest', justification });
      assert.equal(byId.statusCode, 201, byId.body);
      const again = (await outsider.api.post('/api/emergency-access', { householdId: h.id, ground: 'vital_interest', justification })).json() as { items: Array<{ via: string }> };
      assert.deepEqual(again.items.map((i) => i.via), ['running']);
      assert.equal((await accessesOf(outsider.id)).length, 1);
      const regular = (await generalist.api.post('/api/emergency-access', { householdId: h.id, ground: 'vital_interest', justification })).json() as { items: Array<{ via: string }> };
      assert.deepEqual(regular.items.map((i) => i.via), ['regular']);
      assert.deepEqual(await accessesOf(generalist.id), []);
      const privacy = await staff({ systemRoles: ['privacy_officer'] });
      assert.equal((await privacy.api.post('/api/emergency-access', { householdId: h.id, ground: 'vital_interest', justification })).statusCode, 403);
      assert.equal((await outsider.api.post('/api/emergency-access', { ground: 'vital_interest', justification })).statusCode, 400, 'a BSN or a household');
    });

    it('closes at expiry and when ended early', async () => {
      const { outsider, h } = await scene();
      const id = ((await outsider.api.post('/api/emergency-access', { householdId: h.id, ground: 'vital_interest', justification })).json() as { items: Array<{ emergencyAccess: { id: string } }> }).items[0]!.emergencyAccess.id;
      assert.equal((await outsider.api.get(`/api/households/${h.id}/dossier`)).statusCode, 200);
      await db().updateTable('emergency_access').set({ started_at: new Date(Date.now() - 5 * 3600_000), expires_at: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
      assert.equal((await outsider.api.get(`/api/households/${h.id}/dossier`)).statusCode, 404, 'expired');
      assert.deepEqual(((await outsider.api.get('/api/emergency-access/mine')).json() as { items: unknown[] }).items, []);
      assert.equal((await outsider.api.post(`/api/emergency-access/${id}/end`)).statusCode, 404, 'nothing left to end');

      const second = ((await outsider.api.post('/api/emergency-access', { householdId: h.id, ground: 'vital_interest', justification })).json() as { items: Array<{ via: string; emergencyAccess: { id: string } }> }).items[0]!;
      assert.equal(second.via, 'started', 'a new request after expiry is a new access');
      const from = await lastSeq(db());
      assert.equal((await outsider.api.post(`/api/emergency-access/${second.emergencyAccess.id}/end`)).statusCode, 200);
      assert.ok((await logEntriesSince(db(), from)).some((e) => e.name === 'emergency_access.end' && e.attributes.emergency === true));
      assert.equal((await outsider.api.get(`/api/households/${h.id}/dossier`)).statusCode, 404, 'ended');
    });

    it('not justified ends a running access; the privacy officer’s routes are refused to others; nobody reviews their own', async () => {
      const { municipality, outsider, generalist, h } = await scene();
      const privacy = await staff({ systemRoles: ['privacy_officer'] });
      const id = ((await outsider.api.post('/api/emergency-access', { householdId: h.id, ground: 'conflict_of_duties', justification })).json() as { items: Array<{ emergencyAccess: { id: string } }> }).items[0]!.emergencyAccess.id;
      for (const who of [outsider, generalist]) {
        assert.equal((await who.api.get('/api/privacy/emergency-access')).statusCode, 403);
        assert.equal((await who.api.post(`/api/privacy/emergency-access/${id}/review`, { outcome: 'justified', note: 'Zelf goedgekeurd' })).statusCode, 403);
      }
      assert.equal((await privacy.api.post(`/api/privacy/emergency-access/${id}/review`, { outcome: 'not_justified' })).statusCode, 400, 'a note is needed');
      const res = await privacy.api.post(`/api/privacy/emergency-access/${id}/review`, { outcome: 'not_justified', note: 'Geen acuut gevaar; via de regisseur' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((res.json() as { endedNow: boolean }).endedNow, true);
      assert.equal((await outsider.api.get(`/api/households/${h.id}/dossier`)).statusCode, 404, 'ended by the review');

      const team = await f.team(municipality);
      const both = await staff({ systemRoles: ['privacy_officer'], teams: [[team, 'member']] });
      const own = ((await both.api.post('/api/emergency-access', { householdId: h.id, ground: 'vital_interest', justification })).json() as { items: Array<{ emergencyAccess: { id: string } }> }).items[0]!.emergencyAccess.id;
      assert.equal((await both.api.post(`/api/privacy/emergency-access/${own}/review`, { outcome: 'justified', note: 'Eigen oordeel' })).statusCode, 403);
    });
  });
}
