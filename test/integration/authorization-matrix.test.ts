import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decide, noRelation, type Action, type Grants, type ObjectRelation } from '../../src/access/rules.ts';
import type { SystemRole, TeamRole } from '../../src/db/schema.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * The authorization matrix, generated from the rules: for each role and each relation of
 * the object to the user, every action is tried through the API, and the answer and the
 * processing-log entries must match what `decide` says.
 *
 * Relations: own_team — a team of the user holds an open case (not assigned to the user);
 * assigned_professional / assigned_coordinator — the user is the case's professional or the
 * household's coordinator; other_team — only another team holds a case; emergency — only
 * another team holds a case, and the user has running emergency access; none — the user's
 * team's case was closed; admin — a system role without team membership.
 */
type Relation = 'own_team' | 'assigned_professional' | 'assigned_coordinator' | 'other_team' | 'emergency' | 'none' | 'admin';
type MatrixResource = 'person' | 'household' | 'registration' | 'dossier' | 'contact' | 'note' | 'intake' | 'plan' | 'score' | 'trajectory' | 'work_guidance';
const teamRelations = ['own_team', 'assigned_professional', 'assigned_coordinator', 'other_team', 'emergency', 'none'] as const;
const scenarios: Array<{ role: TeamRole | SystemRole; relation: Relation }> = [
  ...(['member', 'coordinator'] as const).flatMap((role) => teamRelations.map((relation) => ({ role, relation }))),
  ...(['administrator', 'privacy_officer', 'manager'] as const).map((role) => ({ role, relation: 'admin' as const })),
];
const actions: Record<MatrixResource, Action[]> = {
  person: ['get', 'list', 'search', 'update'],
  household: ['get', 'list', 'search', 'update'],
  registration: ['list', 'assign'],
  dossier: ['get', 'update'],
  contact: ['create'],
  note: ['create', 'list'],
  intake: ['create', 'get'],
  plan: ['create'],
  score: ['list'],
  trajectory: ['create'],
  work_guidance: ['get', 'create'],
};

function objectRelation(relation: Relation): ObjectRelation {
  switch (relation) {
    case 'own_team': return { teamIds: ['own'], assignments: [] };
    case 'assigned_professional': return { teamIds: ['own'], assignments: [{ teamId: 'own', role: 'professional' }] };
    case 'assigned_coordinator': return { teamIds: ['own'], assignments: [{ teamId: 'own', role: 'coordinator' }] };
    case 'emergency': return { teamIds: [], assignments: [], emergency: true };
    default: return noRelation;
  }
}

