import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decide, noRelation, type Action, type Grants, type ObjectRelation, type Resource } from '../../src/access/rules.ts';
import type { SystemRole, TeamRole } from '../../src/db/schema.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * The authorization matrix, generated from the rules: for each role and each relation of
 * the object to the user, every action is tried through the API, and the answer and the
 * processing-log entries must match what `decide` says.
 *
 * Relations: own_team — a team of the user holds an open case for the household;
 * other_team — only another team does; none — the user's team's case was closed;
 * admin — a system role without team membership.
 */
type Relation = 'own_team' | 'other_team' | 'none' | 'admin';
const scenarios: Array<{ role: TeamRole | SystemRole; relation: Relation }> = [
  ...(['member', 'coordinator'] as const).flatMap((role) => (['own_team', 'other_team', 'none'] as const).map((relation) => ({ role, relation }))),
  ...(['administrator', 'privacy_officer', 'manager'] as const).map((role) => ({ role, relation: 'admin' as const })),
];
const actions: Record<'person' | 'household', Action[]> = { person: ['get', 'list', 'search', 'update'], household: ['get', 'list', 'search', 'update'] };

for (const engine of testEngines()) {
  describe(`authorization matrix (${engine})`, () => {
    let t: TestApp;
    let ownTeam: string;
    let otherTeam: string;
    let municipality: string;
    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      municipality = await f.municipality();
      ownTeam = await f.team(municipality);
      otherTeam = await f.team(municipality);
    });
    after(() => t.close());

    for (const { role, relation } of scenarios) {
      for (const resource of ['person', 'household'] as const) {
        for (const action of actions[resource]) {
          const isTeamRole = role === 'member' || role === 'coordinator';
          const grants: Grants = isTeamRole
            ? { systemRoles: [], memberships: [{ teamId: 'own', role }] }
            : { systemRoles: [role], memberships: [] };
          const objectRelation: ObjectRelation = relation === 'own_team' ? { teamIds: ['own'], assignments: [] } : noRelation;
          const expected = decide(grants, resource, action, objectRelation).allowed;

          it(`${role} × ${relation} × ${resource}.${action} → ${expected ? 'allow' : 'deny'}`, async () => {
            const f = fixtures(t);
            const user = await f.user(isTeamRole ? { teams: [[ownTeam, role]] } : { systemRoles: [role as SystemRole] });
            const familyName = `Matrix${Math.random().toString(36).slice(2, 10)}`;
            const household = await f.household(municipality, {
              openTeams: relation === 'own_team' ? [ownTeam] : relation === 'other_team' ? [otherTeam] : relation === 'admin' ? [ownTeam] : [],
              closedTeams: relation === 'none' ? [ownTeam] : [],
              members: [{ familyName }],
            });
            const person = household.persons[0]!;
            const client = api(t, await sessionFor(t, user.id));
            const before = await lastSeq(t.database.db);
            const { allowed, logged } = await attempt(client, resource, action, { person, household, familyName });
            assert.equal(allowed, expected, `API answer: ${allowed ? 'allowed' : 'denied'}`);

            const entries = await logEntriesSince(t.database.db, before);
            const mine = entries.filter((e) => e.user_id === user.id && e.data_subject_id === person.id);
            if (expected) {
              assert.equal(mine.length, 1, `exactly one log entry for the person, got ${JSON.stringify(mine.map((e) => e.name))}`);
              assert.equal(mine[0]!.name, logged);
              assert.equal(mine[0]!.outcome, 'allowed');
              assert.equal(mine[0]!.processing_activity_id, 'social-support');
              assert.equal(mine[0]!.acting_team_id, ownTeam);
              assert.equal(mine[0]!.acting_role, role);
              assert.equal(mine[0]!.data_subject_id_type, 'samenspel_person_id');
              assert.match(mine[0]!.trace_id, /^[0-9a-f]{32}$/);
            } else {
              assert.ok(mine.every((e) => e.outcome !== 'allowed'), 'no allowed entry for a denied access');
              if (resource === 'person' && (action === 'get' || action === 'update')) {
                assert.equal(mine.length, 1, 'a refused direct access is on record');
                assert.equal(mine[0]!.outcome, 'not_found');
              }
            }
          });
        }
      }
    }
  });
}

type Client = ReturnType<typeof api>;
interface Target { person: { id: string; bsn: string }; household: { id: string }; familyName: string }

/** Performs the action through the API; says whether it was allowed and which log name an allowed one writes. */
async function attempt(client: Client, resource: 'person' | 'household', action: Action, target: Target): Promise<{ allowed: boolean; logged: string }> {
  const { person, household, familyName } = target;
  if (resource === 'person') {
    switch (action) {
      case 'get': {
        const r = await client.get(`/api/persons/${person.id}`);
        assert.ok([200, 404].includes(r.statusCode), r.body);
        return { allowed: r.statusCode === 200, logged: 'person.get' };
      }
      case 'search': {
        const r = await client.get(`/api/persons?q=${familyName}`);
        assert.equal(r.statusCode, 200, r.body);
        return { allowed: (r.json() as { items: Array<{ id: string }> }).items.some((p) => p.id === person.id), logged: 'person.search' };
      }
      case 'list': {
        // Listing by BSN: the exact-lookup list the UI uses.
        const r = await client.get(`/api/persons?q=${person.bsn}`);
        assert.equal(r.statusCode, 200, r.body);
        return { allowed: (r.json() as { items: Array<{ id: string }> }).items.some((p) => p.id === person.id), logged: 'person.search' };
      }
      case 'update': {
        const r = await client.patch(`/api/persons/${person.id}`, { address: { city: 'Nieuwstad' } });
        assert.ok([200, 403, 404].includes(r.statusCode), r.body);
        return { allowed: r.statusCode === 200, logged: 'person.update' };
      }
    }
  } else {
    switch (action) {
      case 'get': {
        const r = await client.get(`/api/households/${household.id}`);
        assert.ok([200, 404].includes(r.statusCode), r.body);
        return { allowed: r.statusCode === 200, logged: 'household.get' };
      }
      case 'list': {
        const r = await client.get('/api/households?limit=100');
        assert.equal(r.statusCode, 200, r.body);
        return { allowed: (r.json() as { items: Array<{ id: string }> }).items.some((h) => h.id === household.id), logged: 'household.list' };
      }
      case 'search': {
        const r = await client.get(`/api/households?q=${household.id.slice(0, 6)}`);
        assert.equal(r.statusCode, 200, r.body);
        return { allowed: (r.json() as { items: Array<{ id: string }> }).items.some((h) => h.id === household.id), logged: 'household.list' };
      }
      case 'update': {
        const r = await client.patch(`/api/households/${household.id}`, { name: 'Huishouden Hernoemd' });
        assert.ok([200, 403, 404].includes(r.statusCode), r.body);
        return { allowed: r.statusCode === 200, logged: 'household.update' };
      }
    }
  }
  throw new Error(`no attempt for ${resource}.${action}`);
}
