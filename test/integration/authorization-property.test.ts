import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { TeamRole } from '../../src/db/schema.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * Property: with random teams, memberships (some ended), households (some members gone,
 * some cases closed) and case assignments, no user ever sees a person outside the rules —
 * by id, in a name search, or through a household — nor a dossier's contents unless they
 * are its professional or coordinator in a team they still belong to (nor its notes or network). The oracle below is
 * written from the rule text, independently of the SQL.
 */
const world = fc.record({
  teams: fc.integer({ min: 2, max: 4 }),
  users: fc.array(fc.array(fc.record({ team: fc.nat(3), role: fc.constantFrom<TeamRole>('member', 'coordinator'), ended: fc.boolean() }), { maxLength: 3 }), { minLength: 2, maxLength: 4 }),
  households: fc.array(fc.record({
    members: fc.array(fc.record({ left: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    cases: fc.array(fc.record({ team: fc.nat(3), closed: fc.boolean(), professional: fc.option(fc.nat(3)), coordinator: fc.option(fc.nat(3)) }), { maxLength: 2 }),
  }), { minLength: 2, maxLength: 6 }),
});

for (const engine of testEngines()) {
  describe(`no leaks, whatever the data (${engine})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(engine); });
    after(() => t.close());

    it('every user sees exactly the persons the rules allow', async () => {
      let run = 0;
      await fc.assert(fc.asyncProperty(world, async (w) => {
        run++;
        const f = fixtures(t);
        const municipality = await f.municipality();
        const teams: string[] = [];
        for (let i = 0; i < w.teams; i++) teams.push(await f.team(municipality));
        const familyName = `Prop${run}x${Math.random().toString(36).slice(2, 8)}`;
        const households = [];
        for (const h of w.households) {
          const created = await f.household(municipality, {
            openTeams: h.cases.filter((c) => !c.closed).map((c) => teams[c.team % w.teams]!),
            closedTeams: h.cases.filter((c) => c.closed).map((c) => teams[c.team % w.teams]!),
            members: h.members.map((m) => ({ familyName, validUntil: m.left ? '2021-01-01' : undefined })),
          });
          households.push({ ...created, spec: h });
        }
        const users: Array<{ id: string; memberships: Array<[string, TeamRole, string | null]> }> = [];
        for (const u of w.users) {
          const memberships = u.map((m) => [teams[m.team % w.teams]!, m.role, m.ended ? '2021-01-01' : null] as [string, TeamRole, string | null]);
          users.push({ memberships, id: (await f.user({ teams: memberships })).id });
        }
        // Assign cases to random users (whether or not they belong to the case's team: the rules must cope).
        for (const h of households) {
          const rows = await t.database.db.selectFrom('case_file').select(['id', 'team_id', 'closed_at']).where('household_id', '=', h.id).orderBy('opened_at').execute();
          for (const [i, c] of h.spec.cases.entries()) {
            const row = rows.find((r) => r.team_id === teams[c.team % w.teams] && (r.closed_at !== null) === c.closed && !('done' in r));
            if (!row || (c.professional === null && c.coordinator === null)) continue;
            Object.assign(row, { done: true });
            const pick = (n: number | null) => (n === null ? null : users[n % users.length]!.id);
            await t.database.db.updateTable('case_file').set({ professional_id: pick(c.professional), coordinator_id: pick(c.coordinator), assigned_at: new Date(), kind: 'case' })
              .where('id', '=', row.id).execute();
            Object.assign(h.spec.cases[i]!, { professionalId: pick(c.professional), coordinatorId: pick(c.coordinator) });
          }
        }
        for (const user of users) {
          const myTeams = new Set(user.memberships.filter((m) => m[2] === null).map((m) => m[0]));
          // The oracle: a person is visible when they currently belong to a household for
          // which one of my current teams holds an open case.
          const visible = new Set<string>();
          const visibleHouseholds = new Set<string>();
          for (const h of households) {
            const open = h.spec.cases.some((c) => !c.closed && myTeams.has(teams[c.team % w.teams]!));
            if (!open) continue;
            visibleHouseholds.add(h.id);
            h.persons.forEach((p, i) => { if (!h.spec.members[i]!.left) visible.add(p.id); });
          }
          const dossierContents: Set<string> = new Set(households.filter((h) => h.spec.cases.some((c) => {
            const assigned = c as typeof c & { professionalId?: string | null; coordinatorId?: string | null };
            return !c.closed && myTeams.has(teams[c.team % w.teams]!) && (assigned.professionalId === user.id || assigned.coordinatorId === user.id);
          })).map((h) => h.id));
          const client = api(t, await sessionFor(t, user.id));
          const search = await client.get(`/api/persons?q=${familyName}&limit=100`);
          assert.equal(search.statusCode, 200);
          const found = new Set((search.json() as { items: Array<{ id: string }> }).items.map((p) => p.id));
          assert.deepEqual([...found].sort(), [...visible].sort(), 'search shows exactly the visible persons');
          for (const h of households) {
            const hr = await client.get(`/api/households/${h.id}`);
            assert.equal(hr.statusCode, visibleHouseholds.has(h.id) ? 200 : 404);
            if (hr.statusCode === 200) {
              const members = (hr.json() as { members: Array<{ personId: string }> }).members.map((m) => m.personId);
              assert.ok(members.every((id) => visible.has(id)), 'a household shows no member outside the rules');
            }
            const dossier = await client.get(`/api/households/${h.id}/dossier`);
            assert.equal(dossier.statusCode, visibleHouseholds.has(h.id) ? 200 : 404);
            if (dossier.statusCode === 200) {
              const d = dossier.json() as { abilities: { contents: boolean }; timeline: unknown[]; cases: Array<{ question: string | null }> };
              assert.equal(d.abilities.contents, dossierContents.has(h.id), 'dossier contents only for its professional or coordinator');
              if (!d.abilities.contents) assert.ok(d.timeline.length === 0 && d.cases.every((c) => c.question === null), 'no content leaks');
            }
            const plan = await client.get(`/api/households/${h.id}/plan`);
            assert.equal(plan.statusCode, !visibleHouseholds.has(h.id) ? 404 : dossierContents.has(h.id) ? 200 : 403, 'the plan follows the dossier');
            const intakes = await client.get(`/api/households/${h.id}/intakes`);
            assert.equal(intakes.statusCode, plan.statusCode, 'intakes follow the dossier');
            const notes = await client.get(`/api/households/${h.id}/notes`);
            assert.equal(notes.statusCode, plan.statusCode, 'notes follow the dossier');
            const network = await client.get(`/api/households/${h.id}/network`);
            assert.equal(network.statusCode, plan.statusCode, 'the network follows the dossier');
            for (const p of h.persons) {
              const r = await client.get(`/api/persons/${p.id}`);
              assert.equal(r.statusCode, visible.has(p.id) ? 200 : 404, `person by id`);
            }
          }
        }
      }), { numRuns: 12, seed: 20261123, endOnFailure: true });
    });
  });
}
