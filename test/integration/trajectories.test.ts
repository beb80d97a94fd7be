/**
 * Trajectories towards work or participation (issue 5): started from the plan, paused during a
 * hospital stay and resumed (Apeldoorn), closed with an exit interview and an outcome (RSD Kromme
 * Rijn Heuvelrug; Ede's placements with wage-cost subsidy), aftercare contacts that notify the
 * professional when due; invalid transitions refused with paths and nothing saved; access and log.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pino from 'pino';
import { runFollowUpNotices } from '../../src/trajectories/trajectory-follow-up-job.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type Session, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Client = ReturnType<typeof api>;
type Issue = { path: string; message: string };
type Trajectory = {
  id: string; status: string; revision: number; personId: string; goal: { id: string; description: string } | null;
  ladder: { start: number; target: number; now: number; nowOn: string; nowSource: string };
  pause: { reason: string; expectedResumeOn: string; overdue: boolean } | null;
  closing: { on: string; reason: string } | null;
  history: Array<{ status: string; effectiveOn: string; pauseReason: string | null; ladderStep: number | null }>;
  instruments: Array<{ catalogueInstrumentId: string | null; name: string; provider: string | null }>;
  exitInterview: { heldOn: string; ownWords: string; satisfaction: number } | null;
  outcome: { kind: string; hoursPerWeek: number; wageCostSubsidy: boolean; wageCostSubsidyPercentage: number; jobsAgreementRegistered: boolean; garantiebaan: boolean } | null;
  followUps: Array<{ id: string; kind: string; dueOn: string; doneOn: string | null; due: boolean }>;
  warnings: Issue[];
};

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
const paths = (res: { json(): unknown }) => ((res.json() as { issues?: Issue[] }).issues ?? []).map((i) => i.path).sort();

for (const engine of testEngines()) {
  describe(`trajectories (${engine})`, () => {
    let t: TestApp;
    let P: Client, Q: Client, O: Client;
    let session: Session;
    let professional: { id: string }, coordinator: { id: string };
    let household: { id: string; persons: Array<{ id: string }> };
    let planId: string, goalId: string, caseFileId: string, catalogueId: string;
    let today: string;
    let trajectory: Trajectory;
    const url = () => `/api/trajectories/${trajectory.id}`;
    const stored = async () => (await P.get(url())).json() as Trajectory;

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const m = await f.municipality();
      const team = await f.team(m);
      professional = await f.user({ teams: [[team, 'member']] });
      coordinator = await f.user({ teams: [[team, 'coordinator']] });
      const colleague = await f.user({ teams: [[team, 'member']] });
      household = await f.household(m, { openTeams: [team], members: [{ familyName: 'Traject', givenNames: 'Jan' }, { familyName: 'Traject', givenNames: 'Fatima' }] });
      const db = t.database.db;
      caseFileId = (await db.updateTable('case_file').set({ professional_id: professional.id, coordinator_id: coordinator.id, assigned_at: new Date(), kind: 'case' })
        .where('household_id', '=', household.id).returning('id').executeTakeFirstOrThrow()).id;
      session = await sessionFor(t, professional.id);
      P = api(t, session);
      Q = api(t, await sessionFor(t, coordinator.id));
      O = api(t, await sessionFor(t, colleague.id));
      today = (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(db)).rows[0]!.d;

      goalId = randomUUID();
      const plan = await P.post(`/api/households/${household.id}/plan`, { content: {
        startDate: addDays(today, -150),
        goals: [{ id: goalId, description: 'Jan werkt weer, met begeleiding', domain: 'work_education', targetScore: 4, category: 'work_participation' }],
      } });
      assert.equal(plan.statusCode, 201, plan.body);
      planId = plan.json().plan.id;
      // Jan's kitchen-table talk put him on step 2 of the participation ladder.
      const intakeId = randomUUID();
      await db.insertInto('intake').values({ id: intakeId, household_id: household.id, instrument_id: 'zrm-13', instrument_version: 1, status: 'final', draft: '{"members":{}}', started_by: professional.id, updated_by: professional.id, finalised_at: new Date() }).execute();
      await db.insertInto('assessment_score').values({
        id: randomUUID(), intake_id: intakeId, person_id: household.persons[0]!.id, instrument_id: 'participatieladder', instrument_version: 1,
        domain_code: 'participation', score: 2, category: 'work_participation', assessed_on: addDays(today, -140),
      }).execute();
      catalogueId = randomUUID();
      await sql`INSERT INTO catalogue_instrument (id, municipality_id, key, name, kind, law, provider_name, cost_unit, how_to_request, decided_by, valid_from, created_by, updated_by)
        VALUES (${catalogueId}::uuid, ${m}::uuid, 'participatiecoach', 'Participatiecoach', 'coaching', 'participatiewet', 'Werkplein Samenhoven', 'free',
          'Via de klantregisseur', 'Klantregisseur', '2020-01-01', ${professional.id}::uuid, ${professional.id}::uuid)`.execute(db);
    });
    after(() => t.close());

    it('starts from the plan: the ladder step at the start comes from the latest score, instruments from the catalogue or by name', async () => {
      const jan = household.persons[0]!.id;
      const start = {
        personId: jan, planId, goalId, startedOn: addDays(today, -120), ladderTarget: 5,
        instruments: [{ catalogueInstrumentId: catalogueId, startedOn: addDays(today, -120) }, { name: 'Sollicitatietraining', provider: 'Buurthuis De Linde', startedOn: addDays(today, -100) }],
      };
      const bad = await P.post(`/api/households/${household.id}/trajectories`, { ...start, planId: randomUUID(), goalId: randomUUID(), ladderTarget: 1, instruments: [{ startedOn: addDays(today, -200) }] });
      assert.equal(bad.statusCode, 400, bad.body);
      assert.deepEqual(paths(bad), ['body.planId'], 'a plan of another household is refused first');
      const wrong = await P.post(`/api/households/${household.id}/trajectories`, { ...start, goalId: randomUUID(), ladderTarget: 1, instruments: [{ startedOn: addDays(today, -200) }] });
      assert.equal(wrong.statusCode, 400);
      assert.deepEqual(paths(wrong), ['body.goalId', 'body.instruments.0.name', 'body.instruments.0.startedOn', 'body.ladderTarget']);
      assert.deepEqual((await P.get(`/api/households/${household.id}/trajectories`)).json().items, [], 'nothing saved');

      const from = await lastSeq(t.database.db);
      const res = await P.post(`/api/households/${household.id}/trajectories`, start);
      assert.equal(res.statusCode, 201, res.body);
      trajectory = res.json() as Trajectory;
      assert.equal(trajectory.status, 'active');
      assert.deepEqual(trajectory.goal, { id: goalId, description: 'Jan werkt weer, met begeleiding' });
      assert.deepEqual([trajectory.ladder.start, trajectory.ladder.target, trajectory.ladder.now], [2, 5, 2]);
      assert.deepEqual(trajectory.instruments.map((i) => [i.catalogueInstrumentId, i.name, i.provider]), [
        [catalogueId, 'Participatiecoach', 'Werkplein Samenhoven'], [null, 'Sollicitatietraining', 'Buurthuis De Linde'],
      ]);
      const logged = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'trajectory.create');
      assert.deepEqual(logged.map((e) => [e.data_subject_id, e.processing_activity_id, e.outcome, e.user_id]), [[jan, 'social-support', 'allowed', professional.id]], 'one entry, for Jan only');

      const second = await Q.post(`/api/households/${household.id}/trajectories`, start);
      assert.equal(second.statusCode, 409, 'one running trajectory per person');
      const list = await Q.get(`/api/households/${household.id}/trajectories`);
      assert.equal(list.statusCode, 200, list.body);
      const body = list.json();
      assert.deepEqual(body.items.map((i: { id: string; status: string }) => [i.id, i.status]), [[trajectory.id, 'active']]);
      assert.deepEqual(body.members.find((x: { personId: string }) => x.personId === jan).ladder, { step: 2, on: addDays(today, -140) });
      assert.deepEqual(body.catalogue.map((c: { id: string }) => c.id), [catalogueId]);
      assert.deepEqual(body.abilities, { create: true });
    });

    it('pauses during a hospital stay (a resume date already past is recorded, and flagged) and resumes with the ladder step now', async () => {
      const before = await stored();
      const backwards = await P.post(`${url()}/status`, { revision: before.revision, status: 'paused', effectiveOn: addDays(today, -60), pauseReason: 'Opname in het ziekenhuis', expectedResumeOn: addDays(today, -61) });
      assert.equal(backwards.statusCode, 400);
      assert.deepEqual(paths(backwards), ['body.expectedResumeOn']);
      const noReason = await P.post(`${url()}/status`, { revision: before.revision, status: 'paused', effectiveOn: addDays(today, -60) });
      assert.deepEqual(paths(noReason), ['body.expectedResumeOn', 'body.pauseReason']);
      assert.match((noReason.json().issues as Issue[]).find((i) => i.path === 'body.pauseReason')!.message, /reden van pauzeren/);

      const paused = await P.post(`${url()}/status`, { revision: before.revision, status: 'paused', effectiveOn: addDays(today, -60), pauseReason: 'Opname in het ziekenhuis', expectedResumeOn: addDays(today, -30) });
      assert.equal(paused.statusCode, 200, paused.body);
      const p = paused.json() as Trajectory;
      assert.equal(p.status, 'paused');
      assert.deepEqual([p.pause!.reason, p.pause!.expectedResumeOn, p.pause!.overdue], ['Opname in het ziekenhuis', addDays(today, -30), true]);
      assert.deepEqual(p.warnings.map((w) => w.path), ['body.expectedResumeOn'], 'recorded, but flagged');

      const stale = await Q.post(`${url()}/status`, { revision: before.revision, status: 'active', effectiveOn: addDays(today, -20) });
      assert.equal(stale.statusCode, 409, 'a change made from an old revision');
      assert.equal(stale.json().error, 'revision_conflict');
      assert.equal(stale.json().current.status, 'paused', 'with the stored state');

      const resumed = await Q.post(`${url()}/status`, { revision: p.revision, status: 'active', effectiveOn: addDays(today, -20), ladderStep: 3, note: 'Terug uit het ziekenhuis' });
      assert.equal(resumed.statusCode, 200, resumed.body);
      trajectory = resumed.json() as Trajectory;
      assert.deepEqual(trajectory.history.map((h) => h.status), ['active', 'paused', 'active']);
      assert.equal(trajectory.pause, null);
      assert.deepEqual([trajectory.ladder.now, trajectory.ladder.nowSource], [3, 'status_change']);
      assert.deepEqual(trajectory.warnings, []);
    });

    it('refuses invalid transitions with their paths, and saves nothing', async () => {
      const before = await stored();
      const status = (body: Record<string, unknown>) => P.post(`${url()}/status`, { revision: before.revision, effectiveOn: addDays(today, -5), ...body });

      const resumeActive = await status({ status: 'active' });
      assert.equal(resumeActive.statusCode, 409);
      assert.deepEqual(paths(resumeActive), ['body.status']);
      const noReason = await status({ status: 'closed' });
      assert.equal(noReason.statusCode, 400);
      assert.deepEqual(paths(noReason), ['body.closingReason']);
      const otherNoText = await status({ status: 'closed', closingReason: 'other' });
      assert.deepEqual(paths(otherNoText), ['body.closingReasonText']);
      const exitWhilePausing = await status({ status: 'paused', pauseReason: 'Verslavingszorg eerst', expectedResumeOn: addDays(today, 30), exitInterview: { heldOn: today, ownWords: 'Goed' } });
      assert.equal(exitWhilePausing.statusCode, 400);
      assert.deepEqual(paths(exitWhilePausing), ['body.exitInterview']);
      const exitOnly = await P.put(`${url()}/exit-interview`, { revision: before.revision, exitInterview: { heldOn: today, ownWords: 'Goed' } });
      assert.equal(exitOnly.statusCode, 409, 'an exit interview only on closure');
      assert.deepEqual(paths(exitOnly), ['body.exitInterview']);
      const future = await status({ status: 'closed', closingReason: 'moved', effectiveOn: addDays(today, 3) });
      assert.deepEqual(paths(future), ['body.effectiveOn']);
      const badOutcomes = await status({ status: 'closed', closingReason: 'goal_reached', outcome: { kind: 'paid_work', hoursPerWeek: 61, wageCostSubsidy: true, wageCostSubsidyPercentage: 101 } });
      assert.equal(badOutcomes.statusCode, 400);
      assert.deepEqual(paths(badOutcomes), ['body.outcome.hoursPerWeek', 'body.outcome.wageCostSubsidyPercentage']);
      const noPercentage = await status({ status: 'closed', closingReason: 'goal_reached', outcome: { kind: 'paid_work', hoursPerWeek: 24, wageCostSubsidy: true } });
      assert.deepEqual(paths(noPercentage), ['body.outcome.wageCostSubsidyPercentage']);
      const hoursForVolunteering = await status({ status: 'closed', closingReason: 'goal_reached', outcome: { kind: 'volunteer_work', hoursPerWeek: 8 } });
      assert.deepEqual(paths(hoursForVolunteering), ['body.outcome.hoursPerWeek']);
      const emptyInterview = await status({ status: 'closed', closingReason: 'goal_reached', exitInterview: { heldOn: today } });
      assert.deepEqual(paths(emptyInterview), ['body.exitInterview.whatHelped']);
      const english = await t.app.inject({
        method: 'POST', url: `${url()}/status`, payload: { revision: before.revision, effectiveOn: today, status: 'closed' },
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'accept-language': 'en' },
      });
      assert.equal(english.json().issues[0].message, 'Choose a reason for closing');

      const after = await stored();
      assert.deepEqual([after.revision, after.status, after.history.length, after.exitInterview, after.outcome, after.followUps.length], [before.revision, 'active', 3, null, null, 0], 'nothing half-written');
    });

    it('closes with goal reached, the exit interview and paid work of 24 hours with wage-cost subsidy; aftercare after 1, 3 and 6 months', async () => {
      const before = await stored();
      const closedOn = addDays(today, -5);
      const from = await lastSeq(t.database.db);
      const res = await P.post(`${url()}/status`, {
        revision: before.revision, status: 'closed', effectiveOn: closedOn, closingReason: 'goal_reached', ladderStep: 5,
        exitInterview: { heldOn: closedOn, whatHelped: 'De coach die meeging naar het gesprek', whatDidNot: 'Lang wachten op de opleiding', ownWords: 'Ik sta weer ergens voor.', satisfaction: 4 },
        outcome: { kind: 'paid_work', hoursPerWeek: 24, employerKind: 'private', wageCostSubsidy: true, wageCostSubsidyPercentage: 30, jobsAgreementRegistered: true, garantiebaan: true },
      });
      assert.equal(res.statusCode, 200, res.body);
      trajectory = res.json() as Trajectory;
      assert.deepEqual([trajectory.status, trajectory.closing!.reason, trajectory.closing!.on], ['closed', 'goal_reached', closedOn]);
      assert.deepEqual([trajectory.exitInterview!.ownWords, trajectory.exitInterview!.satisfaction], ['Ik sta weer ergens voor.', 4]);
      const o = trajectory.outcome!;
      assert.deepEqual([o.kind, o.hoursPerWeek, o.wageCostSubsidy, o.wageCostSubsidyPercentage, o.jobsAgreementRegistered, o.garantiebaan], ['paid_work', 24, true, 30, true, true]);
      assert.deepEqual(trajectory.followUps.map((f) => f.kind), ['aftercare', 'light_contact', 'light_contact']);
      assert.ok(trajectory.followUps.every((f) => f.dueOn > closedOn && !f.due));
      assert.deepEqual([trajectory.ladder.start, trajectory.ladder.target, trajectory.ladder.now], [2, 5, 5]);
      const entries = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'trajectory.status');
      assert.deepEqual(entries.map((e) => [e.data_subject_id, (e.attributes as { to: string }).to]), [[household.persons[0]!.id, 'closed']]);
      assert.ok(!JSON.stringify(entries[0]!.attributes).includes('ergens voor'), 'the log holds no content');

      const reopen = await P.post(`${url()}/status`, { revision: trajectory.revision, status: 'active', effectiveOn: today });
      assert.equal(reopen.statusCode, 409, 'a closed trajectory stays closed');
      const corrected = await P.put(`${url()}/exit-interview`, { revision: trajectory.revision, exitInterview: { heldOn: closedOn, ownWords: 'Ik sta weer ergens voor, en ik ben trots.' } });
      assert.equal(corrected.statusCode, 200, corrected.body);
      trajectory = corrected.json() as Trajectory;
    });

    it('notices a due follow-up once, to the responsible professional, without personal data', async () => {
      const services = { database: t.database, keys: t.keys, config: t.config, log: pino({ level: 'silent' }) };
      const day = 86400_000;
      assert.deepEqual(await runFollowUpNotices(services, new Date()), { notified: 0 }, 'nothing due yet');
      const from = await lastSeq(t.database.db);
      assert.deepEqual(await runFollowUpNotices(services, new Date(Date.now() + 40 * day)), { notified: 1 }, 'the aftercare contact after a month');
      assert.deepEqual(await runFollowUpNotices(services, new Date(Date.now() + 41 * day)), { notified: 0 }, 'once');
      const mine = (await P.get('/api/notifications')).json() as { items: Array<{ kind: string; caseFileId: string; householdId: string }> };
      assert.deepEqual(mine.items.filter((n) => n.kind === 'trajectory_follow_up_due').map((n) => [n.caseFileId, n.householdId]), [[caseFileId, household.id]]);
      assert.deepEqual(((await Q.get('/api/notifications')).json() as { items: Array<{ kind: string }> }).items.filter((n) => n.kind === 'trajectory_follow_up_due'), [], 'only the responsible professional');
      const notices = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'trajectory.follow_up_notice');
      assert.deepEqual(notices.map((e) => [e.data_subject_id, e.user_id, e.resource_id]), [[household.persons[0]!.id, null, trajectory.id]]);
      assert.deepEqual(await runFollowUpNotices(services, new Date(Date.now() + 100 * day)), { notified: 1 }, 'the light contact after three months');

      const aftercare = trajectory.followUps[0]!;
      const early = await P.post(`${url()}/follow-ups/${aftercare.id}/done`, { revision: trajectory.revision, doneOn: addDays(today, 1) });
      assert.deepEqual(paths(early), ['body.doneOn']);
      const done = await P.post(`${url()}/follow-ups/${aftercare.id}/done`, { revision: trajectory.revision, doneOn: today, note: 'Gaat goed op het werk' });
      assert.equal(done.statusCode, 200, done.body);
      trajectory = done.json() as Trajectory;
      assert.equal(trajectory.followUps[0]!.doneOn, today);
      const extra = await P.post(`${url()}/follow-ups`, { revision: trajectory.revision, followUp: { kind: 'light_contact', dueOn: addDays(today, 365) } });
      assert.equal(extra.statusCode, 201, extra.body);
      assert.equal((extra.json() as Trajectory).followUps.length, 4);
    });

    it('is for the professional and the coordinator: a colleague gets 403, someone outside the team 404', async () => {
      assert.equal((await O.get(`/api/households/${household.id}/trajectories`)).statusCode, 403);
      assert.equal((await O.get(url())).statusCode, 403);
      assert.equal((await O.post(`${url()}/status`, { revision: 99, status: 'paused', effectiveOn: today, pauseReason: 'x', expectedResumeOn: today })).statusCode, 403);
      assert.equal((await O.post(`/api/households/${household.id}/trajectories`, { personId: household.persons[1]!.id, planId, startedOn: today, ladderStart: 1, ladderTarget: 3 })).statusCode, 403);
      const outsider = api(t, await sessionFor(t, (await fixtures(t).user()).id));
      assert.equal((await outsider.get(url())).statusCode, 404);
      assert.equal((await outsider.get(`/api/households/${household.id}/trajectories`)).statusCode, 404);
    });

    it('logs reads per data subject: the list for every member, one trajectory for its member', async () => {
      const from = await lastSeq(t.database.db);
      assert.equal((await P.get(`/api/households/${household.id}/trajectories`)).statusCode, 200);
      assert.equal((await P.get(url())).statusCode, 200);
      const entries = await logEntriesSince(t.database.db, from);
      const subjects = (name: string) => entries.filter((e) => e.name === name).map((e) => e.data_subject_id).sort();
      assert.deepEqual(subjects('trajectory.list'), household.persons.map((p) => p.id).sort());
      assert.deepEqual(subjects('trajectory.get'), [household.persons[0]!.id]);
      const get = entries.find((e) => e.name === 'trajectory.get')!;
      assert.deepEqual([get.processing_activity_id, (get.attributes as { categories: string[] }).categories], ['social-support', ['work_participation']]);
    });

    it('two people changing the details at once: one wins, the other gets 409 and nothing of theirs is kept', async () => {
      const before = await stored();
      const details = (target: number, name: string) => ({
        revision: before.revision, responsibleUserId: coordinator.id, ladderTarget: target,
        instruments: [...before.instruments.map((i) => ({ ...(i.catalogueInstrumentId ? { catalogueInstrumentId: i.catalogueInstrumentId } : { name: i.name }), startedOn: addDays(today, -100) })), { name, startedOn: addDays(today, -90) }],
      });
      const answers = await Promise.all([P.put(url(), details(6, 'Werkervaringsplek')), Q.put(url(), details(4, 'Taalcursus'))]);
      assert.deepEqual(answers.map((r) => r.statusCode).sort(), [200, 409], answers.map((r) => r.body).join('\n'));
      const after = await stored();
      const winner = answers.find((r) => r.statusCode === 200)!.json() as Trajectory;
      assert.equal(after.revision, before.revision + 1);
      assert.deepEqual(after.instruments.map((i) => i.name), winner.instruments.map((i) => i.name));
      assert.equal(after.instruments.length, 3, 'only the winner’s instruments');
      trajectory = after;
    });

    it('is not shown to a role without work and participation, which cannot start one either', async () => {
      await t.database.db.updateTable('team_membership').set({ professional_role: 'wmo_consultant' }).where('user_id', '=', coordinator.id).execute();
      const list = await Q.get(`/api/households/${household.id}/trajectories`);
      assert.equal(list.statusCode, 200, list.body);
      assert.deepEqual(list.json().items, []);
      assert.deepEqual(list.json().withheld, [{ category: 'work_participation', reason: 'not_for_role', count: 1 }]);
      assert.equal(list.json().members.every((m: { ladder: unknown }) => m.ladder === null), true, 'nor the ladder steps');
      assert.equal((await Q.get(url())).statusCode, 403);
      const start = await Q.post(`/api/households/${household.id}/trajectories`, { personId: household.persons[1]!.id, planId, startedOn: today, ladderStart: 1, ladderTarget: 3 });
      assert.equal(start.statusCode, 403);
    });
  });
}
