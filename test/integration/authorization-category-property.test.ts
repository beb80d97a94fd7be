/**
 * Property: with a random professional role, random consents (to the role or to another, some
 * withdrawn), random restrictions by residents, adults and children, and notes and plan actions
 * of random categories about random members, the notes list, the dossier timeline and the plan
 * (what is printed) show exactly what the oracle allows — nothing more — and the withheld
 * counts add up to what was held back. The oracle is written from the rule text.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { DataCategory, LegalBasisKind, ProfessionalRole } from '../../src/db/schema.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const roles: ProfessionalRole[] = ['generalist', 'work_professional', 'income_consultant', 'enforcement_officer', 'debt_counsellor', 'wmo_consultant', 'youth_professional', 'employer_services'];
const categories: DataCategory[] = ['social', 'work_participation', 'income_benefit', 'debt', 'health_work_capability', 'health_diagnosis', 'justice', 'safety', 'enforcement'];
const categorySet = fc.subarray(categories, { minLength: 1 });

const world = fc.record({
  role: fc.constantFrom(...roles),
  members: fc.array(fc.record({
    child: fc.boolean(),
    consents: fc.array(fc.record({ categories: categorySet, toMyRole: fc.boolean(), withdrawn: fc.boolean() }), { maxLength: 2 }),
    restrictions: fc.array(fc.record({ categories: categorySet, toMyRole: fc.boolean() }), { maxLength: 1 }),
  }), { minLength: 1, maxLength: 3 }),
  notes: fc.array(fc.record({ category: fc.constantFrom(...categories), about: fc.array(fc.nat(2), { maxLength: 2 }) }), { minLength: 1, maxLength: 8 }),
  actions: fc.array(fc.constantFrom(...categories), { maxLength: 5 }),
});

for (const engine of testEngines()) {
  describe(`no category leaks, whatever the consents and restrictions (${engine})`, () => {
    let t: TestApp;
    const rules = new Map<string, { activityId: string; legalBasis: LegalBasisKind }>();
    before(async () => {
      t = await createTestApp(engine);
      const rows = await t.database.db.selectFrom('category_rule as r').innerJoin('processing_activity as a', 'a.id', 'r.processing_activity_id')
        .select(['r.professional_role', 'r.category', 'r.processing_activity_id', 'a.legal_basis_kind']).execute();
      for (const r of rows) rules.set(`${r.professional_role}:${r.category}`, { activityId: r.processing_activity_id, legalBasis: r.legal_basis_kind });
    });
    after(() => t.close());

    it('every item is shown exactly when role, consent and restriction allow it', async () => {
      await fc.assert(fc.asyncProperty(world, async (w) => {
        const db = t.database.db;
        const f = fixtures(t);
        const municipality = await f.municipality();
        const team = await f.team(municipality);
        const user = await f.user({ teams: [[team, 'member']] });
        await db.updateTable('team_membership').set({ professional_role: w.role }).where('user_id', '=', user.id).execute();
        const otherRole = roles.find((r) => r !== w.role)!;
        const h = await f.household(municipality, { openTeams: [team], members: w.members.map((m) => ({ birthDate: m.child ? '2016-06-01' : '1980-06-01', role: m.child ? 'child' as const : 'resident' as const })) });
        await db.updateTable('case_file').set({ kind: 'case', professional_id: user.id, coordinator_id: user.id, assigned_at: new Date() }).where('household_id', '=', h.id).execute();
        const ids = h.persons.map((p) => p.id);
        for (const [i, m] of w.members.entries()) {
          for (const c of m.consents) {
            await db.insertInto('consent').values({ id: randomUUID(), person_id: ids[i]!, categories: c.categories, recipient_role: c.toMyRole ? w.role : otherRole, processing_activity_id: 'consent-sharing',
              valid_from: '2026-01-01', form: 'signed_paper', recorded_by: user.id, ...(c.withdrawn ? { withdrawn_at: new Date(), withdrawn_by: user.id } : {}) }).execute();
          }
          for (const r of m.restrictions) {
            await db.insertInto('sharing_restriction').values({ id: randomUUID(), person_id: ids[i]!, categories: r.categories, applies_to_role: r.toMyRole ? w.role : otherRole, recorded_by: user.id }).execute();
          }
        }

        // The oracle, from the rule text.
        const consented = (i: number, c: DataCategory) => w.members[i]!.consents.some((x) => x.toMyRole && !x.withdrawn && x.categories.includes(c));
        const restricted = (i: number, c: DataCategory) => w.members[i]!.restrictions.some((x) => x.toMyRole && x.categories.includes(c));
        const adults = w.members.map((m, i) => (m.child ? -1 : i)).filter((i) => i >= 0);
        const allowed = (c: DataCategory, subjects: number[]) => {
          const rule = rules.get(`${w.role}:${c}`);
          if (!rule) return false;
          if (rule.legalBasis !== 'legal_duty' && subjects.some((i) => restricted(i, c))) return false;
          if (rule.legalBasis === 'consent') return subjects.every((i) => (w.members[i]!.child ? adults.some((a) => consented(a, c)) : consented(i, c)));
          return true;
        };

        const expectedNotes: string[] = [];
        for (const [n, note] of w.notes.entries()) {
          const about = [...new Set(note.about.filter((i) => i < ids.length))];
          const id = randomUUID();
          await db.insertInto('dossier_note').values({ id, household_id: h.id, text: `n${n}`, category: note.category, written_by: user.id }).execute();
          if (about.length) await db.insertInto('dossier_note_person').values(about.map((i) => ({ note_id: id, person_id: ids[i]! }))).execute();
          if (allowed(note.category, about.length ? about : ids.map((_, i) => i))) expectedNotes.push(`n${n}`);
        }
        const action = (category: DataCategory, n: number) => ({ id: randomUUID(), description: `a${n}`, owner: { kind: 'professional', name: 'X' }, dueDate: '2026-12-31', status: 'open', category });
        const planId = randomUUID();
        await db.insertInto('plan').values({ id: planId, household_id: h.id, created_by: user.id }).execute();
        await db.insertInto('plan_version').values({ id: randomUUID(), plan_id: planId, number: 1, status: 'draft', updated_by: user.id,
          content: JSON.stringify({ startDate: '2026-11-01', situation: '', situationCategory: 'social', goals: [], actions: w.actions.map(action), services: [], obligations: [], evaluationDates: [] }) }).execute();
        const expectedActions = w.actions.map((c, n) => (allowed(c, ids.map((_, i) => i)) ? `a${n}` : null)).filter(Boolean);

        const A = api(t, await sessionFor(t, user.id));
        const notes = (await A.get(`/api/households/${h.id}/notes?limit=100`)).json() as { items: Array<{ text: string }>; withheld: Array<{ count: number }> };
        assert.deepEqual(notes.items.map((x) => x.text).sort(), [...expectedNotes].sort(), 'notes list');
        assert.equal(notes.withheld.reduce((s, x) => s + x.count, 0), w.notes.length - expectedNotes.length, 'withheld notes counted');
        const dossier = (await A.get(`/api/households/${h.id}/dossier?limit=100`)).json() as { timeline: Array<{ kind: string; text?: string }> };
        assert.deepEqual(dossier.timeline.filter((e) => e.kind === 'note').map((e) => e.text).sort(), [...expectedNotes].sort(), 'timeline');
        const plan = (await A.get(`/api/households/${h.id}/plan`)).json() as { plan: { versions: Array<{ content: { actions: Array<{ description: string }> } }> } };
        assert.deepEqual(plan.plan.versions[0]!.content.actions.map((a) => a.description), expectedActions, 'plan (as printed)');
      }), { numRuns: 20, seed: 20261123 });
    });
  });
}