for (const engine of testEngines()) {
  describe(`authorization matrix (${engine})`, () => {
    let t: TestApp;
    let ownTeam: string;
    let otherTeam: string;
    let municipality: string;
    let teammate: { id: string };
    let otherTeammate: { id: string };
    let householdCount = 0;
    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      municipality = await f.municipality();
      ownTeam = await f.team(municipality);
      otherTeam = await f.team(municipality);
      teammate = await f.user({ teams: [[ownTeam, 'member']] });
      otherTeammate = await f.user({ teams: [[otherTeam, 'member']] });
    });
    after(() => t.close());

    for (const { role, relation } of scenarios) {
      for (const resource of Object.keys(actions) as MatrixResource[]) {
        for (const action of actions[resource]) {
          const isTeamRole = role === 'member' || role === 'coordinator';
          const grants: Grants = isTeamRole
            ? { systemRoles: [], memberships: [{ teamId: 'own', role }] }
            : { systemRoles: [role], memberships: [] };
          const decision = decide(grants, resource, action, objectRelation(relation));
          const expected = decision.allowed;

          it(`${role} × ${relation} × ${resource}.${action} → ${expected ? 'allow' : 'deny'}`, async () => {
            const f = fixtures(t);
            const user = await f.user(isTeamRole ? { teams: [[ownTeam, role]] } : { systemRoles: [role as SystemRole] });
            const familyName = `Matrix${Math.random().toString(36).slice(2, 10)}`;
            const caseTeam = relation === 'other_team' || relation === 'emergency' ? otherTeam : ownTeam;
            const household = await f.household(municipality, {
              openTeams: relation === 'none' ? [] : [caseTeam],
              closedTeams: relation === 'none' ? [ownTeam] : [],
              members: [{ familyName }],
            });
            // The newest household sorts first, so the list (first 100 by name) always holds it however many earlier cases left behind.
            await t.database.db.updateTable('household').set({ name: `Aaa matrix ${String(1e9 - ++householdCount).padStart(10, '0')} ${household.id.slice(0, 6)}` }).where('id', '=', household.id).execute();
            const caseFile = await t.database.db.selectFrom('case_file').select('id').where('household_id', '=', household.id).executeTakeFirstOrThrow();
            if (relation === 'emergency') {
              await t.database.db.insertInto('emergency_access').values({ id: crypto.randomUUID(), user_id: user.id, household_id: household.id, ground: 'vital_interest', justification: 'Matrix: noodtoegang voor de test van de regels', expires_at: new Date(Date.now() + 3600_000) }).execute();
            }
            const someoneElse = caseTeam === ownTeam ? teammate.id : otherTeammate.id;
            if (relation === 'assigned_professional' || relation === 'assigned_coordinator') {
              await t.database.db.updateTable('case_file').set({
                kind: 'case', assigned_at: new Date(),
                professional_id: relation === 'assigned_professional' ? user.id : someoneElse,
                coordinator_id: relation === 'assigned_coordinator' ? user.id : someoneElse,
              }).where('id', '=', caseFile.id).execute();
            }
            const person = household.persons[0]!;
            const client = api(t, await sessionFor(t, user.id));
            const before = await lastSeq(t.database.db);
            const intakeId = crypto.randomUUID();
            await t.database.db.insertInto('intake').values({
              id: intakeId, household_id: household.id, instrument_id: 'zrm-13', instrument_version: 1, status: 'draft', draft: '{"members":{}}', started_by: someoneElse, updated_by: someoneElse,
            }).execute();
            await t.database.db.insertInto('dossier_note').values({ id: crypto.randomUUID(), household_id: household.id, text: 'Notitie over het huishouden', category: 'social', written_by: someoneElse }).execute();
            const target: Target = { person, household, familyName, caseFileId: caseFile.id, caseTeam, assignee: isTeamRole ? user.id : someoneElse, intakeId };
            const { allowed, logged } = await attempt(client, resource, action, target);
            assert.equal(allowed, expected, `API answer: ${allowed ? 'allowed' : 'denied'}`);

            const entries = await logEntriesSince(t.database.db, before);
            const mine = entries.filter((e) => e.user_id === user.id && e.data_subject_id === person.id);
            if (expected && logged) {
              const hit = mine.filter((e) => e.name === logged);
              assert.equal(hit.length, 1, `exactly one ${logged} entry for the person, got ${JSON.stringify(mine.map((e) => e.name))}`);
              assert.equal(hit[0]!.outcome, 'allowed');
              assert.equal(hit[0]!.processing_activity_id, decision.rule!.processingActivityId);
              assert.equal(hit[0]!.acting_team_id, decision.teamId === 'own' ? ownTeam : null);
              assert.equal(hit[0]!.acting_role, decision.role);
              assert.equal(hit[0]!.data_subject_id_type, 'samenspel_person_id');
              assert.match(hit[0]!.trace_id, /^[0-9a-f]{32}$/);
            }
            if (!expected) {
              assert.ok(!mine.some((e) => e.outcome === 'allowed' && e.name === logged), 'no allowed entry for a denied access');
              if (resource === 'person' && (action === 'get' || action === 'update')) {
                assert.equal(mine.length, 1, 'a refused direct access is on record');
                const visible = decide(grants, 'person', 'get', objectRelation(relation)).allowed;
                assert.equal(mine[0]!.outcome, visible ? 'denied' : 'not_found');
              }
            }
          });
        }
      }
    }
  });
}

type Client = ReturnType<typeof api>;
interface Target {
  person: { id: string; bsn: string };
  household: { id: string };
  familyName: string;
  caseFileId: string;
  caseTeam: string;
  /** A member of the case's team, to assign the case to. */
  assignee: string;
  /** A draft intake of the household. */
  intakeId: string;
}
const items = (r: { json(): unknown }) => (r.json() as { items: Array<{ id: string }> }).items;

