/**
 * The instrument catalogue (menukaart) and its finder, through the API:
 *  - administrators keep the catalogue (create, replace, remove, import, export); bad criteria are
 *    refused with the path of each problem and nothing is saved; others only read it;
 *  - the finder judges every current instrument for one member: fitting, not fitting with every
 *    reason, unknown; a category withheld from the user makes its criteria unknown, never a value;
 *    each search is logged per data subject; users without access get 404 or 403.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { withCatalogueTables } from '../../src/catalogue/catalogue-tables.ts';
import { withConfigurationTables } from '../../src/configuration/configuration-tables.ts';
import type { ProfessionalRole } from '../../src/db/schema.ts';
import { validConfiguration } from '../support/configuration-fixture.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Message = { nl: string; en: string };
type Judged = { kind: string; outcome: 'met' | 'not_met' | 'unknown'; explanation: Message };
type Item = { instrument: { key: string }; criteria: Judged[]; remarks: Message[] };
type Finder = { fitting: Item[]; notFitting: Item[]; unknown: Item[]; withheld: Array<{ category: string; reason: string }> };

const instrument = (key: string, overrides: Record<string, unknown> = {}) => ({
  key, name: `Instrument ${key}`, kind: 'work_trajectory', law: 'participatiewet',
  provider: { name: 'Werkbedrijf Teststad' }, cost: { unit: 'per_trajectory', amountEuros: 4250.5 }, durationWeeks: 26,
  capacity: { places: 40, waitingCount: 3, waitingWeeks: 8 }, request: { how: 'Via de klantmanager', decidedBy: 'Klantmanager W&I' },
  criteria: [], validFrom: '2024-01-01', ...overrides,
});

const trajectory = instrument('werkbedrijf', { criteria: [{ minHoursPerWeek: 16 }, { ladderStepAtLeast: 3 }] });
const coaching = instrument('coach', { kind: 'coaching', cost: { unit: 'free' }, capacity: {}, criteria: [{ ladderStepAtMost: 4 }] });
const debtBuddy = instrument('maatje', { kind: 'debt_help', law: 'wgs', cost: { unit: 'free' }, capacity: {}, criteria: [{ hasDebts: true }] });
const forJobSeekers = instrument('werkzoekenden', { capacity: {}, criteria: [{ targetGroup: 'werkzoekenden' }, { zrmDomainAtMost: { domain: 'finances', score: 2 } }] });
const ended = instrument('afgelopen', { capacity: {}, criteria: [], validFrom: '2023-01-01', validUntil: '2024-12-31' });

for (const engine of testEngines()) {
  describe(`instrument catalogue and finder (${engine})`, () => {
    let t: TestApp;
    let f: ReturnType<typeof fixtures>;
    let municipality: string;
    let team: string;
    let admin: ReturnType<typeof api>;
    let adminId: string;
    let staff: ReturnType<typeof api>;
    const db = () => t.database.db;

    before(async () => {
      t = await createTestApp(engine);
      f = fixtures(t);
      municipality = await f.municipality();
      team = await f.team(municipality);
      const a = await f.user({ systemRoles: ['administrator'] });
      adminId = a.id;
      admin = api(t, await sessionFor(t, a.id));
      staff = api(t, await sessionFor(t, (await f.user({ teams: [[team, 'member']] })).id));
      await withConfigurationTables(db()).insertInto('municipal_configuration').values({
        id: randomUUID(), municipality_id: municipality, valid_from: '2024-01-01', created_by: adminId,
        configuration: JSON.stringify({ ...validConfiguration(), targetGroups: [{ key: 'werkzoekenden', name: 'Werkzoekenden met een uitkering', criteria: [{ kind: 'receives_benefit' }, { kind: 'age', from: 18, until: 67 }] }] }),
      }).execute();
      for (const body of [trajectory, coaching, debtBuddy, forJobSeekers, ended]) {
        const res = await admin.post(`/api/municipalities/${municipality}/catalogue`, body);
        assert.equal(res.statusCode, 201, res.body);
      }
    });
    after(() => t.close());

    const count = async (m = municipality) => Number((await withCatalogueTables(db()).selectFrom('catalogue_instrument')
      .select((eb) => eb.fn.countAll<number>().as('n')).where('municipality_id', '=', m).executeTakeFirstOrThrow()).n);

    it('an administrator keeps an instrument; every staff member reads it with what its criteria ask', async () => {
      const created = await admin.post(`/api/municipalities/${municipality}/catalogue`, instrument('tijdelijk', { criteria: [{ ageBetween: [18, 27] }] }));
      assert.equal(created.statusCode, 201, created.body);
      const { id } = created.json() as { id: string };
      const list = (await staff.get(`/api/municipalities/${municipality}/catalogue`)).json() as { items: Array<{ key: string; criteriaText: Message[]; current: boolean; cost: unknown }> };
      const werkbedrijf = list.items.find((i) => i.key === 'werkbedrijf')!;
      assert.deepEqual(werkbedrijf.criteriaText.map((c) => c.nl), ['Minstens 16 uur per week', 'Minimaal trede 3 op de participatieladder']);
      assert.deepEqual(werkbedrijf.cost, { unit: 'per_trajectory', amountEuros: 4250.5 });
      assert.equal(list.items.find((i) => i.key === 'werkzoekenden')!.criteriaText[0]!.nl, 'Hoort bij de doelgroep "Werkzoekenden met een uitkering"');
      assert.equal(list.items.find((i) => i.key === 'afgelopen')!.current, false);
      const current = (await staff.get(`/api/municipalities/${municipality}/catalogue?current=true`)).json() as { items: Array<{ key: string }> };
      assert.ok(!current.items.some((i) => i.key === 'afgelopen'));

      const replaced = await admin.put(`/api/catalogue/${id}`, instrument('tijdelijk', { name: 'Hernoemd', criteria: [] }));
      assert.equal(replaced.statusCode, 200, replaced.body);
      assert.equal((await staff.get(`/api/catalogue/${id}`)).json().name, 'Hernoemd');
      assert.equal((await admin.delete(`/api/catalogue/${id}`)).statusCode, 204);
      assert.equal((await staff.get(`/api/catalogue/${id}`)).statusCode, 404);
      const log = await db().selectFrom('processing_log').select(['name', 'resource_id']).where('resource_type', '=', 'catalogue_instrument').where('resource_id', '=', id).orderBy('seq').execute();
      assert.deepEqual(log.map((l) => l.name), ['catalogue.create', 'catalogue.update', 'catalogue.delete']);
    });

    it('bad criteria are refused with the path and reason of each problem, and nothing is saved', async () => {
      const before = await count();
      const res = await admin.post(`/api/municipalities/${municipality}/catalogue`, instrument('fout', {
        criteria: [{ minHoursPerWeek: 0 }, { hoursAtLeast: 16 }, { zrmDomainAtMost: { domain: 'finance', score: 2 } }, { ageBetween: [30, 20] }, { seeksWork: true, hasDebts: true }],
      }));
      assert.equal(res.statusCode, 400, res.body);
      const paths = (res.json() as { issues: Array<{ path: string; message: string }> }).issues.map((i) => i.path);
      assert.deepEqual(paths, ['body.criteria.0.minHoursPerWeek', 'body.criteria.1', 'body.criteria.2.zrmDomainAtMost.domain', 'body.criteria.3.ageBetween.1', 'body.criteria.4']);
      assert.match(res.json().issues[1].message, /Onbekende soort criterium: hoursAtLeast/);

      const group = await admin.post(`/api/municipalities/${municipality}/catalogue`, instrument('fout', { criteria: [{ targetGroup: 'jongeren' }], provider: { name: 'X', organisationId: randomUUID() } }));
      assert.equal(group.statusCode, 400, group.body);
      assert.deepEqual((group.json() as { issues: Array<{ path: string }> }).issues.map((i) => i.path), ['body.provider.organisationId', 'body.criteria.0.targetGroup']);
      assert.equal((await admin.post(`/api/municipalities/${municipality}/catalogue`, instrument('werkbedrijf'))).statusCode, 400, 'a key is unique within the municipality');
      assert.equal(await count(), before);
    });

    it('only administrators write; export and import round-trip; a bad file saves nothing', async () => {
      const id = ((await staff.get(`/api/municipalities/${municipality}/catalogue`)).json() as { items: Array<{ id: string }> }).items[0]!.id;
      assert.equal((await staff.post(`/api/municipalities/${municipality}/catalogue`, instrument('nee'))).statusCode, 403);
      assert.equal((await staff.put(`/api/catalogue/${id}`, instrument('nee'))).statusCode, 403);
      assert.equal((await staff.delete(`/api/catalogue/${id}`)).statusCode, 403);
      assert.equal((await staff.post(`/api/municipalities/${municipality}/catalogue/import`, { instruments: [] })).statusCode, 403);

      const exported = await staff.get(`/api/municipalities/${municipality}/catalogue/export`);
      assert.equal(exported.statusCode, 200);
      assert.match(String(exported.headers['content-disposition']), /attachment; filename="samenspel-instrumenten-/);
      const file = exported.json() as { format: string; instruments: Array<{ key: string }> };
      assert.equal(file.format, 'samenspel.instrument-catalogue');

      const other = await f.municipality();
      const bad = structuredClone(file);
      (bad.instruments[2] as Record<string, unknown>).criteria = [{ ladderStepAtLeast: 9 }];
      const refused = await admin.post(`/api/municipalities/${other}/catalogue/import`, bad);
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().issues[0].path, 'body.instruments.2.criteria.0.ladderStepAtLeast');
      assert.equal(await count(other), 0);
      const groupsMissing = await admin.post(`/api/municipalities/${other}/catalogue/import`, file);
      assert.equal(groupsMissing.statusCode, 400, 'the other municipality has no target group "werkzoekenden"');
      assert.equal(await count(other), 0);

      const withoutGroups = { ...file, instruments: file.instruments.filter((i) => i.key !== 'werkzoekenden') };
      const imported = await admin.post(`/api/municipalities/${other}/catalogue/import`, withoutGroups);
      assert.equal(imported.statusCode, 200, imported.body);
      assert.deepEqual(imported.json(), { created: withoutGroups.instruments.length, updated: 0, removed: 0 });
      const again = (await staff.get(`/api/municipalities/${other}/catalogue/export`)).json() as typeof file;
      assert.deepEqual(again.instruments, withoutGroups.instruments);

      const replaced = await admin.post(`/api/municipalities/${other}/catalogue/import?mode=replace`, { instruments: withoutGroups.instruments.slice(0, 2) });
      assert.deepEqual(replaced.json(), { created: 0, updated: 2, removed: withoutGroups.instruments.length - 2 });
      assert.equal(await count(other), 2);
    });

    async function professional(role: ProfessionalRole) {
      const user = await f.user({ teams: [[team, 'member']] });
      await db().updateTable('team_membership').set({ professional_role: role }).where('user_id', '=', user.id).execute();
      return { id: user.id, api: api(t, await sessionFor(t, user.id)) };
    }

    /** A household with one adult, assigned to the professional, with a finalised intake: ladder 2, finances 2, benefit, debts. */
    async function assessedMember(professionalId: string) {
      const h = await f.household(municipality, { openTeams: [team], members: [{ givenNames: 'Sara', birthDate: '1990-04-01' }] });
      await db().updateTable('case_file').set({ kind: 'case', professional_id: professionalId, coordinator_id: professionalId, assigned_at: new Date() }).where('household_id', '=', h.id).execute();
      const person = h.persons[0]!.id;
      const intakeId = randomUUID();
      await db().insertInto('intake').values({
        id: intakeId, household_id: h.id, instrument_id: 'zrm-13', instrument_version: 1, status: 'final', finalised_at: new Date(),
        draft: JSON.stringify({ conductedOn: '2026-01-10', members: { [person]: { scores: {}, ladder: 2, followUp: { debts: 'yes' } } } }),
        started_by: professionalId, updated_by: professionalId,
      }).execute();
      await db().insertInto('assessment_score').values([
        { id: randomUUID(), intake_id: intakeId, person_id: person, instrument_id: 'participatieladder', instrument_version: 1, domain_code: 'participation', score: 2, category: 'work_participation', assessed_on: '2026-01-10' },
        { id: randomUUID(), intake_id: intakeId, person_id: person, instrument_id: 'zrm-13', instrument_version: 1, domain_code: 'finances', score: 2, category: 'income_benefit', assessed_on: '2026-01-10' },
      ]).execute();
      await db().insertInto('intake_member_income').values({ intake_id: intakeId, person_id: person, income_source: 'benefit', seeks_work: true, low_income: true }).execute();
      return person;
    }

    const byKey = (items: Item[], key: string) => items.find((i) => i.instrument.key === key);

    it('the finder: ladder 2 and 12 hours do not fit a 16-hour, step-3 trajectory (both reasons); coaching fits; the search is logged per person', async () => {
      const generalist = await professional('generalist');
      const person = await assessedMember(generalist.id);
      const from = await lastSeq(db());
      const res = await generalist.api.get(`/api/persons/${person}/instrument-finder?hoursPerWeek=12`);
      assert.equal(res.statusCode, 200, res.body);
      const found = res.json() as Finder;
      const werkbedrijf = byKey(found.notFitting, 'werkbedrijf');
      assert.ok(werkbedrijf, 'the trajectory does not fit');
      assert.deepEqual(werkbedrijf.criteria.map((c) => [c.outcome, c.explanation.nl]), [
        ['not_met', 'Minstens 16 uur per week; opgegeven: 12'],
        ['not_met', 'Minimaal trede 3 op de participatieladder; nu trede 2'],
      ]);
      assert.deepEqual(werkbedrijf.remarks.map((r) => r.nl), ['Wachtlijst 8 weken', '3 wachtenden', '40 plaatsen']);
      assert.ok(byKey(found.fitting, 'coach'), 'coaching fits');
      assert.deepEqual(byKey(found.fitting, 'maatje')!.criteria.map((c) => c.explanation.nl), ['Heeft schulden; bij de intake: schulden']);
      assert.deepEqual(byKey(found.fitting, 'werkzoekenden')!.criteria.map((c) => c.outcome), ['met', 'met'], 'benefit and age 18–66: the target group; finances 2');
      assert.ok(![...found.fitting, ...found.notFitting, ...found.unknown].some((i) => i.instrument.key === 'afgelopen'), 'ended instruments are not offered');

      const entries = (await logEntriesSince(db(), from)).filter((e) => e.name === 'catalogue.find');
      assert.deepEqual(entries.map((e) => [e.data_subject_id, e.user_id, e.outcome, e.processing_activity_id]), [[person, generalist.id, 'allowed', 'social-support']]);
      assert.deepEqual(entries[0]!.attributes.categories, ['debt', 'income_benefit', 'work_participation']);

      const waiting = (await generalist.api.get(`/api/persons/${person}/instrument-finder?hoursPerWeek=20&maxWaitWeeks=4`)).json() as Finder;
      assert.deepEqual(byKey(waiting.notFitting, 'werkbedrijf')!.criteria.filter((c) => c.outcome === 'not_met').map((c) => c.explanation.nl),
        ['Minimaal trede 3 op de participatieladder; nu trede 2', 'Wachtlijst 8 weken; gewenste start binnen 4 weken']);
      const noHours = (await generalist.api.get(`/api/persons/${person}/instrument-finder`)).json() as Finder;
      assert.equal(byKey(noHours.notFitting, 'werkbedrijf')!.criteria[0]!.explanation.nl, 'Minstens 16 uur per week; aantal uren per week niet opgegeven');
    });

    it('the next search sees a change to the catalogue at once; a member without an intake gets unknowns, not guesses', async () => {
      const generalist = await professional('generalist');
      const person = await assessedMember(generalist.id);
      const find = async (id = person) => (await generalist.api.get(`/api/persons/${id}/instrument-finder`)).json() as Finder;
      assert.ok(byKey((await find()).fitting, 'coach'));
      const coach = ((await staff.get(`/api/municipalities/${municipality}/catalogue`)).json() as { items: Array<{ id: string; key: string }> }).items.find((i) => i.key === 'coach')!;
      assert.equal((await admin.put(`/api/catalogue/${coach.id}`, { ...coaching, criteria: [{ ladderStepAtLeast: 5 }] })).statusCode, 200);
      assert.deepEqual(byKey((await find()).notFitting, 'coach')!.criteria.map((c) => c.explanation.nl), ['Minimaal trede 5 op de participatieladder; nu trede 2']);
      assert.equal((await admin.put(`/api/catalogue/${coach.id}`, coaching)).statusCode, 200);
      assert.ok(byKey((await find()).fitting, 'coach'));

      const h = await f.household(municipality, { openTeams: [team], members: [{ givenNames: 'Nieuw', birthDate: '2001-02-03' }] });
      await db().updateTable('case_file').set({ kind: 'case', professional_id: generalist.id, coordinator_id: generalist.id, assigned_at: new Date() }).where('household_id', '=', h.id).execute();
      const fresh = await find(h.persons[0]!.id);
      assert.deepEqual(fresh.fitting.map((i) => i.instrument.key), []);
      assert.deepEqual(byKey(fresh.unknown, 'maatje')!.criteria.map((c) => c.explanation.nl), ['Heeft schulden; niet bekend of er schulden zijn']);
      assert.deepEqual(byKey(fresh.unknown, 'werkzoekenden')!.criteria.map((c) => [c.outcome, c.explanation.nl]), [
        ['unknown', 'Hoort bij de doelgroep "Werkzoekenden met een uitkering"; geen inkomensbron bekend'],
        ['unknown', 'ZRM Financiën hoogstens 2; geen ZRM-score voor Financiën bekend'],
      ]);
    });

    it('a category withheld from the user makes its criteria unknown — never met or not met', async () => {
      const consultant = await professional('income_consultant');
      const person = await assessedMember(consultant.id);
      const res = await consultant.api.get(`/api/persons/${person}/instrument-finder?hoursPerWeek=12`);
      assert.equal(res.statusCode, 200, res.body);
      const found = res.json() as Finder;
      const maatje = byKey(found.unknown, 'maatje');
      assert.ok(maatje, 'the debt criterion cannot be judged');
      assert.deepEqual(maatje.criteria.map((c) => [c.outcome, c.explanation.nl]), [['unknown', 'Heeft schulden; gegevens over schulden niet zichtbaar voor uw rol']]);
      assert.ok(!res.body.includes('bij de intake: schulden'), 'the debt answer itself is not in the answer');
      assert.deepEqual(found.withheld, [{ category: 'debt', reason: 'not_for_role', count: 1 }]);
      const entry = (await db().selectFrom('processing_log').select(['attributes', 'data_subject_id']).where('name', '=', 'catalogue.find').where('user_id', '=', consultant.id).executeTakeFirstOrThrow());
      assert.equal(entry.data_subject_id, person);
      assert.deepEqual(entry.attributes.withheld, ['debt:not_for_role']);
      assert.ok(!(entry.attributes.categories as string[]).includes('debt'));
    });

    it('without access: another team’s user gets 404, a team member who is not assigned 403, an unknown person 404', async () => {
      const generalist = await professional('generalist');
      const person = await assessedMember(generalist.id);
      const otherTeam = await f.team(municipality);
      const outsider = api(t, await sessionFor(t, (await f.user({ teams: [[otherTeam, 'member']] })).id));
      assert.equal((await outsider.get(`/api/persons/${person}/instrument-finder`)).statusCode, 404);
      assert.equal((await staff.get(`/api/persons/${person}/instrument-finder`)).statusCode, 403);
      assert.equal((await admin.get(`/api/persons/${person}/instrument-finder`)).statusCode, 404);
      assert.equal((await generalist.api.get(`/api/persons/${randomUUID()}/instrument-finder`)).statusCode, 404);
      assert.equal((await generalist.api.get(`/api/persons/${person}/instrument-finder?hoursPerWeek=abc`)).statusCode, 400);
    });
  });
}
