/**
 * Which professional sees which part of a household's file: the category rules per role and
 * purpose, consent, the resident's own restrictions and emergency access, through the API.
 *  - Apeldoorn split: in one team, the generalist (regisseur) and the klantmanager (professional)
 *    share a case; only the klantmanager sees income, the generalist the social part.
 *  - Zaanstad split: the same between a neighbourhood team and the Work team.
 *  - Enforcement never reads support notes; work professionals never see diagnoses.
 *  - Consent opens the social part to the klantmanager, its withdrawal closes it at once.
 *  - The resident withholds debt from the klantmanager; a restriction cannot stop a legal duty.
 *  - Emergency access opens a dossier read-only, logged under its own activity, until it expires.
 *  - Saving an intake or plan never removes what the saver cannot see.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { DataCategory, ProfessionalRole } from '../../src/db/schema.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Entry = { kind: string; report?: string; text?: string };
type Withheld = Array<{ category: DataCategory; reason: string; count: number }>;

for (const engine of testEngines()) {
  describe(`data categories per role, consent, restrictions and emergency access (${engine})`, () => {
    let t: TestApp;
    let f: ReturnType<typeof fixtures>;
    let municipality: string;
    const db = () => t.database.db;

    before(async () => {
      t = await createTestApp(engine);
      f = fixtures(t);
      municipality = await f.municipality();
      // The splits of Apeldoorn and Zaanstad: income is for the klantmanager only.
      await db().deleteFrom('category_rule').where('professional_role', '=', 'generalist').where('category', '=', 'income_benefit').execute();
    });
    after(() => t.close());

    async function staff(team: string, role: ProfessionalRole, teamRole: 'member' | 'coordinator' = 'member') {
      const user = await f.user({ teams: [[team, teamRole]] });
      await db().updateTable('team_membership').set({ professional_role: role }).where('user_id', '=', user.id).execute();
      return { ...user, api: api(t, await sessionFor(t, user.id)) };
    }
    async function assign(householdId: string, team: string, professionalId: string, coordinatorId: string) {
      await db().updateTable('case_file').set({ kind: 'case', professional_id: professionalId, coordinator_id: coordinatorId, assigned_at: new Date() })
        .where('household_id', '=', householdId).where('team_id', '=', team).execute();
    }
    const contact = (report: string, category: DataCategory) => ({ occurredAt: new Date(Date.now() - 3600_000).toISOString(), place: 'home', form: 'visit', participants: 'Inwoner', report, category });
    const timelineOf = async (who: ReturnType<typeof api>, householdId: string) => {
      const res = await who.get(`/api/households/${householdId}/dossier`);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { timeline: Entry[]; withheld: Withheld };
      return { texts: body.timeline.map((e) => e.report ?? e.text).filter(Boolean) as string[], withheld: body.withheld };
    };

    it('Apeldoorn split: in one team, only the klantmanager sees income; the generalist the social part', async () => {
      const team = await f.team(municipality);
      const generalist = await staff(team, 'generalist', 'coordinator');
      const klantmanager = await staff(team, 'work_professional');
      const h = await f.household(municipality, { openTeams: [team], members: [{ givenNames: 'Ans' }, { givenNames: 'Bas', role: 'partner' }] });
      await assign(h.id, team, klantmanager.id, generalist.id);

      assert.equal((await generalist.api.post(`/api/households/${h.id}/contacts`, contact('Zorgen om de opvoeding', 'social'))).statusCode, 201);
      assert.equal((await klantmanager.api.post(`/api/households/${h.id}/contacts`, contact('Uitkering per 1 december', 'income_benefit'))).statusCode, 201);
      const refused = await generalist.api.post(`/api/households/${h.id}/contacts`, contact('Inkomen gewijzigd', 'income_benefit'));
      assert.equal(refused.statusCode, 403, 'the generalist does not record income here');

      const seenByGeneralist = await timelineOf(generalist.api, h.id);
      assert.deepEqual(seenByGeneralist.texts, ['Zorgen om de opvoeding']);
      assert.deepEqual(seenByGeneralist.withheld, [{ category: 'income_benefit', reason: 'not_for_role', count: 1 }]);
      const seenByKlantmanager = await timelineOf(klantmanager.api, h.id);
      assert.deepEqual(seenByKlantmanager.texts, ['Uitkering per 1 december']);
      assert.deepEqual(seenByKlantmanager.withheld, [{ category: 'social', reason: 'needs_consent', count: 1 }], 'the social part needs consent');
    });

    it('Zaanstad split: the neighbourhood team and the Work team each see their own part of one household', async () => {
      const wijkteam = await f.team(municipality);
      const werk = await f.team(municipality, { kind: 'work_participation' });
      const generalist = await staff(wijkteam, 'generalist');
      const klantmanager = await staff(werk, 'work_professional');
      const h = await f.household(municipality, { openTeams: [wijkteam, werk] });
      await assign(h.id, wijkteam, generalist.id, generalist.id);
      await assign(h.id, werk, klantmanager.id, klantmanager.id);
      await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Gesprek over eenzaamheid', category: 'social' });
      await klantmanager.api.post(`/api/households/${h.id}/notes`, { text: 'Inlichtingenplicht besproken', category: 'income_benefit' });
      await klantmanager.api.post(`/api/households/${h.id}/notes`, { text: 'Kan 20 uur werken, niet tillen', category: 'health_work_capability' });
      assert.deepEqual((await timelineOf(generalist.api, h.id)).texts.sort(), ['Gesprek over eenzaamheid', 'Kan 20 uur werken, niet tillen']);
      assert.deepEqual((await timelineOf(klantmanager.api, h.id)).texts.sort(), ['Inlichtingenplicht besproken', 'Kan 20 uur werken, niet tillen']);
      const notes = (await klantmanager.api.get(`/api/households/${h.id}/notes`)).json() as { items: Entry[]; withheld: Withheld };
      assert.deepEqual(notes.items.map((n) => n.text).sort(), ['Inlichtingenplicht besproken', 'Kan 20 uur werken, niet tillen']);
      assert.deepEqual(notes.withheld, [{ category: 'social', reason: 'needs_consent', count: 1 }]);
    });

    it('enforcement never reads support notes; work professionals see work capabilities, never diagnoses — consent or not', async () => {
      const wijkteam = await f.team(municipality);
      const handhaving = await f.team(municipality);
      const generalist = await staff(wijkteam, 'generalist');
      const officer = await staff(handhaving, 'enforcement_officer');
      const klantmanager = await staff(wijkteam, 'work_professional');
      const h = await f.household(municipality, { openTeams: [wijkteam, handhaving] });
      await assign(h.id, wijkteam, klantmanager.id, generalist.id);
      await assign(h.id, handhaving, officer.id, officer.id);
      for (const [text, category] of [['Steun bij rouw', 'social'], ['Depressie, in behandeling', 'health_diagnosis'], ['Kan zittend werk doen', 'health_work_capability']] as const) {
        assert.equal((await generalist.api.post(`/api/households/${h.id}/notes`, { text, category })).statusCode, 201);
      }
      assert.equal((await officer.api.post(`/api/households/${h.id}/notes`, { text: 'Signaal samenwonen onderzocht', category: 'enforcement' })).statusCode, 201);
      const byOfficer = await timelineOf(officer.api, h.id);
      assert.deepEqual(byOfficer.texts, ['Signaal samenwonen onderzocht']);
      assert.ok(byOfficer.withheld.every((w) => w.reason === 'not_for_role') && byOfficer.withheld.some((w) => w.category === 'social'), 'support notes are not for enforcement');
      assert.ok(!(await timelineOf(generalist.api, h.id)).texts.includes('Signaal samenwonen onderzocht'), 'nor is enforcement for the generalist');

      // Even a consent for diagnoses does not open them to a role that never gets them.
      for (const person of h.persons) {
        await db().insertInto('consent').values({ id: randomUUID(), person_id: person.id, categories: ['health_diagnosis', 'social'], recipient_role: 'work_professional',
          processing_activity_id: 'consent-sharing', valid_from: '2026-01-01', form: 'signed_paper', recorded_by: generalist.id }).execute();
      }
      const byKlantmanager = await timelineOf(klantmanager.api, h.id);
      assert.ok(byKlantmanager.texts.includes('Kan zittend werk doen'), 'work capabilities are for the work professional');
      assert.ok(byKlantmanager.texts.includes('Steun bij rouw'), 'the social part, with consent');
      assert.ok(!byKlantmanager.texts.includes('Depressie, in behandeling'), 'diagnoses never');
    });

    it('consent opens the social part to the klantmanager; withdrawing it closes it at once; the log names the purpose', async () => {
      const team = await f.team(municipality);
      const generalist = await staff(team, 'generalist', 'coordinator');
      const klantmanager = await staff(team, 'work_professional');
      const h = await f.household(municipality, { openTeams: [team], members: [{ givenNames: 'Cor' }, { givenNames: 'Dina', role: 'partner' }, { givenNames: 'Eef', role: 'child', birthDate: '2015-01-01' }] });
      await assign(h.id, team, klantmanager.id, generalist.id);
      await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Gezin heeft weinig netwerk', category: 'social' });
      await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Eef heeft steun nodig op school', category: 'social', about: [h.persons[2]!.id] });
      const [cor, dina] = h.persons;
      const consentFor = (personId: string) => ({ id: randomUUID(), person_id: personId, categories: ['social'] as DataCategory[], recipient_team_id: team,
        processing_activity_id: 'consent-sharing', valid_from: '2026-01-01', form: 'verbal' as const, witnessed_by: 'Collega Piet', recorded_by: generalist.id });
      const corConsent = consentFor(cor!.id);
      await db().insertInto('consent').values(corConsent).execute();
      assert.deepEqual((await timelineOf(klantmanager.api, h.id)).texts.sort(), ['Eef heeft steun nodig op school'],
        'a note about the whole household needs every adult’s consent; for the child one parent’s is enough');
      await db().insertInto('consent').values(consentFor(dina!.id)).execute();
      const from = await lastSeq(db());
      assert.deepEqual((await timelineOf(klantmanager.api, h.id)).texts.sort(), ['Eef heeft steun nodig op school', 'Gezin heeft weinig netwerk']);
      const entries = (await logEntriesSince(db(), from)).filter((e) => e.name === 'dossier.get');
      assert.ok(entries.some((e) => e.processing_activity_id === 'consent-sharing' && (e.attributes as { categories: string[] }).categories.includes('social')), 'read under consent, logged as such');

      await db().updateTable('consent').set({ withdrawn_at: new Date(), withdrawn_by: generalist.id }).where('id', '=', corConsent.id).execute();
      const after = await timelineOf(klantmanager.api, h.id);
      assert.deepEqual(after.texts, ['Eef heeft steun nodig op school'], 'withdrawn: the household note is gone at once; Dina’s consent still covers the child');
      assert.deepEqual(after.withheld, [{ category: 'social', reason: 'needs_consent', count: 1 }]);
    });

    it('the resident withholds debt from the klantmanager; a restriction cannot stop what the law obliges', async () => {
      const team = await f.team(municipality);
      const generalist = await staff(team, 'generalist', 'coordinator');
      const klantmanager = await staff(team, 'work_professional');
      const h = await f.household(municipality, { openTeams: [team] });
      await assign(h.id, team, klantmanager.id, generalist.id);
      await klantmanager.api.post(`/api/households/${h.id}/notes`, { text: 'Schuld bij de energieleverancier', category: 'debt' });
      await klantmanager.api.post(`/api/households/${h.id}/notes`, { text: 'Vakantiegeld opgegeven', category: 'income_benefit' });
      assert.equal((await timelineOf(klantmanager.api, h.id)).texts.length, 2);
      // Debt falls under work-income here, a legal duty: the restriction cannot apply to it.
      await db().insertInto('sharing_restriction').values({ id: randomUUID(), person_id: h.persons[0]!.id, categories: ['debt', 'income_benefit'], applies_to_role: 'work_professional', reason: 'Wil dit zelf bespreken', recorded_by: generalist.id }).execute();
      assert.equal((await timelineOf(klantmanager.api, h.id)).texts.length, 2, 'legal duty: both still shown');
      await db().updateTable('category_rule').set({ processing_activity_id: 'consent-sharing' }).where('professional_role', '=', 'work_professional').where('category', '=', 'debt').execute();
      await db().insertInto('consent').values({ id: randomUUID(), person_id: h.persons[0]!.id, categories: ['debt'], recipient_role: 'work_professional', processing_activity_id: 'consent-sharing', valid_from: '2026-01-01', form: 'signed_digital', recorded_by: generalist.id }).execute();
      const restricted = await timelineOf(klantmanager.api, h.id);
      assert.deepEqual(restricted.texts, ['Vakantiegeld opgegeven'], 'debt by consent: the resident’s restriction wins');
      assert.deepEqual(restricted.withheld, [{ category: 'debt', reason: 'restricted_by_resident', count: 1 }]);
      await db().updateTable('category_rule').set({ processing_activity_id: 'work-income' }).where('professional_role', '=', 'work_professional').where('category', '=', 'debt').execute();
    });

    it('emergency access opens the dossier read-only under its own activity, until it expires', async () => {
      const team = await f.team(municipality);
      const other = await f.team(municipality);
      const generalist = await staff(team, 'generalist');
      const outsider = await staff(other, 'generalist');
      const h = await f.household(municipality, { openTeams: [team] });
      await assign(h.id, team, generalist.id, generalist.id);
      await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Dreiging door ex-partner', category: 'safety' });
      assert.equal((await outsider.api.get(`/api/households/${h.id}/dossier`)).statusCode, 404);
      const grant = { id: randomUUID(), user_id: outsider.id, household_id: h.id, ground: 'vital_interest' as const, justification: 'Acute dreiging gemeld door de politie, regisseur onbereikbaar', expires_at: new Date(Date.now() + 3600_000) };
      await db().insertInto('emergency_access').values(grant).execute();
      const from = await lastSeq(db());
      const opened = await timelineOf(outsider.api, h.id);
      assert.deepEqual(opened.texts, ['Dreiging door ex-partner']);
      const logged = (await logEntriesSince(db(), from)).filter((e) => e.name === 'dossier.get');
      assert.ok(logged.length > 0 && logged.every((e) => e.processing_activity_id === 'emergency-access' && (e.attributes as { emergency?: boolean }).emergency === true));
      assert.equal((await outsider.api.post(`/api/households/${h.id}/notes`, { text: 'Mag niet', category: 'social' })).statusCode, 403, 'read only');
      await db().updateTable('emergency_access').set({ started_at: new Date(Date.now() - 7200_000), expires_at: new Date(Date.now() - 1000) }).where('id', '=', grant.id).execute();
      assert.equal((await outsider.api.get(`/api/households/${h.id}/dossier`)).statusCode, 404, 'expired: gone');
    });

    it('while processing is restricted (AVG art. 18), nothing about that person is shown', async () => {
      const team = await f.team(municipality);
      const generalist = await staff(team, 'generalist');
      const h = await f.household(municipality, { openTeams: [team], members: [{ givenNames: 'Fien' }, { givenNames: 'Gijs', role: 'partner' }] });
      await assign(h.id, team, generalist.id, generalist.id);
      const [fien, gijs] = h.persons;
      await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Over Fien', category: 'social', about: [fien!.id] });
      await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Over Gijs', category: 'social', about: [gijs!.id] });
      await generalist.api.post(`/api/households/${h.id}/notes`, { text: 'Over het gezin', category: 'social' });
      await db().updateTable('person').set({ processing_restricted_at: new Date() }).where('id', '=', fien!.id).execute();
      const seen = await timelineOf(generalist.api, h.id);
      assert.deepEqual(seen.texts, ['Over Gijs']);
      assert.deepEqual(seen.withheld, [{ category: 'social', reason: 'processing_restricted', count: 2 }]);
    });

    it('the dagstart shows the question of a registration only to roles that get its category', async () => {
      const team = await f.team(municipality);
      const coordinator = await staff(team, 'generalist', 'coordinator');
      const officer = await staff(team, 'enforcement_officer');
      const h = await f.household(municipality, { openTeams: [team] });
      await db().updateTable('case_file').set({ kind: 'registration', question: 'Zorgen om de kinderen', question_category: 'social' }).where('household_id', '=', h.id).execute();
      const questionFor = async (who: ReturnType<typeof api>) => {
        const board = (await who.get(`/api/teams/${team}/triage`)).json() as { items: Array<{ householdId: string; question: string | null }> };
        return board.items.find((i) => i.householdId === h.id)?.question;
      };
      assert.equal(await questionFor(coordinator.api), 'Zorgen om de kinderen');
      assert.equal(await questionFor(officer.api), null, 'a support question is not for enforcement');
    });

    it('saving an intake or a plan keeps what the saver cannot see', async () => {
      const team = await f.team(municipality);
      const generalist = await staff(team, 'generalist', 'coordinator');
      const klantmanager = await staff(team, 'work_professional');
      const h = await f.household(municipality, { openTeams: [team] });
      const person = h.persons[0]!.id;
      await assign(h.id, team, klantmanager.id, generalist.id);

      const intake = (await klantmanager.api.post(`/api/households/${h.id}/intakes`, { instrumentId: 'zrm-13' })).json() as { id: string };
      const saved = await klantmanager.api.put(`/api/intakes/${intake.id}/draft`, { revision: 1, draft: { questionBehindQuestion: 'Rust', members: { [person]: { scores: { finances: 2, work_education: 3 }, income: { source: 'benefit' } } } } });
      assert.equal(saved.statusCode, 200, saved.body);
      const seen = (await generalist.api.get(`/api/intakes/${intake.id}`)).json() as { draft: { members: Record<string, { scores: Record<string, number>; income?: unknown }> }; withheld: Withheld };
      assert.equal(seen.draft.members[person]!.income, undefined, 'income is not for the generalist');
      assert.ok(seen.withheld.some((w) => w.category === 'income_benefit'));
      const mine = await generalist.api.put(`/api/intakes/${intake.id}/draft`, { revision: 2, draft: { members: { [person]: { scores: { ...seen.draft.members[person]!.scores, housing: 4 } } } } });
      assert.equal(mine.statusCode, 200, mine.body);
      const stored = (await db().selectFrom('intake').select('draft').where('id', '=', intake.id).executeTakeFirstOrThrow()).draft as { questionBehindQuestion?: string; members: Record<string, { scores: Record<string, number>; income?: { source: string } }> };
      assert.deepEqual(stored.members[person]!.income, { source: 'benefit' }, 'the hidden income stayed');
      assert.equal(stored.members[person]!.scores.housing, 4, 'the visible change was saved');

      const action = (description: string, category: DataCategory) => ({ id: randomUUID(), description, owner: { kind: 'professional', name: 'Klantmanager' }, dueDate: '2026-12-20', status: 'open', category });
      const created = await klantmanager.api.post(`/api/households/${h.id}/plan`, { content: { startDate: '2026-11-01', situation: 'Bijstand sinds oktober', situationCategory: 'income_benefit', actions: [action('Inkomsten doorgeven', 'income_benefit'), action('Sollicitatietraining', 'work_participation')] } });
      assert.equal(created.statusCode, 201, created.body);
      const plan = (await generalist.api.get(`/api/households/${h.id}/plan`)).json() as { plan: { versions: Array<{ id: string; revision: number; content: { situation: string; actions: Array<{ description: string }> } }>; withheld: Withheld } };
      const version = plan.plan.versions[0]!;
      assert.deepEqual(version.content.actions.map((a) => a.description), ['Sollicitatietraining']);
      assert.equal(version.content.situation, '', 'the situation is about income');
      const changed = await generalist.api.put(`/api/plan-versions/${version.id}`, { revision: version.revision, content: { ...version.content, actions: [...version.content.actions, action('Buurtcentrum bezoeken', 'social')] } });
      assert.equal(changed.statusCode, 200, changed.body);
      const storedPlan = (await db().selectFrom('plan_version').select('content').where('id', '=', version.id).executeTakeFirstOrThrow()).content as { situation: string; actions: Array<{ description: string }> };
      assert.deepEqual(storedPlan.actions.map((a) => a.description).sort(), ['Buurtcentrum bezoeken', 'Inkomsten doorgeven', 'Sollicitatietraining']);
      assert.equal(storedPlan.situation, 'Bijstand sinds oktober');
      const sneaky = await generalist.api.put(`/api/plan-versions/${version.id}`, { revision: version.revision + 1, content: { ...version.content, actions: [action('Uitkering stopzetten', 'income_benefit')] } });
      assert.equal(sneaky.statusCode, 400, 'no recording in a category one may not see');
    });
  });
}
