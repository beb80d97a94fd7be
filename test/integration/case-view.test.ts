/**
 * The pseudonymised case view for a case discussion without consent: nothing in it links back
 * to the household (names, BSNs, birth dates, postcodes, addresses, phone numbers, e-mail
 * addresses, network and staff names, ids), categories withheld from the user stay out, every
 * generation gets a new reference and is logged per member.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { DataCategory, ProfessionalRole } from '../../src/db/schema.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

interface CaseView {
  reference: string;
  members: Array<{ key: string; kind: string; number: number; ageBand: { from: number; to: number | null } | null }>;
  questions: Array<{ text: string }>;
  scores: Array<{ member: string; domains: Array<{ code: string; score: number }> }>;
  plan: { situation: string; goals: Array<{ description: string; domain: { code: string } }>; actions: Array<{ description: string; goal: number | null; owner: { kind: string; member: string | null } }> } | null;
  contacts: Array<{ report: string }>;
  notes: Array<{ text: string; about: string[] }>;
  withheld: Array<{ category: DataCategory; reason: string; count: number }>;
}

const mother = { givenNames: 'Wilhelmina Johanna', prefix: 'van der', familyName: 'Zonnebloem', birthDate: '1983-07-19' };
const father = { givenNames: 'Bartholomeus', familyName: 'Akkerman', birthDate: '1979-02-03' };
const child = { givenNames: 'Quirijn', familyName: 'Zonnebloem', birthDate: '2018-04-22' };
const secrets = {
  phone: '06 11 22 33 44', networkPhone: '06-98765432', landline: '020-7654321', email: 'wilhelmina.z@voorbeeld.nl', otherEmail: 'q.akkerman@school.example',
  postcode: '9876 ZX', street: 'Kersenboomgaard', neighbour: 'Gerarda Pietersma', organisation: 'Stichting Zonnestraal', iban: 'NL91 ABNA 0417 1643 00',
};

for (const engine of testEngines()) {
  describe(`pseudonymised case view (${engine})`, () => {
    let t: TestApp;
    let f: ReturnType<typeof fixtures>;
    let municipality: string;
    const db = () => t.database.db;

    before(async () => {
      t = await createTestApp(engine);
      f = fixtures(t);
      municipality = await f.municipality();
    });
    after(() => t.close());

    async function staff(team: string, role: ProfessionalRole = 'generalist') {
      const user = await f.user({ teams: [[team, 'member']] });
      await db().updateTable('team_membership').set({ professional_role: role }).where('user_id', '=', user.id).execute();
      await db().updateTable('app_user').set({ display_name: role === 'generalist' ? 'Evertje Vlaskamp' : 'Klaas Klantmanager' }).where('id', '=', user.id).execute();
      return { ...user, api: api(t, await sessionFor(t, user.id)) };
    }

    /** A household whose dossier is full of distinctive identifiers. */
    async function distinctiveHousehold() {
      const team = await f.team(municipality);
      const generalist = await staff(team);
      const h = await f.household(municipality, {
        openTeams: [team],
        members: [{ ...mother, role: 'resident' }, { ...father, role: 'partner' }, { ...child, role: 'child' }],
      });
      const [ria, bart, kid] = h.persons.map((p) => p.id) as [string, string, string];
      await db().updateTable('person').set({ family_name_prefix: 'van der' }).where('id', '=', ria).execute();
      await db().updateTable('person').set({ given_names: mother.givenNames }).where('id', '=', ria).execute();
      await db().updateTable('person').set({ street: secrets.street, house_number: '17', postcode: secrets.postcode, city: 'Samenhoven' }).where('id', 'in', [ria, bart, kid]).execute();
      await db().updateTable('household').set({ name: 'Gezin Zonnebloem-Akkerman' }).where('id', '=', h.id).execute();
      await db().updateTable('case_file').set({
        professional_id: generalist.id, coordinator_id: generalist.id, assigned_at: new Date(),
        question: `Wilhelmina van der Zonnebloem vraagt hulp bij schulden; bereikbaar via ${secrets.email}.`, question_category: 'social',
      }).where('household_id', '=', h.id).execute();

      const post = async (url: string, body: unknown) => {
        const res = await generalist.api.post(url, body);
        assert.ok(res.statusCode < 300, `${url}: ${res.statusCode} ${res.body}`);
        return res.json() as { id: string };
      };
      await post(`/api/households/${h.id}/contact-details`, { personId: ria, kind: 'phone', value: secrets.phone, category: 'social' });
      await post(`/api/households/${h.id}/contact-details`, { personId: ria, kind: 'email', value: secrets.email, category: 'social' });
      const neighbour = await post(`/api/households/${h.id}/network`, { kind: 'person', name: secrets.neighbour, relation: 'neighbour', canHelpWith: 'Oppassen', contact: secrets.networkPhone, category: 'social' });
      await post(`/api/households/${h.id}/network`, { kind: 'organisation', name: secrets.organisation, relation: 'volunteer', category: 'social' });
      await post(`/api/households/${h.id}/notes`, {
        text: `Wilhelmina belde vanaf ${secrets.phone} over Quirijn. Mail naar ${secrets.email}. Buurvrouw ${secrets.neighbour} (${secrets.networkPhone}) helpt. `
          + `Adres ${secrets.street} 17, ${secrets.postcode}. BSN ${h.persons[0]!.bsn}, geboren 19-07-1983. Rekening ${secrets.iban}.`,
        category: 'social', about: [ria],
      });
      await post(`/api/households/${h.id}/notes`, { text: `Quirijn (geb. 22 april 2018) gaat naar de opvang van ${secrets.organisation}; de juf mailt naar ${secrets.otherEmail}.`, category: 'social', about: [kid] });
      await post(`/api/households/${h.id}/contacts`, {
        occurredAt: new Date(Date.now() - 86400_000).toISOString(), place: 'home', form: 'visit', participants: 'Wilhelmina, Bartholomeus Akkerman en Evertje Vlaskamp',
        report: `Mevrouw Van der Zonnebloem en Bartholomeus Akkerman vertellen over de schulden. Bartholomeus' broer belt ${secrets.landline}. Evertje belt terug.`, category: 'debt',
      });
      await post(`/api/households/${h.id}/plan`, {
        content: {
          startDate: '2026-01-01', situation: `Gezin Zonnebloem woont aan de ${secrets.street}.`, situationCategory: 'social',
          goals: [{ id: randomUUID(), description: 'Wilhelmina heeft overzicht over de post', domain: 'finances', targetScore: 3, category: 'debt' }],
          actions: [{ id: randomUUID(), description: `${secrets.neighbour} helpt Quirijn met huiswerk`, owner: { kind: 'network', name: secrets.neighbour, networkMemberId: neighbour.id }, dueDate: '2026-12-01', status: 'open', category: 'social' }],
        },
      });
      const intakeId = randomUUID();
      await db().insertInto('intake').values({ id: intakeId, household_id: h.id, instrument_id: 'zrm-13', instrument_version: 1, status: 'final', started_by: generalist.id, updated_by: generalist.id, finalised_at: new Date() }).execute();
      await db().insertInto('assessment_score').values([
        { person: ria, code: 'finances', score: 2, category: 'income_benefit' as const },
        { person: ria, code: 'housing', score: 4, category: 'social' as const },
        { person: ria, code: 'mental_health', score: 3, category: 'health_diagnosis' as const },
        { person: bart, code: 'housing', score: 4, category: 'social' as const },
      ].map((s) => ({ id: randomUUID(), intake_id: intakeId, person_id: s.person, instrument_id: 'zrm-13', instrument_version: 1, domain_code: s.code, score: s.score, category: s.category, assessed_on: '2026-10-01' }))).execute();
      return { team, generalist, h };
    }

    it('links nothing back to the household: no names, numbers, addresses, dates of birth or ids', async () => {
      const { generalist, h } = await distinctiveHousehold();
      const from = await lastSeq(db());
      const res = await generalist.api.get(`/api/households/${h.id}/case-view`);
      assert.equal(res.statusCode, 200, res.body);
      const json = res.body;
      const view = res.json() as CaseView;
      const household = await db().selectFrom('household').select('name').where('id', '=', h.id).executeTakeFirstOrThrow();
      const forbidden = [
        'Wilhelmina', 'Johanna', 'Zonnebloem', 'Bartholomeus', 'Akkerman', 'Quirijn', 'Pietersma', 'Gerarda', 'Zonnestraal', 'Evertje', 'Vlaskamp',
        household.name, h.id, ...h.persons.flatMap((p) => [p.id, p.bsn]),
        mother.birthDate, father.birthDate, child.birthDate, '19-07-1983', '22 april 2018',
        secrets.postcode, '9876', secrets.street, secrets.phone, '0611223344', secrets.networkPhone, '98765432', secrets.landline, '7654321',
        secrets.email, secrets.otherEmail, 'ABNA', '0417',
      ];
      for (const word of forbidden) assert.ok(!json.toLowerCase().includes(word.toLowerCase()), `"${word}" must not appear in ${json}`);

      assert.match(view.reference, /^CB-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      assert.deepEqual(view.members.map((m) => [m.key, m.ageBand]), [['adult-1', { from: 40, to: 49 }], ['adult-2', { from: 40, to: 49 }], ['child-1', { from: 5, to: 9 }]]);
      const texts = [...view.questions.map((q) => q.text), ...view.notes.map((n) => n.text), ...view.contacts.map((c) => c.report), view.plan!.situation, ...view.plan!.goals.map((g) => g.description), ...view.plan!.actions.map((a) => a.description)].join('\n');
      for (const placeholder of ['[Volwassene 2]', '[Kind 1]', '[naam]', '[telefoon]', '[e-mail]', '[postcode]', '[adres]', '[nummer]', '[geboortedatum]', '[organisatie]', '[medewerker]', '[rekeningnummer]']) {
        assert.ok(texts.includes(placeholder), `${placeholder} in ${texts}`);
      }
      assert.ok(texts.includes('[Volwassene 2] belde vanaf [telefoon] over [Kind 1]'), texts);
      assert.deepEqual(view.notes.find((n) => n.text.includes('opvang'))?.about, ['child-1']);
      assert.deepEqual(view.plan!.actions[0]!.goal, null);
      assert.deepEqual(view.plan!.actions[0]!.owner, { kind: 'network', member: null });
      assert.deepEqual(view.scores.map((s) => [s.member, s.domains.map((d) => `${d.code}:${d.score}`)]), [['adult-1', ['housing:4']], ['adult-2', ['finances:2', 'housing:4', 'mental_health:3']]]);

      const logged = (await logEntriesSince(db(), from)).filter((e) => e.name === 'case_view.generate');
      assert.deepEqual([...new Set(logged.map((e) => e.data_subject_id))].sort(), h.persons.map((p) => p.id).sort(), 'logged per member');
      assert.ok(!JSON.stringify(logged).includes(view.reference), 'the log does not hold the reference');
      const again = (await generalist.api.get(`/api/households/${h.id}/case-view`)).json() as CaseView;
      assert.notEqual(again.reference, view.reference, 'a new reference each time');
    });

    it('keeps withheld categories out, and is for those who may see the contents only', async () => {
      const { team, generalist, h } = await distinctiveHousehold();
      const klantmanager = await staff(team, 'work_professional');
      await db().updateTable('case_file').set({ professional_id: klantmanager.id }).where('household_id', '=', h.id).execute();
      assert.equal((await klantmanager.api.post(`/api/households/${h.id}/notes`, { text: 'Uitkering per 1 december aangevraagd', category: 'income_benefit' })).statusCode, 201);
      assert.equal((await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Depressie, in behandeling bij de huisarts', category: 'health_diagnosis' })).statusCode, 201);

      const res = await klantmanager.api.get(`/api/households/${h.id}/case-view`);
      assert.equal(res.statusCode, 200, res.body);
      const view = res.json() as CaseView;
      assert.deepEqual(view.notes.map((n) => n.text), ['Uitkering per 1 december aangevraagd']);
      assert.deepEqual(view.contacts.map((c) => c.report).length, 1, 'debt is for the work professional');
      assert.deepEqual(view.questions, [], 'the social question needs consent');
      assert.equal(view.plan!.situation, '');
      assert.deepEqual(view.plan!.actions, []);
      assert.deepEqual(view.scores.map((s) => s.domains.map((d) => d.code)), [['finances']], 'no social or health scores');
      for (const hidden of ['Depressie', 'opvang', 'Buurvrouw', 'huiswerk']) assert.ok(!res.body.includes(hidden), `${hidden} withheld`);
      assert.ok(view.withheld.some((w) => w.category === 'health_diagnosis' && w.reason === 'not_for_role'));
      assert.ok(view.withheld.some((w) => w.category === 'social' && w.reason === 'needs_consent'));

      const member = await f.user({ teams: [[team, 'member']] });
      assert.equal((await api(t, await sessionFor(t, member.id)).get(`/api/households/${h.id}/case-view`)).statusCode, 403, 'team member without assignment');
      const stranger = await f.user({ teams: [[await f.team(municipality), 'member']] });
      const strangerApi = api(t, await sessionFor(t, stranger.id));
      assert.equal((await strangerApi.get(`/api/households/${h.id}/case-view`)).statusCode, 404);
      assert.equal((await strangerApi.post('/api/emergency-access', { householdId: h.id, ground: 'vital_interest', justification: 'Acute dreiging gemeld door de politie' })).statusCode, 201);
      assert.equal((await strangerApi.get(`/api/households/${h.id}/case-view`)).statusCode, 403, 'emergency access does not extend to case discussions');
    });

    it('speaks English placeholders when asked', async () => {
      const { generalist, h } = await distinctiveHousehold();
      const res = await t.app.inject({ method: 'GET', url: `/api/households/${h.id}/case-view`, headers: { cookie: (await sessionFor(t, generalist.id)).cookie, 'accept-language': 'en' } });
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(res.body.includes('[Adult 2] belde vanaf [phone]'), res.body);
    });
  });
}
