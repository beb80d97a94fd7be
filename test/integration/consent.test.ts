/**
 * Consent and the resident's own restrictions, recorded through the API:
 *  - recorded consent opens the social part to the klantmanager; withdrawing it closes it on the next request;
 *  - bad input (verbal without witness, no recipient, a child, a stranger) is refused with paths, nothing saved;
 *  - only the case's professional and coordinator see and record consents (others 403, outsiders 404);
 *  - a restriction withholds what consent opened (restricted_by_resident) until it is ended;
 *  - a restriction on a category the role processes under a legal duty is recorded, says so, and hides nothing;
 *  - every read and write is logged per person under consent-sharing; a recorded consent is never edited.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DataCategory, ProfessionalRole } from '../../src/db/schema.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Withheld = Array<{ category: DataCategory; reason: string; count: number }>;
type Consent = { id: string; person: { id: string }; status: string; withdrawal: { note: string | null } | null; recipient: { role: { id: string } | null } };
type Restriction = { id: string; ended: unknown; notEffectiveFor: Array<{ category: string; role: { id: string }; processingActivity: { id: string } }> };

for (const engine of testEngines()) {
  describe(`consent and restrictions through the API (${engine})`, () => {
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

    async function staff(team: string, role: ProfessionalRole, teamRole: 'member' | 'coordinator' = 'member') {
      const user = await f.user({ teams: [[team, teamRole]] });
      await db().updateTable('team_membership').set({ professional_role: role }).where('user_id', '=', user.id).execute();
      return { ...user, api: api(t, await sessionFor(t, user.id)) };
    }

    /** A team with a generalist coordinator and a klantmanager as professional, on a household of two adults and a child. */
    async function caseWithKlantmanager() {
      const team = await f.team(municipality);
      const generalist = await staff(team, 'generalist', 'coordinator');
      const klantmanager = await staff(team, 'work_professional');
      const h = await f.household(municipality, { openTeams: [team], members: [{ givenNames: 'Ans' }, { givenNames: 'Bas', role: 'partner' }, { givenNames: 'Cas', role: 'child', birthDate: '2016-04-04' }] });
      await db().updateTable('case_file').set({ kind: 'case', professional_id: klantmanager.id, coordinator_id: generalist.id, assigned_at: new Date() })
        .where('household_id', '=', h.id).execute();
      const [ans, bas, cas] = h.persons.map((p) => p.id) as [string, string, string];
      return { team, generalist, klantmanager, h, ans, bas, cas };
    }

    const notesOf = async (who: ReturnType<typeof api>, householdId: string) => {
      const res = await who.get(`/api/households/${householdId}/notes`);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { items: Array<{ text: string }>; withheld: Withheld };
      return { texts: body.items.map((n) => n.text).sort(), withheld: body.withheld };
    };
    const consentCount = async (personIds: string[]) => Number((await db().selectFrom('consent').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', 'in', personIds).executeTakeFirstOrThrow()).n);
    const socialConsent = (personIds: string[]) => ({ personIds, categories: ['social'], recipient: { role: 'work_professional' }, form: 'signed_paper' });

    it('recorded consent opens the social part to the klantmanager; withdrawal closes it on the next request', async () => {
      const { generalist, klantmanager, h, ans, bas } = await caseWithKlantmanager();
      assert.equal((await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Weinig netwerk', category: 'social' })).statusCode, 201);
      assert.deepEqual(await notesOf(klantmanager.api, h.id), { texts: [], withheld: [{ category: 'social', reason: 'needs_consent', count: 1 }] });

      const recorded = await generalist.api.post(`/api/households/${h.id}/consents`, { ...socialConsent([ans, bas]), validUntil: '2099-12-31' });
      assert.equal(recorded.statusCode, 201, recorded.body);
      const items = (recorded.json() as { items: Consent[] }).items;
      assert.deepEqual(items.map((c) => [c.person.id, c.status, c.recipient.role?.id]).sort(), [[ans, 'active', 'work_professional'], [bas, 'active', 'work_professional']].sort());
      assert.deepEqual(await notesOf(klantmanager.api, h.id), { texts: ['Weinig netwerk'], withheld: [] });

      const list = await klantmanager.api.get(`/api/households/${h.id}/consents`);
      assert.equal(list.statusCode, 200, list.body);
      assert.equal((list.json() as { items: Consent[]; abilities: { record: boolean } }).items.length, 2);
      assert.equal((list.json() as { abilities: { record: boolean } }).abilities.record, true);

      const basConsent = items.find((c) => c.person.id === bas)!;
      const withdrawn = await klantmanager.api.post(`/api/households/${h.id}/consents/${basConsent.id}/withdraw`, { note: 'Bas belde: hij wil dit niet meer' });
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      assert.equal((withdrawn.json() as Consent).status, 'withdrawn');
      assert.equal((withdrawn.json() as Consent).withdrawal?.note, 'Bas belde: hij wil dit niet meer');
      assert.deepEqual(await notesOf(klantmanager.api, h.id), { texts: [], withheld: [{ category: 'social', reason: 'needs_consent', count: 1 }] },
        'a note about the household needs every adult’s consent');
      assert.equal((await klantmanager.api.post(`/api/households/${h.id}/consents/${basConsent.id}/withdraw`, {})).statusCode, 409, 'withdrawn once');
    });

    it('refuses bad input with the field paths and saves nothing', async () => {
      const { generalist, h, ans, cas } = await caseWithKlantmanager();
      const stranger = (await f.household(municipality)).persons[0]!.id;
      const cases: Array<[string, object, string]> = [
        ['verbal without witness', { ...socialConsent([ans]), form: 'verbal' }, 'body.witnessedBy'],
        ['no recipient', { personIds: [ans], categories: ['social'], form: 'signed_paper' }, 'body.recipient'],
        ['an empty recipient', { ...socialConsent([ans]), recipient: {} }, 'body.recipient'],
        ['a child under 16', socialConsent([cas]), 'body.personIds.0'],
        ['someone outside the household', socialConsent([ans, stranger]), 'body.personIds.1'],
        ['no categories', { ...socialConsent([ans]), categories: [] }, 'body.categories'],
        ['the end before the start', { ...socialConsent([ans]), validFrom: '2026-06-01', validUntil: '2026-05-01' }, 'body.validUntil'],
        ['a purpose that is not consent', { ...socialConsent([ans]), processingActivityId: 'social-support' }, 'body.processingActivityId'],
        ['a team of another municipality', { ...socialConsent([ans]), recipient: { teamId: await f.team(await f.municipality()) } }, 'body.recipient.teamId'],
      ];
      for (const [what, body, path] of cases) {
        const res = await generalist.api.post(`/api/households/${h.id}/consents`, body);
        assert.equal(res.statusCode, 400, `${what}: ${res.body}`);
        const issues = (res.json() as { issues: Array<{ path: string; message: string }> }).issues;
        assert.ok(issues.some((i) => i.path === path && i.message.length > 0), `${what}: expected an issue at ${path}, got ${JSON.stringify(issues)}`);
      }
      assert.equal(await consentCount([ans, cas, stranger]), 0);
      const english = await t.app.inject({ method: 'POST', url: `/api/households/${h.id}/consents`, payload: { ...socialConsent([ans]), form: 'verbal' },
        headers: { ...(await sessionHeaders(generalist.id)), 'accept-language': 'en' } });
      assert.match(english.body, /Enter who witnessed the verbal consent/);
      const witnessed = await generalist.api.post(`/api/households/${h.id}/consents`, { ...socialConsent([ans]), form: 'verbal', witnessedBy: 'Collega Piet' });
      assert.equal(witnessed.statusCode, 201, witnessed.body);
    });

    async function sessionHeaders(userId: string) {
      const s = await sessionFor(t, userId);
      return { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
    }

    it('only the case’s professional and coordinator see and record consents', async () => {
      const { team, h, ans } = await caseWithKlantmanager();
      const colleague = await staff(team, 'generalist');
      const outsider = await staff(await f.team(municipality), 'generalist');
      assert.equal((await colleague.api.get(`/api/households/${h.id}/consents`)).statusCode, 403);
      assert.equal((await colleague.api.post(`/api/households/${h.id}/consents`, socialConsent([ans]))).statusCode, 403);
      assert.equal((await colleague.api.post(`/api/households/${h.id}/restrictions`, { personIds: [ans], categories: ['social'], appliesTo: { role: 'work_professional' } })).statusCode, 403);
      assert.equal((await colleague.api.get(`/api/households/${h.id}/sharing-choices`)).statusCode, 403);
      assert.equal((await outsider.api.get(`/api/households/${h.id}/consents`)).statusCode, 404);
      assert.equal((await outsider.api.post(`/api/households/${h.id}/consents`, socialConsent([ans]))).statusCode, 404);
      assert.equal((await outsider.api.get(`/api/households/${h.id}/restrictions`)).statusCode, 404);
      assert.equal(await consentCount([ans]), 0);
    });

    it('a restriction withholds what consent opened, until it is ended', async () => {
      const { generalist, klantmanager, h, ans, bas } = await caseWithKlantmanager();
      await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Ans zoekt vrijwilligerswerk', category: 'social', about: [ans] });
      assert.equal((await generalist.api.post(`/api/households/${h.id}/consents`, socialConsent([ans, bas]))).statusCode, 201);
      assert.deepEqual((await notesOf(klantmanager.api, h.id)).texts, ['Ans zoekt vrijwilligerswerk']);

      const recorded = await generalist.api.post(`/api/households/${h.id}/restrictions`, { personIds: [ans], categories: ['social'], appliesTo: { userId: klantmanager.id }, reason: 'Wil dit zelf vertellen' });
      assert.equal(recorded.statusCode, 201, recorded.body);
      const [restriction] = (recorded.json() as { items: Restriction[] }).items;
      assert.deepEqual(restriction!.notEffectiveFor, [], 'social reaches the klantmanager only by consent: the restriction applies');
      assert.deepEqual(await notesOf(klantmanager.api, h.id), { texts: [], withheld: [{ category: 'social', reason: 'restricted_by_resident', count: 1 }] });

      const ended = await generalist.api.post(`/api/households/${h.id}/restrictions/${restriction!.id}/end`);
      assert.equal(ended.statusCode, 200, ended.body);
      assert.ok((ended.json() as Restriction).ended);
      assert.deepEqual((await notesOf(klantmanager.api, h.id)).texts, ['Ans zoekt vrijwilligerswerk']);
      assert.equal((await generalist.api.post(`/api/households/${h.id}/restrictions/${restriction!.id}/end`)).statusCode, 409);

      const bad = await generalist.api.post(`/api/households/${h.id}/restrictions`, { personIds: [ans], categories: ['social'], appliesTo: { userId: klantmanager.id, role: 'work_professional' } });
      assert.equal(bad.statusCode, 400);
      assert.ok((bad.json() as { issues: Array<{ path: string }> }).issues.some((i) => i.path === 'body.appliesTo'));
    });

    it('a restriction on what the law obliges is recorded with a warning and hides nothing', async () => {
      const { team, generalist, klantmanager, h, ans } = await caseWithKlantmanager();
      await klantmanager.api.post(`/api/households/${h.id}/notes`, { text: 'Inkomsten doorgegeven', category: 'income_benefit', about: [ans] });
      const byRole = await generalist.api.post(`/api/households/${h.id}/restrictions`, { personIds: [ans], categories: ['income_benefit', 'social'], appliesTo: { role: 'work_professional' } });
      assert.equal(byRole.statusCode, 201, byRole.body);
      const [restriction] = (byRole.json() as { items: Restriction[] }).items;
      assert.deepEqual(restriction!.notEffectiveFor.map((n) => [n.category, n.role.id, n.processingActivity.id]), [['income_benefit', 'work_professional', 'work-income']]);
      assert.deepEqual((await notesOf(klantmanager.api, h.id)).texts, ['Inkomsten doorgegeven'], 'a legal duty: still shown');

      const byTeam = await generalist.api.post(`/api/households/${h.id}/restrictions`, { personIds: [ans], categories: ['income_benefit'], appliesTo: { teamId: team } });
      assert.deepEqual((byTeam.json() as { items: Restriction[] }).items[0]!.notEffectiveFor.map((n) => n.role.id), ['work_professional'], 'reached through the team’s klantmanager');
      const listed = (await generalist.api.get(`/api/households/${h.id}/restrictions`)).json() as { items: Restriction[] };
      assert.equal(listed.items.length, 2);
      assert.ok(listed.items.every((r) => r.notEffectiveFor.some((n) => n.category === 'income_benefit')));
    });

    it('logs every read and write per person under consent-sharing; a recorded consent is never edited', async () => {
      const { generalist, h, ans, bas, cas } = await caseWithKlantmanager();
      const from = await lastSeq(db());
      const recorded = await generalist.api.post(`/api/households/${h.id}/consents`, socialConsent([ans]));
      const consentId = (recorded.json() as { items: Consent[] }).items[0]!.id;
      await generalist.api.get(`/api/households/${h.id}/consents`);
      await generalist.api.post(`/api/households/${h.id}/consents/${consentId}/withdraw`, {});
      await generalist.api.post(`/api/households/${h.id}/restrictions`, { personIds: [bas], categories: ['debt'], appliesTo: { role: 'work_professional' } });
      await generalist.api.get(`/api/households/${h.id}/restrictions`);
      const entries = (await logEntriesSince(db(), from)).filter((e) => /^(consent|restriction)\./.test(e.name));
      const seen = entries.map((e) => `${e.name}:${e.data_subject_id}`).sort();
      assert.deepEqual(seen, [
        `consent.list:${ans}`, `consent.list:${bas}`, `consent.list:${cas}`, `consent.record:${ans}`, `consent.withdraw:${ans}`,
        `restriction.list:${ans}`, `restriction.list:${bas}`, `restriction.list:${cas}`, `restriction.record:${bas}`,
      ].sort());
      assert.ok(entries.every((e) => e.processing_activity_id === 'consent-sharing' && e.outcome === 'allowed' && e.user_id === generalist.id));

      await assert.rejects(db().updateTable('consent').set({ categories: ['social', 'debt'] }).where('id', '=', consentId).execute(), /only withdrawn_at, withdrawn_by, withdrawal_note can be set, once/);
      await assert.rejects(db().updateTable('consent').set({ withdrawal_note: 'later' }).where('id', '=', consentId).execute(), /only withdrawn_at, withdrawn_by, withdrawal_note can be set, once/);
    });
  });
}
