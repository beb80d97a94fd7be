/**
 * Routing scenarios on the presets (issue 5), through the work-guidance API of src/work-guidance:
 * the preset's own professionals assess a demo resident's distance to work, and the routing model
 * of the loaded configuration proposes the route the source describes — Zaanstad's three routes,
 * Haarlem's DWI judgement with referral to the area's wijkteam, Maastricht's client groups with
 * the participation team by postcode, Ede's target-group check with hand-back.
 * Each preset is loaded once per engine.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadPreset } from '../../src/presets/preset-loader.ts';
import { findPreset } from '../../src/presets/presets.ts';
import { api, createTestApp, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

interface Proposal {
  id: string; kind: string;
  route: { key: string; provider: string | null; team: { key: string; name: string } | null; group: { key: string } | null; consultantRole: { key: string } | null; note: { nl: string } | null } | null;
}

function routingWorld(engine: 'pglite' | 'postgresql', key: string, username: string, givenName: string) {
  const world = {} as { t: TestApp; assess: (body: object) => Promise<Proposal> };
  before(async () => {
    const t = await createTestApp(engine);
    await loadPreset(t.database.db, t.keys, findPreset(key)!);
    const db = t.database.db;
    const user = await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const person = await db.selectFrom('person').select('id').where('given_names', '=', givenName).executeTakeFirstOrThrow();
    const client = api(t, await sessionFor(t, user.id));
    world.t = t;
    world.assess = async (body) => {
      const res = await client.post(`/api/persons/${person.id}/work-assessments`, { motivation: 'Gesprek aan de keukentafel', ...body });
      assert.equal(res.statusCode, 201, res.body);
      return (res.json() as { proposals: Proposal[] }).proposals[0]!;
    };
  });
  after(() => world.t?.close());
  return world;
}

for (const engine of testEngines()) {
  describe(`Zaanstad: the klantmanager in the wijkteam chooses one of three routes (${engine})`, () => {
    const w = routingWorld(engine, 'zaanstad', 'linda', 'Marloes');
    it('sends the job-ready to the temp agencies, a bridgeable distance to the participatiebedrijf, a hard one to the wijkbedrijf in the team\'s file', async () => {
      const ready = await w.assess({ distance: 'job_ready' });
      assert.deepEqual([ready.kind, ready.route?.key, ready.route?.provider], ['zaanstad_three_routes', 'temp_agency', 'Aangewezen uitzendbureaus']);
      assert.deepEqual([(await w.assess({ distance: 'bridgeable' })).route?.provider], ['Participatiebedrijf']);
      const hard = await w.assess({ distance: 'unbridgeable' });
      assert.deepEqual([hard.route?.key, hard.route?.provider], ['neighbourhood_enterprise', 'Wijkbedrijf']);
      assert.match(hard.route!.note!.nl, /wijkteam/);
    });
  });

  describe(`Haarlem: the DWI klantmanager judges and refers (${engine})`, () => {
    const w = routingWorld(engine, 'haarlem', 'mila', 'Sietse');
    it('sends a bridgeable distance to the participatiebedrijf and an unbridgeable one to the wijkteam of the resident\'s area, without obligation', async () => {
      const bridgeable = await w.assess({ distance: 'bridgeable' });
      assert.deepEqual([bridgeable.kind, bridgeable.route?.key, bridgeable.route?.provider], ['haarlem_dwi', 'participation_company', 'Participatiebedrijf']);
      const referral = await w.assess({ distance: 'unbridgeable' });
      assert.deepEqual([referral.route?.key, referral.route?.team], ['team_referral', { key: 'centrum', name: 'Wijkteam Centrum' }]);
      assert.match(referral.route!.note!.nl, /niet verplicht/);
    });
  });

  describe(`Maastricht Heuvelland: the client group decides the route, the postcode the team (${engine})`, () => {
    const w = routingWorld(engine, 'maastricht', 'roos', 'Hakan');
    it('routes the easily placeable to a consulent werk & inkomen and the care group to a consulent zorg & inkomen, in the team of the postcode area', async () => {
      const easy = await w.assess({ distance: 'job_ready', classification: 'makkelijk-bemiddelbaar' });
      assert.deepEqual([easy.kind, easy.route?.key, easy.route?.team?.name, easy.route?.consultantRole?.key], ['maastricht_groups', 'makkelijk-bemiddelbaar', 'Participatieteam Noord', 'work_professional']);
      const care = await w.assess({ distance: 'unbridgeable', classification: 'hulpverlening' });
      assert.deepEqual([care.route?.key, care.route?.team?.name, care.route?.consultantRole?.key], ['hulpverlening', 'Participatieteam Noord', 'generalist']);
    });
  });

  describe(`Ede: the P-team checks the target group at intake (${engine})`, () => {
    const w = routingWorld(engine, 'ede', 'koen', 'Romy');
    it('keeps someone with a work limitation expected at work within a year, and hands back someone outside the group', async () => {
      const inGroup = await w.assess({ distance: 'bridgeable', workLimitation: true, expectedMonthsToWork: 9 });
      assert.deepEqual([inGroup.kind, inGroup.route?.key, inGroup.route?.team?.name], ['ede_target_group', 'target_group_team', 'P-team']);
      assert.match(inGroup.route!.note!.nl, /diagnose/);
      const outside = await w.assess({ distance: 'job_ready', workLimitation: false, expectedMonthsToWork: 3 });
      assert.equal(outside.route?.key, 'hand_back');
      assert.match(outside.route!.note!.nl, /Valt buiten de doelgroep "Arbeidsbeperking, binnen een jaar aan het werk" van P-team/);
    });
  });
}
