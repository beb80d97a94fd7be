import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { categoryRuleRoutes } from '../../src/privacy/category-rule-routes.ts';
import { processingRegisterRoutes } from '../../src/privacy/register-routes.ts';
import { api, createTestApp, fixtures, sessionFor, type Session, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';

interface Activity {
  id: string; name: string; legalBasisKind: string; legalBasisArticle: string | null; dataCategories: string[];
  retentionMonths: number | null; retentionFrom: string | null; endedOn: string | null;
}
interface Version { created: boolean; changedBy: { displayName: string }; old: Activity | null; new: Activity; changes: Array<{ field: string; old: unknown; new: unknown }> }
interface ErrorBody { error: string; issues?: Array<{ path: string; message: string }> }
interface Role { id: string; rules: Array<{ category: string; processingActivity: { id: string }; requiresConsent: boolean }>; neverSees: string[] }

const newActivity = {
  id: 'schuldpreventie', name: 'Vroegsignalering schulden', purpose: 'Betalingsachterstanden vroeg opmerken en hulp aanbieden',
  legalBasis: 'Wettelijke taak: Wgs art. 3', legalBasisKind: 'public_task', legalBasisArticle: 'Wgs art. 3',
  dataCategories: ['debt'], recipients: 'Schuldhulpverleners', retentionMonths: 18, retentionFrom: 'recorded',
};

function errorOf(res: LightMyRequestResponse, status: number): ErrorBody {
  assert.equal(res.statusCode, status, res.body.slice(0, 400));
  return res.json() as ErrorBody;
}
const paths = (body: ErrorBody) => (body.issues ?? []).map((i) => i.path).sort();

for (const engine of testEngines()) {
  describe(`Processing register and category rules (${engine})`, () => {
    let t: TestApp;
    let officer: Session;
    let admin: Session;
    let staff: Session;
    let teamId: string;
    let staffUserId: string;

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const m = await f.municipality();
      teamId = await f.team(m, { kind: 'work_participation' });
      officer = await sessionFor(t, (await f.user({ systemRoles: ['privacy_officer'] })).id);
      admin = await sessionFor(t, (await f.user({ systemRoles: ['administrator'] })).id);
      const member = await f.user({ teams: [[teamId, 'member']] });
      staffUserId = member.id;
      staff = await sessionFor(t, member.id);
    });
    after(async () => {
      await t?.close();
    });

    it('any staff member reads the register; the privacy officer changes it and the history shows old and new', async () => {
      const list = await api(t, staff).get('/api/privacy/processing-activities');
      assert.equal(list.statusCode, 200, list.body);
      assert.ok((list.json() as { items: Activity[] }).items.some((a) => a.id === 'work-income'));

      const seq = await lastSeq(t.database.db);
      const res = await api(t, officer).patch('/api/privacy/processing-activities/work-income', { retentionMonths: 96 });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((res.json() as Activity).retentionMonths, 96);

      const history = await api(t, officer).get('/api/privacy/processing-activities/work-income/history');
      assert.equal(history.statusCode, 200, history.body);
      const [latest] = (history.json() as { items: Version[] }).items;
      assert.ok(latest);
      assert.equal(latest.created, false);
      assert.equal(latest.old?.retentionMonths, 120);
      assert.equal(latest.new.retentionMonths, 96);
      assert.deepEqual(latest.changes, [{ field: 'retentionMonths', old: 120, new: 96 }]);
      assert.match(latest.changedBy.displayName, /Medewerker/);

      const entries = await logEntriesSince(t.database.db, seq);
      assert.deepEqual(entries.map((e) => [e.name, e.processing_activity_id, e.resource_id, e.data_subject_id]),
        [['processing_activity.update', 'privacy-oversight', 'work-income', null]]);
      assert.deepEqual(entries[0]!.attributes.changedFields, ['retentionMonths']);
    });

    it('a new activity is added with its first version; an unchanged save writes no history', async () => {
      const created = await api(t, officer).post('/api/privacy/processing-activities', newActivity);
      assert.equal(created.statusCode, 201, created.body);
      const again = await api(t, officer).patch(`/api/privacy/processing-activities/${newActivity.id}`, { retentionMonths: 18 });
      assert.equal(again.statusCode, 200, again.body);
      const items = (await api(t, officer).get(`/api/privacy/processing-activities/${newActivity.id}/history`)).json() as { items: Version[] };
      assert.equal(items.items.length, 1);
      assert.equal(items.items[0]!.created, true);
      assert.equal(items.items[0]!.old, null);
      const duplicate = errorOf(await api(t, officer).post('/api/privacy/processing-activities', newActivity), 400);
      assert.deepEqual(paths(duplicate), ['body.id']);
    });

    it('only the privacy officer writes: others get 403 and nothing changes', async () => {
      const calls: Array<['GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', string, object | undefined]> = [
        ['PATCH', '/api/privacy/processing-activities/debt-help', { name: 'Anders' }],
        ['POST', '/api/privacy/processing-activities', { ...newActivity, id: 'iets-anders' }],
        ['PUT', '/api/privacy/category-rules/generalist/enforcement', { processingActivityId: 'social-support' }],
        ['DELETE', '/api/privacy/category-rules/generalist/social', undefined],
        ['GET', '/api/privacy/processing-activities/debt-help/history', undefined],
        ['GET', '/api/privacy/category-rules/history', undefined],
      ];
      const officerRoutes = [...processingRegisterRoutes, ...categoryRuleRoutes].filter((r) => /\(privacy officer\)/.test(r.summary)).map((r) => `${r.method} ${r.url}`);
      const covered = new Set(calls.map(([method, url]) => `${method} ${url.split('?')[0]!
        .replace('debt-help', ':id').replace(/generalist\/\w+$/, ':role/:category')}`));
      assert.deepEqual(officerRoutes.filter((r) => !covered.has(r)), []);
      for (const who of [staff, admin]) {
        for (const [method, url, payload] of calls) {
          const res = await t.app.inject({ method, url, payload, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken } });
          assert.equal(errorOf(res, 403).error, 'forbidden', `${method} ${url}`);
        }
      }
      const debt = (await api(t, staff).get('/api/privacy/processing-activities/debt-help')).json() as Activity;
      assert.equal(debt.name, 'Schuldhulpverlening');
      assert.equal(await t.database.db.selectFrom('processing_activity').select('id').where('id', '=', 'iets-anders').executeTakeFirst(), undefined);
    });

    it('bad input is refused with the field paths and nothing is saved', async () => {
      const cases: Array<[unknown, string[]]> = [
        [{ legalBasisKind: 'legal_duty', legalBasisArticle: '' }, ['body.legalBasisArticle']],
        [{ retentionMonths: null }, ['body.retentionMonths']],
        [{ retentionFrom: null }, ['body.retentionFrom']],
        [{ dataCategories: ['debt', 'horoscope'] }, ['body.dataCategories.1']],
        [{ retentionMonths: -3 }, ['body.retentionMonths']],
        [{ legalBasisKind: 'whim' }, ['body.legalBasisKind']],
        [{ name: '' }, ['body.name']],
        [{}, ['body']],
      ];
      const before = (await api(t, staff).get('/api/privacy/processing-activities/debt-help')).json();
      for (const [body, expected] of cases) {
        const error = errorOf(await api(t, officer).patch('/api/privacy/processing-activities/debt-help', body), 400);
        assert.deepEqual(paths(error), expected, JSON.stringify(body));
      }
      const english = await t.app.inject({
        method: 'PATCH', url: '/api/privacy/processing-activities/debt-help', payload: { legalBasisKind: 'public_task', legalBasisArticle: null },
        headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken, 'accept-language': 'en' },
      });
      assert.match((errorOf(english, 400).issues ?? [])[0]!.message, /article of law/);
      assert.deepEqual((await api(t, staff).get('/api/privacy/processing-activities/debt-help')).json(), before);
      const history = (await api(t, officer).get('/api/privacy/processing-activities/debt-help/history')).json() as { items: Version[] };
      assert.equal(history.items.length, 0);
    });

    it('an activity in use is not ended, nor stripped of a category a rule relies on; an unused one is ended', async () => {
      const inUse = errorOf(await api(t, officer).patch('/api/privacy/processing-activities/debt-help', { endedOn: '2030-01-01' }), 409);
      assert.deepEqual(paths(inUse), ['body.endedOn']);
      const own = errorOf(await api(t, officer).patch('/api/privacy/processing-activities/authentication', { endedOn: '2030-01-01' }), 409);
      assert.deepEqual(paths(own), ['body.endedOn']);
      const stripped = errorOf(await api(t, officer).patch('/api/privacy/processing-activities/debt-help', { dataCategories: ['debt'] }), 409);
      assert.deepEqual(paths(stripped), ['body.dataCategories']);
      const ended = await api(t, officer).patch(`/api/privacy/processing-activities/${newActivity.id}`, { endedOn: '2030-01-01' });
      assert.equal(ended.statusCode, 200, ended.body);
      assert.equal((ended.json() as Activity).endedOn, '2030-01-01');
    });

    it('exports the whole register as JSON and as CSV with Dutch headers', async () => {
      const all = (await api(t, staff).get('/api/privacy/processing-activities')).json() as { items: Activity[] };
      const json = await api(t, staff).get('/api/privacy/register-export?format=json');
      assert.equal(json.statusCode, 200);
      assert.match(String(json.headers['content-disposition']), /^attachment; filename="verwerkingsregister-\d{4}-\d{2}-\d{2}\.json"$/);
      assert.deepEqual((json.json() as { items: Activity[] }).items.map((a) => a.id).sort(), all.items.map((a) => a.id).sort());

      const csv = await api(t, staff).get('/api/privacy/register-export?format=csv');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      assert.match(String(csv.headers['content-disposition']), /^attachment; filename="verwerkingsregister-.*\.csv"$/);
      const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.match(lines[0]!, /^Code;Naam;Doel;Grondslag;Soort grondslag;Wetsartikel;Soorten persoonsgegevens;Ontvangers;Bewaartermijn \(maanden\)/);
      assert.equal(lines.length, all.items.length + 1);
      for (const a of all.items) assert.ok(lines.some((l) => l.startsWith(`${a.id};`)), `CSV has ${a.id}`);
      assert.ok(lines.some((l) => l.startsWith('work-income;Werk en inkomen;') && l.includes('Wettelijke plicht') && l.includes(';96;')));
    });

    it('category rules: read by staff, changed by the privacy officer, validated, logged and kept in history', async () => {
      const roles = (await api(t, staff).get('/api/privacy/professional-roles')).json() as { items: Role[] };
      const worker = roles.items.find((r) => r.id === 'work_professional')!;
      assert.deepEqual(worker.rules.find((r) => r.category === 'social'), { category: 'social', processingActivity: worker.rules.find((r) => r.category === 'social')!.processingActivity, requiresConsent: true });
      assert.ok(worker.neverSees.includes('enforcement'));

      const bad: Array<[string, unknown, number, string[]]> = [
        ['work_professional/horoscope', { processingActivityId: 'work-income' }, 400, ['params.category']],
        ['astrologer/debt', { processingActivityId: 'work-income' }, 400, ['params.role']],
        ['work_professional/justice', { processingActivityId: 'no-such-activity' }, 400, ['body.processingActivityId']],
        ['work_professional/justice', { processingActivityId: 'work-income' }, 400, ['body.processingActivityId']],
        ['work_professional/debt', { processingActivityId: newActivity.id }, 400, ['body.processingActivityId']],
      ];
      for (const [path, body, status, expected] of bad) {
        assert.deepEqual(paths(errorOf(await api(t, officer).put(`/api/privacy/category-rules/${path}`, body), status)), expected, path);
      }

      const seq = await lastSeq(t.database.db);
      const moved = await api(t, officer).put('/api/privacy/category-rules/work_professional/debt', { processingActivityId: 'debt-help' });
      assert.equal(moved.statusCode, 200, moved.body);
      const added = await api(t, officer).put('/api/privacy/category-rules/employer_services/income_benefit', { processingActivityId: 'work-income' });
      assert.equal(added.statusCode, 200, added.body);
      assert.equal((await api(t, officer).delete('/api/privacy/category-rules/employer_services/income_benefit')).statusCode, 204);
      errorOf(await api(t, officer).delete('/api/privacy/category-rules/employer_services/income_benefit'), 404);

      const entries = await logEntriesSince(t.database.db, seq);
      assert.deepEqual(entries.map((e) => [e.name, e.processing_activity_id, e.resource_id]), [
        ['category_rule.update', 'privacy-oversight', 'work_professional/debt'],
        ['category_rule.add', 'privacy-oversight', 'employer_services/income_benefit'],
        ['category_rule.remove', 'privacy-oversight', 'employer_services/income_benefit'],
      ]);
      const history = (await api(t, officer).get('/api/privacy/category-rules/history')).json() as {
        items: Array<{ professionalRole: string; category: string; oldProcessingActivityId: string | null; newProcessingActivityId: string | null }>;
      };
      assert.deepEqual(history.items.slice(0, 3).map((h) => [h.professionalRole, h.category, h.oldProcessingActivityId, h.newProcessingActivityId]), [
        ['employer_services', 'income_benefit', 'work-income', null],
        ['employer_services', 'income_benefit', null, 'work-income'],
        ['work_professional', 'debt', 'work-income', 'debt-help'],
      ]);
      const after = (await api(t, staff).get('/api/privacy/professional-roles')).json() as { items: Role[] };
      assert.equal(after.items.find((r) => r.id === 'work_professional')!.rules.find((r) => r.category === 'debt')!.processingActivity.id, 'debt-help');
    });

    it('the history tables are append-only', async () => {
      await assert.rejects(t.database.db.deleteFrom('processing_activity_history').execute(), /append-only/);
      await assert.rejects(t.database.db.deleteFrom('category_rule_history').execute(), /append-only/);
    });

    it('the administrator sets a member\'s professional role; the session carries it', async () => {
      const members = (await api(t, admin).get(`/api/teams/${teamId}/members`)).json() as { items: Array<{ id: string; userId: string; professionalRole: string }> };
      const membership = members.items.find((m) => m.userId === staffUserId)!;
      assert.equal(membership.professionalRole, 'generalist');
      const me = async () => ((await api(t, staff).get('/api/auth/me')).json() as { user: { teams: Array<{ id: string; professionalRole: string }> } }).user.teams;
      assert.deepEqual((await me()).map((x) => x.professionalRole), ['generalist']);

      errorOf(await api(t, staff).patch(`/api/teams/${teamId}/members/${membership.id}`, { professionalRole: 'work_professional' }), 403);
      const wrong = errorOf(await api(t, admin).patch(`/api/teams/${teamId}/members/${membership.id}`, { professionalRole: 'astrologer' }), 400);
      assert.deepEqual(paths(wrong), ['body.professionalRole']);

      const seq = await lastSeq(t.database.db);
      const changed = await api(t, admin).patch(`/api/teams/${teamId}/members/${membership.id}`, { professionalRole: 'work_professional' });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual((await me()).map((x) => [x.id, x.professionalRole]), [[teamId, 'work_professional']]);
      const [entry] = await logEntriesSince(t.database.db, seq);
      assert.equal(entry?.name, 'team_membership.update');
      assert.equal(entry?.processing_activity_id, 'administration');
      assert.equal(entry?.attributes.professionalRole, 'work_professional');

      const f = fixtures(t);
      const newcomer = await f.user();
      const added = await api(t, admin).post(`/api/teams/${teamId}/members`, { userId: newcomer.id, role: 'member', professionalRole: 'debt_counsellor' });
      assert.equal(added.statusCode, 201, added.body);
      assert.equal((added.json() as { professionalRole: string }).professionalRole, 'debt_counsellor');
      const session = await sessionFor(t, newcomer.id);
      const teams = ((await api(t, session).get('/api/auth/me')).json() as { user: { teams: Array<{ professionalRole: string }> } }).user.teams;
      assert.deepEqual(teams.map((x) => x.professionalRole), ['debt_counsellor']);
    });
  });
}