/** Performs the action through the API; says whether it was allowed and which log name an allowed one writes. */
async function attempt(client: Client, resource: MatrixResource, action: Action, target: Target): Promise<{ allowed: boolean; logged: string | null }> {
  const { person, household, familyName } = target;
  const key = `${resource}.${action}`;
  switch (key) {
    case 'person.get': {
      const r = await client.get(`/api/persons/${person.id}`);
      assert.ok([200, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 200, logged: 'person.get' };
    }
    case 'person.search': {
      const r = await client.get(`/api/persons?q=${familyName}`);
      assert.equal(r.statusCode, 200, r.body);
      return { allowed: items(r).some((p) => p.id === person.id), logged: 'person.search' };
    }
    case 'person.list': {
      // Listing by BSN: the exact-lookup list the UI uses.
      const r = await client.get(`/api/persons?q=${person.bsn}`);
      assert.equal(r.statusCode, 200, r.body);
      return { allowed: items(r).some((p) => p.id === person.id), logged: 'person.search' };
    }
    case 'person.update': {
      const r = await client.patch(`/api/persons/${person.id}`, { address: { city: 'Nieuwstad' } });
      assert.ok([200, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 200, logged: 'person.update' };
    }
    case 'household.get': {
      const r = await client.get(`/api/households/${household.id}`);
      assert.ok([200, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 200, logged: 'household.get' };
    }
    case 'household.list': {
      const r = await client.get('/api/households?limit=100');
      assert.equal(r.statusCode, 200, r.body);
      return { allowed: items(r).some((h) => h.id === household.id), logged: null };
    }
    case 'household.search': {
      const r = await client.get(`/api/households?q=${household.id.slice(0, 6)}`);
      assert.equal(r.statusCode, 200, r.body);
      return { allowed: items(r).some((h) => h.id === household.id), logged: 'household.list' };
    }
    case 'household.update': {
      const r = await client.patch(`/api/households/${household.id}`, { name: 'Huishouden Hernoemd' });
      assert.ok([200, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 200, logged: 'household.update' };
    }
    case 'registration.list': {
      // The board of the case's team lists the registration (or would, if it were not assigned yet).
      const r = await client.get(`/api/teams/${target.caseTeam}/triage`);
      assert.ok([200, 403].includes(r.statusCode), r.body);
      if (r.statusCode !== 200) return { allowed: false, logged: null };
      const listed = items(r).some((i) => i.id === target.caseFileId);
      const assigned = !listed && (await client.get(`/api/households/${household.id}/dossier`)).statusCode === 200;
      return { allowed: listed || assigned, logged: listed ? 'registration.list' : null };
    }
    case 'registration.assign': {
      const r = await client.post(`/api/registrations/${target.caseFileId}/assignment`, { professionalId: target.assignee, coordinatorId: target.assignee });
      assert.ok([200, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 200, logged: 'registration.assign' };
    }
    case 'dossier.get': {
      const r = await client.get(`/api/households/${household.id}/dossier`);
      assert.ok([200, 404].includes(r.statusCode), r.body);
      if (r.statusCode !== 200) return { allowed: false, logged: null };
      const d = r.json() as { abilities: { contents: boolean }; timeline: unknown[] };
      assert.equal(d.timeline.length > 0, d.abilities.contents, 'the timeline comes with the contents, and only then');
      return { allowed: d.abilities.contents, logged: 'dossier.get' };
    }
    case 'intake.create': {
      const r = await client.post(`/api/households/${household.id}/intakes`, { instrumentId: 'zrm-13' });
      assert.ok([201, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 201, logged: 'intake.create' };
    }
    case 'intake.get': {
      const r = await client.get(`/api/intakes/${target.intakeId}`);
      assert.ok([200, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 200, logged: 'intake.get' };
    }
    case 'plan.create': {
      const r = await client.post(`/api/households/${household.id}/plan`, { content: { startDate: '2026-01-01', goals: [{ id: crypto.randomUUID(), description: 'Doel', domain: 'finances', category: 'debt' }] } });
      assert.ok([201, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 201, logged: 'plan.create' };
    }
    case 'trajectory.create': {
      // From the household's plan; when the plan is refused, so is the trajectory.
      const plan = await client.post(`/api/households/${household.id}/plan`, { content: { startDate: '2026-01-01' } });
      const planId = plan.statusCode === 201 ? (plan.json() as { plan: { id: string } }).plan.id : crypto.randomUUID();
      const r = await client.post(`/api/households/${household.id}/trajectories`, { personId: person.id, planId, startedOn: '2026-01-05', ladderStart: 2, ladderTarget: 4 });
      assert.ok([201, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 201, logged: 'trajectory.create' };
    }
    case 'work_guidance.get': {
      const r = await client.get(`/api/persons/${person.id}/work-guidance`);
      assert.ok([200, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 200, logged: 'work_guidance.get' };
    }
    case 'work_guidance.create': {
      const r = await client.post(`/api/persons/${person.id}/work-assessments`, { distance: 'bridgeable', motivation: 'Beoordeling voor de matrix' });
      assert.ok([201, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 201, logged: 'work_guidance.assess' };
    }
    case 'score.list': {
      const r = await client.get(`/api/persons/${person.id}/scores`);
      assert.ok([200, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 200, logged: 'score.list' };
    }
    case 'dossier.update': {
      const r = await client.post(`/api/households/${household.id}/network`, { name: 'Buurvrouw', relation: 'neighbour', canHelpWith: 'Boodschappen' });
      assert.ok([201, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 201, logged: 'network.create' };
    }
    case 'note.create': {
      const r = await client.post(`/api/households/${household.id}/notes`, { text: 'Korte notitie', category: 'social' });
      assert.ok([201, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 201, logged: 'note.create' };
    }
    case 'note.list': {
      // The household has one note about the household as a whole, written by someone else.
      const r = await client.get(`/api/households/${household.id}/notes`);
      assert.ok([200, 403, 404].includes(r.statusCode), r.body);
      if (r.statusCode === 200) assert.equal(items(r).length, 1);
      return { allowed: r.statusCode === 200, logged: 'note.list' };
    }
    case 'contact.create': {
      const r = await client.post(`/api/households/${household.id}/contacts`, {
        occurredAt: new Date().toISOString(), place: 'home', form: 'visit', participants: 'bewoner', report: 'Kort verslag', category: 'social',
      });
      assert.ok([201, 403, 404].includes(r.statusCode), r.body);
      return { allowed: r.statusCode === 201, logged: 'contact.create' };
    }
  }
  throw new Error(`no attempt for ${key}`);
}
