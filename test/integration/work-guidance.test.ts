/**
 * Work guidance (issue 5): the assessment of the distance to work and the routing proposal of each
 * municipal model — Zaanstad's three routes, Haarlem's DWI judgement, Maastricht's client groups
 * with the consultant's team by postcode, Ede's target-group check with hand-back, and no model —
 * each with its reasons; confirm and override (with a required reason); a configuration switch
 * from a later date, where earlier proposals keep the version they were made under; access
 * (assigned only, a role without work_participation sees nothing) and the processing log.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { zrmDomains } from '../../src/catalogue/criteria.ts';
import { municipalConfiguration } from '../../src/configuration/configuration-schema.ts';
import { withConfigurationTables } from '../../src/configuration/configuration-tables.ts';
import { addDays, validConfiguration } from '../support/configuration-fixture.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Client = ReturnType<typeof api>;
type Text = { nl: string; en: string };
interface Proposal {
  id: string; proposedOn: string; kind: string; configuration: { id: string; validFrom: string } | null;
  route: { key: string; title: Text; description: string | null; provider: string | null; team: { key: string; name: string } | null; group: { key: string; name: string } | null; consultantRole: { key: string; name: Text } | null; note: Text | null } | null;
  reasons: Array<{ rule: Text; facts: Text }>; alternatives: Array<{ key: string; title: Text }>;
  decision: { outcome: string; route: { key: string } | null; reason: string | null; note: string | null; decidedBy: { id: string; displayName: string }; decidedAt: string } | null;
  abilities: { confirm: boolean; override: boolean };
}
interface View {
  visible: boolean; assessments: Array<{ id: string; distance: string; ladderStep: number | null; ladderSource: string | null; classification: { key: string; name: string } | null }>;
  proposals: Proposal[]; withheld: Array<{ category: string; reason: string }>; abilities: { create: boolean; update: boolean };
  options: { routingKind: string; classifications: Array<{ key: string; name: string }> } | null;
}

function json<T>(res: LightMyRequestResponse, status: number): T {
  assert.equal(res.statusCode, status, res.body.slice(0, 800));
  return res.json() as T;
}
const text = (p: Proposal) => p.reasons.map((r) => `${r.rule.nl} — ${r.facts.nl}`).join('\n');
const paths = (res: LightMyRequestResponse) => ((res.json() as { issues?: Array<{ path: string }> }).issues ?? []).map((i) => i.path).sort();

const withTeams = (extra: object[]) => ({ ...validConfiguration(), teams: [...validConfiguration().teams, ...extra] });
const models = {
  zaanstad: {
    ...validConfiguration(),
    routing: {
      kind: 'zaanstad_three_routes',
      jobReady: { description: 'Solliciteert zelf bij de aangewezen uitzendbureaus', provider: 'Uitzendbureaus Zaanstreek' },
      bridgeable: { description: 'Werkervaringsplek bij het participatiebedrijf', provider: 'Zaanstad Werkt' },
      hardToBridge: { description: 'Wijkbedrijf met coaching in de wijk', provider: 'Wijkbedrijf Poelenburg', staysWithTeam: true },
    },
  },
  haarlem: {
    ...validConfiguration(),
    routing: {
      kind: 'haarlem_dwi', firstContact: 'de klantmanager van DWI',
      bridgeable: { description: 'Naar het participatiebedrijf', provider: 'Paswerk' },
      multipleProblems: { team: null, reportingCompulsory: false },
    },
  },
  maastricht: {
    ...withTeams([
      { key: 'intake', name: 'Intaketeam', kind: 'intake', workplace: 'central' },
      { key: 'p-noord', name: 'Participatieteam Noord', kind: 'work_participation', areas: { postcodes: ['1011-1019'] } },
      { key: 'p-zuid', name: 'Participatieteam Zuid', kind: 'work_participation', areas: { postcodes: ['1021-1029'] } },
    ]),
    targetGroups: [
      { key: 'zelfredzaam', name: 'Zelfredzaam', criteria: [{ kind: 'self_reliant' }] },
      { key: 'makkelijk', name: 'Makkelijk bemiddelbaar', criteria: [{ kind: 'expected_work_within', months: 3 }] },
      { key: 'moeilijk', name: 'Moeilijk bemiddelbaar / hulpverlening', criteria: [{ kind: 'described', text: 'Eerst hulpverlening nodig' }] },
    ],
    routing: {
      kind: 'maastricht_groups', intakeTeam: 'intake', thenBy: 'postcode',
      groups: [
        { targetGroup: 'zelfredzaam', route: 'self_reliant' },
        { targetGroup: 'makkelijk', route: 'job_ready', consultantRole: 'work_professional' },
        { targetGroup: 'moeilijk', route: 'care_first', consultantRole: 'wmo_consultant' },
      ],
    },
  },
  ede: {
    ...withTeams([{ key: 'pteam', name: 'P-team', kind: 'work_participation', workplace: 'central' }]),
    targetGroups: [{ key: 'p-doelgroep', name: 'Arbeidsbeperkt, binnen een jaar aan het werk', criteria: [{ kind: 'work_limitation' }, { kind: 'expected_work_within', months: 12 }] }],
    routing: { kind: 'ede_target_group', targetGroup: 'p-doelgroep', team: 'pteam', otherwise: 'hand_back', diagnosisBeforePlan: true },
  },
  none: validConfiguration(),
};
type Model = keyof typeof models;

for (const engine of testEngines()) {
  describe(`work guidance and routing proposals (${engine})`, () => {
    let t: TestApp;
    let P: Client, Q: Client, O: Client, D: Client, A: Client;
    let professional: { id: string }, admin: { id: string };
    let today: string;
    const place: Partial<Record<Model, { municipalityId: string; teamId: string; householdId: string; persons: string[]; versionId: string }>> = {};
    const at = (model: Model) => place[model]!;
    const assess = (client: Client, personId: string, body: object) => client.post(`/api/persons/${personId}/work-assessments`, { motivation: 'Kort gesprek aan de keukentafel', ...body });
    const latest = (view: View) => view.proposals[0]!;

    async function scores(householdId: string, personId: string, opts: { ladder?: number; zrm?: Record<string, number>; benefit?: boolean }) {
      const db = t.database.db;
      const intakeId = randomUUID();
      await db.insertInto('intake').values({ id: intakeId, household_id: householdId, instrument_id: 'zrm-13', instrument_version: 1, status: 'final', draft: '{"members":{}}', started_by: professional.id, updated_by: professional.id, finalised_at: new Date() }).execute();
      const rows = [
        ...(opts.ladder ? [{ instrument_id: 'participatieladder', domain_code: 'participation', score: opts.ladder, category: 'work_participation' as const }] : []),
        ...Object.entries(opts.zrm ?? {}).map(([code, score]) => ({ instrument_id: 'zrm-13', domain_code: code, score, category: zrmDomains().get(code)!.category })),
      ];
      for (const r of rows) {
        await db.insertInto('assessment_score').values({ id: randomUUID(), intake_id: intakeId, person_id: personId, instrument_version: 1, assessed_on: addDays(today, -30), ...r }).execute();
      }
      if (opts.benefit) await db.insertInto('intake_member_income').values({ intake_id: intakeId, person_id: personId, income_source: 'benefit', low_income: true }).execute();
    }

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const db = t.database.db;
      today = (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(db)).rows[0]!.d;
      professional = await f.user();
      const coordinator = await f.user();
      const colleague = await f.user();
      const debt = await f.user();
      admin = await f.user({ systemRoles: ['administrator'] });
      for (const model of Object.keys(models) as Model[]) {
        const m = await f.municipality();
        const team = await f.team(m, { name: 'Wijkteam Noord' });
        for (const [user, role] of [[professional, 'member'], [coordinator, 'coordinator'], [colleague, 'member'], [debt, 'member']] as const) {
          await db.insertInto('team_membership').values({ id: randomUUID(), team_id: team, user_id: user.id, role, valid_from: '2020-01-01', professional_role: user === debt ? 'debt_counsellor' : 'generalist' }).execute();
        }
        const h = await f.household(m, { openTeams: [team], members: [{ familyName: 'Werk', givenNames: 'Anna' }, { familyName: 'Werk', givenNames: 'Bert', role: 'partner' }] });
        await db.updateTable('case_file').set({ professional_id: professional.id, coordinator_id: model === 'none' ? debt.id : coordinator.id, assigned_at: new Date() }).where('household_id', '=', h.id).execute();
        const versionId = randomUUID();
        await withConfigurationTables(db).insertInto('municipal_configuration').values({
          id: versionId, municipality_id: m, valid_from: '2024-01-01', configuration: JSON.stringify(municipalConfiguration.parse(models[model])), created_by: admin.id,
        }).execute();
        place[model] = { municipalityId: m, teamId: team, householdId: h.id, persons: h.persons.map((p) => p.id), versionId };
      }
      P = api(t, await sessionFor(t, professional.id));
      Q = api(t, await sessionFor(t, coordinator.id));
      O = api(t, await sessionFor(t, colleague.id));
      D = api(t, await sessionFor(t, debt.id));
      A = api(t, await sessionFor(t, admin.id));
    });
    after(() => t.close());

    it('Zaanstad: the distance to work decides between temp agency, work-experience place and neighbourhood enterprise', async () => {
      const [anna] = at('zaanstad').persons as [string];
      await scores(at('zaanstad').householdId, anna, { ladder: 3 });
      const bad = await assess(P, anna, { distance: 'far', motivation: '', assessedOn: addDays(today, 1) });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(paths(bad), ['body.distance', 'body.motivation']);
      const future = await assess(P, anna, { distance: 'bridgeable', assessedOn: addDays(today, 1) });
      assert.deepEqual(paths(future), ['body.assessedOn']);

      const expected = { job_ready: ['temp_agency', 'Uitzendbureaus Zaanstreek'], bridgeable: ['work_experience_place', 'Zaanstad Werkt'], unbridgeable: ['neighbourhood_enterprise', 'Wijkbedrijf Poelenburg'] } as const;
      let view: View | undefined;
      for (const [distance, [route, provider]] of Object.entries(expected)) {
        view = json<View>(await assess(P, anna, { distance }), 201);
        const p = latest(view);
        assert.equal(p.kind, 'zaanstad_three_routes');
        assert.deepEqual([p.route?.key, p.route?.provider, p.configuration?.id, p.proposedOn], [route, provider, at('zaanstad').versionId, today]);
        assert.match(text(p), /Zaanstad: het team beoordeelt de afstand tot werk/);
        assert.match(text(p), /trede 3 op de participatieladder/);
        assert.deepEqual(p.alternatives.map((a) => a.key), ['temp_agency', 'work_experience_place', 'neighbourhood_enterprise']);
      }
      const hard = latest(view!);
      assert.equal(hard.route!.note!.nl, 'De inwoner blijft in het dossier van het wijkteam');
      assert.match(hard.reasons.map((r) => r.facts.en).join(' '), /hard-to-bridge or unbridgeable distance to work/, 'the reasons in English too');
      assert.deepEqual(view!.assessments.map((a) => [a.distance, a.ladderStep, a.ladderSource]), [['unbridgeable', 3, 'score'], ['bridgeable', 3, 'score'], ['job_ready', 3, 'score']], 'every assessment kept, the ladder step from the latest score');
      assert.equal(view!.proposals.length, 3);
      const refused = await sql`UPDATE work_assessment SET distance = 'job_ready' WHERE person_id = ${anna}::uuid`.execute(t.database.db).then(() => null, (e: Error) => e);
      assert.match(String(refused?.message), /is a record/, 'an assessment is never overwritten');
    });

    it('Haarlem: DWI judges — bridgeable to the participation company, multiple problems to the neighbourhood team of the area', async () => {
      const [anna, bert] = at('haarlem').persons as [string, string];
      await t.database.db.updateTable('person').set({ postcode: '1015 AB' }).where('id', 'in', [anna, bert]).execute();
      await scores(at('haarlem').householdId, anna, { ladder: 2, zrm: { finances: 1, mental_health: 2, housing: 2, work_education: 3 } });
      await scores(at('haarlem').householdId, bert, { ladder: 4, zrm: { finances: 4, mental_health: 4, housing: 5 } });
      const a = latest(json<View>(await assess(P, anna, { distance: 'bridgeable' }), 201));
      assert.deepEqual([a.kind, a.route?.key, a.route?.team], ['haarlem_dwi', 'team_referral', { key: 'noord', name: 'Wijkteam Noord' }]);
      assert.match(text(a), /meervoudige problematiek: 3 leefgebieden met score 1 of 2/);
      assert.match(text(a), /postcodegebied 1015: Wijkteam Noord/);
      assert.match(a.route!.note!.nl, /niet verplicht/);
      const b = latest(json<View>(await assess(P, bert, { distance: 'bridgeable', ladderStep: 5 }), 201));
      assert.deepEqual([b.route?.key, b.route?.provider], ['participation_company', 'Paswerk']);
      assert.match(text(b), /trede 5 op de participatieladder/, 'the step the professional gave');
      const c = latest(json<View>(await assess(P, bert, { distance: 'unbridgeable' }), 201));
      assert.equal(c.route?.key, 'team_referral', 'unbridgeable also goes to the team');
    });

    it('Maastricht: the client group decides the route, the postcode area the consultant\'s team', async () => {
      const [anna, bert] = at('maastricht').persons as [string, string];
      await t.database.db.updateTable('person').set({ postcode: '1022 XY' }).where('id', '=', anna).execute();
      await t.database.db.updateTable('person').set({ postcode: null }).where('id', '=', bert).execute();
      const unknown = await assess(P, anna, { distance: 'bridgeable', classification: 'onbekend' });
      assert.deepEqual(paths(unknown), ['body.classification']);
      const view = json<View>(await assess(P, anna, { distance: 'bridgeable', classification: 'makkelijk' }), 201);
      assert.deepEqual(view.options?.classifications.map((c) => c.key), ['zelfredzaam', 'makkelijk', 'moeilijk'], 'the model\'s groups, in its order');
      const p = latest(view);
      assert.deepEqual([p.kind, p.route?.key, p.route?.group?.name, p.route?.team], ['maastricht_groups', 'makkelijk', 'Makkelijk bemiddelbaar', { key: 'p-zuid', name: 'Participatieteam Zuid' }]);
      assert.equal(p.route?.consultantRole?.name.nl, 'Klantmanager / werkprofessional');
      assert.match(text(p), /ingedeeld door de professional: Makkelijk bemiddelbaar/);
      assert.match(text(p), /postcodegebied 1022: Participatieteam Zuid/);

      const judged = latest(json<View>(await assess(P, anna, { distance: 'job_ready', expectedMonthsToWork: 2 }), 201));
      assert.equal(judged.route?.key, 'makkelijk', 'without a classification: the first group whose criteria hold');
      assert.match(text(judged), /Zelfredzaam: niet te beoordelen \(geen ZRM-scores bekend\); Makkelijk bemiddelbaar: voldoet \(werk verwacht binnen 2 maanden \(nodig: 3\)\)/);
      const none = latest(json<View>(await assess(P, anna, { distance: 'unbridgeable', expectedMonthsToWork: 24 }), 201));
      assert.equal(none.route, null, 'no group holds: no route');
      assert.match(text(none), /kies de klantgroep/);
      const noPostcode = latest(json<View>(await assess(P, bert, { distance: 'unbridgeable', classification: 'moeilijk' }), 201));
      assert.deepEqual([noPostcode.route?.key, noPostcode.route?.team], ['moeilijk', null]);
      assert.match(text(noPostcode), /geen postcode bekend: kies het team zelf/);
    });

    it('Ede: in the target group to the P-team; outside it handed back with a note; an open question gives no route', async () => {
      const [anna] = at('ede').persons as [string];
      const inGroup = latest(json<View>(await assess(P, anna, { distance: 'bridgeable', workLimitation: true, expectedMonthsToWork: 6 }), 201));
      assert.deepEqual([inGroup.route?.key, inGroup.route?.team?.name], ['target_group_team', 'P-team']);
      assert.match(inGroup.route!.note!.nl, /Eerst extra diagnose/);
      assert.match(text(inGroup), /Ede: bij de intake toetst P-team of de inwoner bij de doelgroep "Arbeidsbeperkt, binnen een jaar aan het werk" hoort/);

      const outside = latest(json<View>(await assess(P, anna, { distance: 'job_ready', workLimitation: false, expectedMonthsToWork: 3 }), 201));
      assert.equal(outside.route?.key, 'hand_back');
      assert.equal(outside.route?.note?.nl, 'Valt buiten de doelgroep "Arbeidsbeperkt, binnen een jaar aan het werk" van P-team: geen arbeidsbeperking (beoordeling).');
      const confirmed = json<View>(await P.post(`/api/routing-proposals/${outside.id}/confirm`, { note: 'Terug naar het Werkplein, met de beoordeling erbij' }), 200);
      assert.deepEqual([latest(confirmed).decision?.outcome, latest(confirmed).decision?.route?.key, latest(confirmed).decision?.note], ['confirmed', 'hand_back', 'Terug naar het Werkplein, met de beoordeling erbij']);

      const open = latest(json<View>(await assess(P, anna, { distance: 'bridgeable', workLimitation: true }), 201));
      assert.equal(open.route, null);
      assert.match(text(open), /werk binnen 12 maanden: niet beantwoord in de beoordeling/);
      assert.deepEqual(open.abilities, { confirm: false, override: true });
      assert.equal((await P.post(`/api/routing-proposals/${open.id}/confirm`, {})).statusCode, 409, 'nothing to confirm');
    });

    it('no routing model: no proposal, with the explanation; the professional sets a route with a reason', async () => {
      const [anna] = at('none').persons as [string];
      const p = latest(json<View>(await assess(P, anna, { distance: 'bridgeable' }), 201));
      assert.deepEqual([p.kind, p.route], ['none', null]);
      assert.match(text(p), /geen routeringsmodel: het team beslist per casus/);
      assert.deepEqual([p.alternatives, p.abilities], [[], { confirm: false, override: true }]);
      const own = latest(json<View>(await P.post(`/api/routing-proposals/${p.id}/override`, { reason: 'Eigen afweging: eerst een taaltraject', note: 'Na drie maanden opnieuw bekijken' }), 200));
      assert.deepEqual([own.decision?.outcome, own.decision?.route, own.decision?.reason, own.decision?.note], ['overridden', null, 'Eigen afweging: eerst een taaltraject', 'Na drie maanden opnieuw bekijken']);
    });

    it('confirm once; override needs a reason, is kept with who and when, and only the latest proposal is decided', async () => {
      const [, bert] = at('zaanstad').persons as [string, string];
      const first = latest(json<View>(await assess(P, bert, { distance: 'bridgeable' }), 201));
      const second = json<Proposal>(await P.post(`/api/persons/${bert}/routing-proposals`, {}), 201);
      assert.deepEqual([second.route?.key, second.decision, second.abilities], ['work_experience_place', null, { confirm: true, override: true }], 'the new proposal is the answer');
      assert.notEqual(first.id, second.id);
      assert.equal((await P.post(`/api/routing-proposals/${first.id}/confirm`, {})).statusCode, 409, 'a newer proposal exists');

      const noReason = await P.post(`/api/routing-proposals/${second.id}/override`, {});
      assert.equal(noReason.statusCode, 400);
      assert.deepEqual(paths(noReason), ['body.reason']);
      assert.match((noReason.json() as { issues: Array<{ message: string }> }).issues[0]!.message, /reden/);
      assert.equal((await P.post(`/api/routing-proposals/${second.id}/override`, { reason: '   ' })).statusCode, 400);
      assert.deepEqual(paths(await P.post(`/api/routing-proposals/${second.id}/override`, { reason: 'Anders', route: 'maan' })), ['body.route']);

      const from = await lastSeq(t.database.db);
      const view = json<View>(await Q.post(`/api/routing-proposals/${second.id}/override`, { reason: 'Eerst de schulden op orde; het wijkbedrijf past beter', route: 'neighbourhood_enterprise' }), 200);
      const decided = latest(view).decision!;
      assert.deepEqual([decided.outcome, decided.route?.key, decided.reason, decided.decidedBy.displayName], ['overridden', 'neighbourhood_enterprise', 'Eerst de schulden op orde; het wijkbedrijf past beter', 'Medewerker ' + (await t.database.db.selectFrom('app_user').select('username').where('id', '=', (await coordinatorId())).executeTakeFirstOrThrow()).username]);
      assert.ok(decided.decidedAt);
      assert.equal(latest(view).route?.key, 'work_experience_place', 'the proposal itself is kept as it was');
      const logged = await logEntriesSince(t.database.db, from);
      assert.deepEqual(logged.map((e) => [e.name, e.data_subject_id, e.outcome, e.resource_id]), [['work_guidance.override', bert, 'allowed', second.id]]);
      assert.equal((await P.post(`/api/routing-proposals/${second.id}/confirm`, {})).statusCode, 409, 'decided once');
    });

    it('a configuration switch from a later date: earlier proposals keep their version, proposals from that date follow the new model', async () => {
      const [anna] = at('zaanstad').persons as [string];
      const base = `/api/persons/${anna}`;
      const before = json<View>(await P.get(`${base}/work-guidance`), 200);
      const earlier = before.proposals.map((p) => [p.id, p.configuration?.id, p.kind, p.route?.key]);
      const switchOn = addDays(today, 10);
      const saved = json<{ version: { id: string } }>(await A.post(`/api/municipalities/${at('zaanstad').municipalityId}/configurations`, {
        validFrom: switchOn, note: 'Over naar het Haarlemse model', configuration: models.haarlem,
      }), 201);

      const preview = (on: string) => P.get(`${base}/routing-proposals/preview?on=${on}`);
      const dayBefore = json<Proposal>(await preview(addDays(switchOn, -1)), 200);
      assert.deepEqual([dayBefore.configuration?.id, dayBefore.kind, dayBefore.route?.key], [at('zaanstad').versionId, 'zaanstad_three_routes', 'neighbourhood_enterprise']);
      const onTheDay = json<Proposal>(await preview(switchOn), 200);
      assert.deepEqual([onTheDay.configuration?.id, onTheDay.configuration?.validFrom, onTheDay.kind, onTheDay.route?.key], [saved.version.id, switchOn, 'haarlem_dwi', 'team_referral']);
      const later = json<Proposal>(await preview(addDays(switchOn, 40)), 200);
      assert.equal(later.configuration?.id, saved.version.id);

      const now = json<Proposal>(await P.post(`${base}/routing-proposals`, {}), 201);
      assert.deepEqual([now.configuration?.id, now.kind], [at('zaanstad').versionId, 'zaanstad_three_routes'], 'today the old version is still in force');
      const ahead = await P.post(`${base}/routing-proposals`, { on: switchOn });
      assert.deepEqual(paths(ahead), ['body.on'], 'a saved proposal is never dated ahead; the preview looks ahead');
      const after = json<View>(await P.get(`${base}/work-guidance`), 200);
      assert.deepEqual(after.proposals.slice(1).map((p) => [p.id, p.configuration?.id, p.kind, p.route?.key]), earlier, 'earlier proposals keep the version they were made under');
    });

    it('only the case\'s professional and coordinator; a role without work_participation sees nothing; reads and writes are logged per person', async () => {
      const [anna, bert] = at('zaanstad').persons as [string, string];
      assert.equal((await O.get(`/api/persons/${anna}/work-guidance`)).statusCode, 403, 'a colleague in the team who is not assigned');
      assert.equal((await assess(O, anna, { distance: 'bridgeable' })).statusCode, 403);
      const stranger = api(t, await sessionFor(t, (await fixtures(t).user()).id));
      assert.equal((await stranger.get(`/api/persons/${anna}/work-guidance`)).statusCode, 404);
      const someProposal = json<View>(await P.get(`/api/persons/${anna}/work-guidance`), 200).proposals[0]!.id;
      assert.equal((await O.post(`/api/routing-proposals/${someProposal}/override`, { reason: 'Zomaar' })).statusCode, 403);

      const [noneAnna] = at('none').persons as [string];
      const nothing = json<View>(await D.get(`/api/persons/${noneAnna}/work-guidance`), 200);
      assert.deepEqual([nothing.visible, nothing.assessments, nothing.proposals, nothing.abilities], [false, [], [], { create: false, update: false }]);
      assert.deepEqual(nothing.withheld.map((w) => [w.category, w.reason]), [['work_participation', 'not_for_role']]);
      assert.equal((await assess(D, noneAnna, { distance: 'bridgeable' })).statusCode, 403);
      assert.equal((await D.get(`/api/persons/${noneAnna}/routing-proposals/preview`)).statusCode, 403);

      const from = await lastSeq(t.database.db);
      const view = json<View>(await P.get(`/api/persons/${anna}/work-guidance`), 200);
      assert.ok(view.visible && view.assessments.length > 0);
      const read = await logEntriesSince(t.database.db, from);
      assert.deepEqual(read.map((e) => [e.name, e.data_subject_id, e.processing_activity_id, e.acting_team_id, e.outcome]), [['work_guidance.get', anna, 'social-support', at('zaanstad').teamId, 'allowed']], 'one entry, for Anna only');
      assert.deepEqual((read[0]!.attributes as { categories: string[] }).categories, ['work_participation']);

      const writeFrom = await lastSeq(t.database.db);
      json<View>(await assess(P, bert, { distance: 'job_ready' }), 201);
      const written = await logEntriesSince(t.database.db, writeFrom);
      assert.deepEqual(written.map((e) => [e.name, e.data_subject_id, e.outcome, e.user_id]), [['work_guidance.assess', bert, 'allowed', professional.id], ['work_guidance.propose', bert, 'allowed', professional.id]]);
      assert.equal(written[1]!.resource_type, 'work_routing_proposal');
      assert.equal((written[1]!.attributes as { configurationId: string }).configurationId, at('zaanstad').versionId);
    });

    async function coordinatorId(): Promise<string> {
      return (await t.database.db.selectFrom('case_file').select('coordinator_id').where('household_id', '=', at('zaanstad').householdId).executeTakeFirstOrThrow()).coordinator_id!;
    }
  });
}
