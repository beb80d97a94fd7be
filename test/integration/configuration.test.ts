import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { applyDueConfigurations, applyVersion } from '../../src/configuration/configuration-apply.ts';
import { configurationOn, today } from '../../src/configuration/configuration-store.ts';
import { withConfigurationTables } from '../../src/configuration/configuration-tables.ts';
import { traceFromHeader } from '../../src/processing-log/trace.ts';
import { addDays, validConfiguration } from '../support/configuration-fixture.ts';
import { api, createTestApp, fixtures, sessionFor, type Session, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

interface Issue { path: string; message: string }
interface Saved { version: { id: string; validFrom: string }; applied: Record<string, number> | null; warnings: Array<{ code: string; path: string; reason: { nl: string } }> }

function json<T>(res: LightMyRequestResponse, status: number): T {
  assert.equal(res.statusCode, status, res.body.slice(0, 600));
  return res.json() as T;
}

const issuesOf = (res: LightMyRequestResponse) => json<{ issues: Issue[] }>(res, 400).issues;

function issueAt(issues: Issue[], path: string, text?: string | RegExp): Issue {
  const found = issues.find((i) => i.path === path);
  assert.ok(found, `an issue at ${path}; got ${JSON.stringify(issues.map((i) => i.path))}`);
  if (text instanceof RegExp) assert.match(found.message, text);
  else if (text) assert.ok(found.message.includes(text), `${path}: "${found.message}" mentions "${text}"`);
  return found;
}

for (const engine of testEngines()) {
  describe(`Municipal configuration (${engine})`, () => {
    let t: TestApp;
    let admin: Session;
    let manager: Session;
    let member: Session;
    let municipalityId: string;
    let now: string;
    const base = `/api/municipalities`;

    const versionCount = async () => Number((await withConfigurationTables(t.database.db).selectFrom('municipal_configuration')
      .select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const teamsOf = (m: string) => t.database.db.selectFrom('team').selectAll().where('municipality_id', '=', m).orderBy('name').execute();
    const logCount = async () => Number((await t.database.db.selectFrom('processing_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      municipalityId = await f.municipality();
      const teamId = await f.team(municipalityId, { name: 'Los Team' });
      admin = await sessionFor(t, (await f.user({ systemRoles: ['administrator'] })).id);
      manager = await sessionFor(t, (await f.user({ systemRoles: ['manager'] })).id);
      member = await sessionFor(t, (await f.user({ teams: [[teamId, 'member']] })).id);
      now = await today(t.database.db);
    });
    after(async () => {
      await t?.close();
    });

    it('saves a first version from the past and a later one; configurationOn gives the version of each date', async () => {
      const first = json<Saved>(await api(t, admin).post(`${base}/${municipalityId}/configurations`, {
        validFrom: '2024-01-01', note: 'Startpunt', configuration: validConfiguration(),
      }), 201);
      assert.equal(first.applied?.teamsCreated, 4);
      assert.equal(first.applied?.teamsEnded, 1, 'the team that is not in the configuration ends');
      const later = validConfiguration();
      (later.thresholds as Record<string, unknown>).upscaleAfterMonths = 6;
      const second = json<Saved>(await api(t, admin).post(`${base}/${municipalityId}/configurations`, {
        validFrom: addDays(now, 30), configuration: later,
      }), 201);
      assert.equal(second.applied, null, 'a version dated ahead is applied on its date');

      const db = t.database.db;
      assert.equal(await configurationOn(db, municipalityId, '2023-12-31'), null);
      assert.equal((await configurationOn(db, municipalityId, '2024-01-01'))?.id, first.version.id);
      assert.equal((await configurationOn(db, municipalityId, now))?.id, first.version.id);
      assert.equal((await configurationOn(db, municipalityId, addDays(now, 29)))?.id, first.version.id);
      const on30 = await configurationOn(db, municipalityId, addDays(now, 30));
      assert.equal(on30?.id, second.version.id);
      assert.equal(on30?.configuration.thresholds.upscaleAfterMonths, 6);

      const list = json<{ inForceId: string; today: string; items: Array<{ id: string; validFrom: string; note: string | null }> }>(
        await api(t, manager).get(`${base}/${municipalityId}/configurations`), 200);
      assert.equal(list.inForceId, first.version.id);
      assert.equal(list.today, now);
      assert.deepEqual(list.items.map((v) => v.validFrom), [addDays(now, 30), '2024-01-01']);
      const inForce = json<{ id: string }>(await api(t, manager).get(`${base}/${municipalityId}/configurations/in-force?on=${addDays(now, 31)}`), 200);
      assert.equal(inForce.id, second.version.id);
      json(await api(t, manager).get(`${base}/${municipalityId}/configurations/in-force?on=2020-01-01`), 404);
    });

    it('applying syncs the teams (created, updated, ended — never deleted) and the category rules, idempotently', async () => {
      const db = t.database.db;
      const before = await teamsOf(municipalityId);
      assert.deepEqual(before.map((x) => [x.name, x.kind, x.valid_until]), [
        ['Los Team', 'neighbourhood', addDays(now, -1)], ['Noodteam', 'escalation', null], ['Sociaal Plein', 'central_hub', null],
        ['Wijkteam Noord', 'neighbourhood', null], ['Wijkteam Zuid', 'neighbourhood', null],
      ]);
      assert.deepEqual(before.find((x) => x.name === 'Wijkteam Zuid')?.area_postcodes, ['1021-1029', '1031']);
      const zuidId = before.find((x) => x.name === 'Wijkteam Zuid')!.id;
      const noodId = before.find((x) => x.name === 'Noodteam')!.id;

      const next = validConfiguration();
      next.teams = next.teams.filter((x) => x.key !== 'nood');
      next.teams[1] = { key: 'zuid', name: 'Wijkteam Zuid-West', kind: 'neighbourhood', areas: { postcodes: ['1021-1039'], districts: ['Zuid', 'West'] } };
      next.teams.push({ key: 'oost', name: 'Wijkteam Oost', kind: 'neighbourhood', areas: { postcodes: ['1041'] } });
      next.thresholds = { upscaleAfterMonths: 3, upscaleAfterContacts: null };
      next.roles = [{ role: 'debt_counsellor', categories: [
        { category: 'debt', processingActivityId: 'debt-help' },
        { category: 'income_benefit', processingActivityId: 'debt-help' },
        { category: 'work_participation', processingActivityId: 'consent-sharing' },
      ] }];
      const date = addDays(now, 60);
      const saved = json<Saved>(await api(t, admin).post(`${base}/${municipalityId}/configurations`, { validFrom: date, configuration: next }), 201);
      assert.equal(saved.applied, null);
      const rulesBefore = await db.selectFrom('category_rule').selectAll().where('professional_role', '=', 'debt_counsellor').orderBy('category').execute();
      assert.deepEqual(rulesBefore.map((r) => r.category), ['debt', 'income_benefit', 'social']);

      assert.equal(await applyDueConfigurations(db, now), 0, 'the version in force today was applied when it was saved');
      assert.equal(await applyDueConfigurations(db, date), 1);
      const after = await teamsOf(municipalityId);
      assert.equal(after.length, 6, 'no team is deleted');
      const zuid = after.find((x) => x.id === zuidId)!;
      assert.deepEqual([zuid.name, zuid.area_postcodes, zuid.area_districts, zuid.valid_until], ['Wijkteam Zuid-West', ['1021-1039'], ['Zuid', 'West'], null]);
      assert.equal(after.find((x) => x.id === noodId)!.valid_until, addDays(date, -1), 'the noodteam ends the day before the version');
      const oost = after.find((x) => x.name === 'Wijkteam Oost')!;
      assert.equal(oost.valid_from, date);
      const rules = await db.selectFrom('category_rule').selectAll().where('professional_role', '=', 'debt_counsellor').orderBy('category').execute();
      assert.deepEqual(rules.map((r) => [r.category, r.processing_activity_id]), [['debt', 'debt-help'], ['income_benefit', 'debt-help'], ['work_participation', 'consent-sharing']]);
      const history = await db.selectFrom('category_rule_history').selectAll().where('professional_role', '=', 'debt_counsellor').execute();
      assert.equal(history.length, 2, 'one history row per change: social removed, work_participation added');
      const generalist = await db.selectFrom('category_rule').select('category').where('professional_role', '=', 'generalist').execute();
      assert.equal(generalist.length, 8, 'roles the version does not list keep their rules');

      assert.equal(await applyDueConfigurations(db, date), 0, 'an applied version is not applied again');
      const current = (await configurationOn(db, municipalityId, date))!;
      const again = await db.transaction().execute((tx) => applyVersion(tx, { ...current, municipalityId, createdBy: history[0]!.changed_by },
        { userId: null, trace: traceFromHeader(undefined) }));
      assert.deepEqual(again, { teamsCreated: 0, teamsUpdated: 0, teamsEnded: 0, categoryRulesChanged: 0 });
      assert.deepEqual((await teamsOf(municipalityId)).map((x) => [x.id, x.name, x.valid_until]), after.map((x) => [x.id, x.name, x.valid_until]));
    });

    it('refuses invalid configurations with every problem at its path, in Dutch or English, and saves nothing', async () => {
      const bad = validConfiguration();
      bad.teams = [
        ...bad.teams.slice(0, 1),
        { key: 'zuid', name: 'Wijkteam Zuid', kind: 'neighbourhood', areas: { postcodes: ['3905-3901', '1015'] }, targetGroup: 'jongeren' },
        { key: 'noord', name: 'Wijkteam Noord 2', kind: 'neighbourhood' },
        ...bad.teams.slice(2),
      ];
      bad.access = { ...(bad.access as object), gates: { model: 'central', points: [{ team: 'oost', routes: ['benefit_application', 'referral', 'self_registration'] }] } };
      bad.mandates = [{ decision: 'benefit', holder: { kind: 'team', team: 'noord' } }];
      const versions = await versionCount();
      const teams = await teamsOf(municipalityId);
      const log = await logCount();

      const issues = issuesOf(await api(t, admin).post(`${base}/${municipalityId}/configurations`, { validFrom: addDays(now, 90), configuration: bad }));
      const at = 'body.configuration.';
      issueAt(issues, `${at}teams.1.areas.postcodes.0`, 'Postcodegebied 3905-3901: de eerste postcode moet kleiner zijn dan de tweede');
      issueAt(issues, `${at}teams.1.areas.postcodes.1`, 'overlapt met 1011-1019 van Wijkteam Noord');
      issueAt(issues, `${at}teams.2.key`, 'is al gebruikt voor Wijkteam Noord');
      issueAt(issues, `${at}teams.1.targetGroup`, 'Doelgroep "jongeren" is niet beschreven');
      issueAt(issues, `${at}access.gates.points.0.team`, 'team "oost"');
      issueAt(issues, `${at}mandates.0.holder`, /altijd buiten het team.*bron 000/);

      const english = await t.app.inject({
        method: 'POST', url: `${base}/${municipalityId}/configurations`, payload: { validFrom: addDays(now, 90), configuration: bad },
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'accept-language': 'en' },
      });
      issueAt(issuesOf(english), `${at}teams.1.areas.postcodes.0`, 'Postcode area 3905-3901: the first postcode must be lower than the second');

      const unknownActivity = { ...validConfiguration(), roles: [{ role: 'wmo_consultant', categories: [{ category: 'social', processingActivityId: 'zorg-x' }, { category: 'justice', processingActivityId: 'social-support' }] }] };
      const registerIssues = issuesOf(await api(t, admin).post(`${base}/${municipalityId}/configurations`, { validFrom: addDays(now, 90), configuration: unknownActivity }));
      issueAt(registerIssues, `${at}roles.0.categories.0.processingActivityId`, 'staat niet in het verwerkingsregister');

      const wrongDate = issuesOf(await api(t, admin).post(`${base}/${municipalityId}/configurations`, { validFrom: addDays(now, -1), configuration: validConfiguration() }));
      issueAt(wrongDate, 'body.validFrom', 'vandaag of later');
      const sameDate = issuesOf(await api(t, admin).post(`${base}/${municipalityId}/configurations`, { validFrom: addDays(now, 30), configuration: validConfiguration() }));
      issueAt(sameDate, 'body.validFrom', 'Er is al een versie');

      assert.equal(await versionCount(), versions);
      assert.deepEqual(await teamsOf(municipalityId), teams);
      assert.equal(await logCount(), log);
    });

    it('exports a version as a file that imports into another municipality unchanged', async () => {
      const list = json<{ items: Array<{ id: string; validFrom: string }> }>(await api(t, admin).get(`${base}/${municipalityId}/configurations`), 200);
      const source = list.items.find((v) => v.validFrom === '2024-01-01')!;
      const res = await api(t, manager).get(`${base}/${municipalityId}/configurations/${source.id}/export`);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="samenspel-configuratie-.+-2024-01-01\.json"$/);
      const file = res.json() as { format: string; validFrom: string; configuration: unknown };
      assert.equal(file.format, 'samenspel.municipal-configuration');

      const other = await fixtures(t).municipality('Gemeente Elders');
      const imported = json<Saved>(await api(t, admin).post(`${base}/${other}/configurations`, file), 201);
      assert.equal(imported.applied?.teamsCreated, 4);
      const back = json<{ configuration: unknown }>(await api(t, admin).get(`${base}/${other}/configurations/${imported.version.id}`), 200);
      assert.deepEqual(back.configuration, file.configuration);
      const reexported = json<{ configuration: unknown }>(await api(t, admin).get(`${base}/${other}/configurations/${imported.version.id}/export`), 200);
      assert.deepEqual(reexported.configuration, file.configuration);
    });

    it('warns for the four combinations the sources show going wrong, and not for a clean model', async () => {
      const check = async (configuration: unknown) =>
        json<{ warnings: Saved['warnings'] }>(await api(t, manager).post(`${base}/${municipalityId}/configurations/check`, { configuration }), 200).warnings;
      assert.deepEqual(await check(validConfiguration()), []);

      const heavy = { ...validConfiguration(), intake: { integralIntake: 'everyone', instrument: 'zrm-11' }, norms: { caseloadPerProfessional: 130, contactEveryDays: null } };
      const [w1] = await check(heavy);
      assert.equal(w1?.code, 'integral_intake_heavy_caseload');
      assert.equal(w1?.path, 'intake.integralIntake');
      assert.match(w1!.reason.nl, /P-team.*integrale intake/);

      const everyone = { ...validConfiguration(), targetGroups: [{ key: 'allen', name: 'Alle aanvragers', criteria: [{ kind: 'everyone', scope: 'benefit_applicants' }] }] };
      assert.deepEqual((await check(everyone)).map((w) => w.code), ['everyone_without_short_route']);
      const withRoute = { ...everyone, routing: { kind: 'none', jobReadyRoute: { description: 'Naar de uitzendbureaus', provider: 'Uitzendbureaus' } } };
      assert.deepEqual(await check(withRoute), []);

      const central = validConfiguration();
      central.assignment = { by: ['postcode'] };
      central.teams = central.teams.map((x) => (x.kind === 'neighbourhood' ? { ...x, workplace: 'central' } : x));
      const [w3] = await check(central);
      assert.equal(w3?.code, 'postcode_only_central');
      assert.match(w3!.reason.nl, /Maastricht.*postcode/);

      const room = { ...validConfiguration(), discretionaryRoom: [{ key: 'kdn', description: 'Kostendelersnorm niet toepassen' }] };
      const [w4] = await check(room);
      assert.equal(w4?.code, 'discretion_without_mandate');
      assert.equal(w4?.path, 'discretionaryRoom.0');
      const covered = { ...room, mandates: [{ decision: 'benefit', holder: { kind: 'municipality' }, discretionaryRoom: ['kdn'] }] };
      assert.deepEqual(await check(covered), []);
    });

    it('lets only administrators write; managers read; team members see nothing', async () => {
      const list = json<{ items: Array<{ id: string; validFrom: string }> }>(await api(t, manager).get(`${base}/${municipalityId}/configurations`), 200);
      const future = list.items.find((v) => v.validFrom > now)!;
      const body = { validFrom: addDays(now, 120), configuration: validConfiguration() };
      json(await api(t, manager).post(`${base}/${municipalityId}/configurations`, body), 403);
      json(await api(t, manager).put(`${base}/${municipalityId}/configurations/${future.id}`, body), 403);
      json(await api(t, manager).delete(`${base}/${municipalityId}/configurations/${future.id}`), 403);
      json(await api(t, member).get(`${base}/${municipalityId}/configurations`), 403);
      json(await api(t, member).get(`${base}/${municipalityId}/configurations/${future.id}`), 403);
      json(await api(t).get(`${base}/${municipalityId}/configurations`), 401);
    });

    it('replaces or removes a version dated ahead, never one in force', async () => {
      const list = json<{ inForceId: string; items: Array<{ id: string; validFrom: string }> }>(await api(t, admin).get(`${base}/${municipalityId}/configurations`), 200);
      const future = list.items.find((v) => v.validFrom === addDays(now, 30))!;
      const changed = validConfiguration();
      changed.norms = { caseloadPerProfessional: 50, contactEveryDays: 7 };
      const replaced = json<Saved>(await api(t, admin).put(`${base}/${municipalityId}/configurations/${future.id}`, { validFrom: addDays(now, 31), configuration: changed }), 200);
      assert.equal(replaced.version.validFrom, addDays(now, 31));
      json(await api(t, admin).put(`${base}/${municipalityId}/configurations/${list.inForceId}`, { validFrom: addDays(now, 200), configuration: changed }), 409);
      json(await api(t, admin).delete(`${base}/${municipalityId}/configurations/${list.inForceId}`), 409);
      await assert.rejects(t.superuserQuery(`UPDATE municipal_configuration SET note = 'x' WHERE id = '${list.inForceId}'`), /version in force/);
      assert.equal((await api(t, admin).delete(`${base}/${municipalityId}/configurations/${future.id}`)).statusCode, 204);
      json(await api(t, admin).get(`${base}/${municipalityId}/configurations/${future.id}`), 404);
      const entries = await t.database.db.selectFrom('processing_log').select(['name', 'processing_activity_id']).where('resource_type', '=', 'municipal_configuration').execute();
      assert.ok(['configuration.create', 'configuration.apply', 'configuration.replace', 'configuration.delete'].every((n) => entries.some((e) => e.name === n && e.processing_activity_id === 'administration')));
    });

    it('documents the configuration in the OpenAPI document', async () => {
      const doc = json<{ paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { properties: Record<string, { description?: string }> }> } }> } }>> }>(
        await t.app.inject({ method: 'GET', url: '/api/openapi.json' }), 200);
      const schema = doc.paths['/api/municipalities/{id}/configurations']!.post!.requestBody!.content['application/json']!.schema;
      const configuration = schema.properties.configuration!.properties;
      for (const field of ['baseModel', 'access', 'teams', 'roles', 'mandates', 'thresholds', 'targetGroups', 'norms', 'intake', 'routing']) {
        assert.ok(configuration[field]?.description, `${field} is described`);
      }
    });
  });
}
