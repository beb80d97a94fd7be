/**
 * The category matrix, generated from the rules as they stand in the database: for every
 * professional role × consent state × data category, a note of that category is written in a
 * household the user is assigned to, and the notes list must show it exactly when the rules
 * say so — and log the read under the processing activity (purpose) the rule names.
 *
 * Consent states: none; consented (a consent for every category to the user's role under
 * consent-sharing); withdrawn (that consent, withdrawn); restricted (the resident withholds
 * every category from the role, no consent); emergency (another team's user with running
 * emergency access: everything, read-only, under emergency-access).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { DataCategory, LegalBasisKind, ProfessionalRole } from '../../src/db/schema.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const roles: ProfessionalRole[] = ['generalist', 'work_professional', 'income_consultant', 'enforcement_officer', 'debt_counsellor', 'wmo_consultant', 'youth_professional', 'employer_services'];
const states = ['none', 'consented', 'withdrawn', 'restricted', 'emergency'] as const;
type State = typeof states[number];

interface Rule { activityId: string; legalBasis: LegalBasisKind }

/** The expected verdict, written from the rule text: role grant, then the resident's restriction (not against a legal duty), then consent. */
function expected(rule: Rule | undefined, state: State): { visible: boolean; activityId?: string } {
  if (state === 'emergency') return { visible: true, activityId: 'emergency-access' };
  if (!rule) return { visible: false };
  if (state === 'restricted' && rule.legalBasis !== 'legal_duty') return { visible: false };
  if (rule.legalBasis === 'consent' && state !== 'consented') return { visible: false };
  return { visible: true, activityId: rule.activityId };
}

for (const engine of testEngines()) {
  describe(`authorization matrix of data categories: role × consent state × category × purpose (${engine})`, () => {
    let t: TestApp;
    let f: ReturnType<typeof fixtures>;
    let municipality: string;
    let categories: DataCategory[];
    const rules = new Map<string, Rule>();

    before(async () => {
      t = await createTestApp(engine);
      f = fixtures(t);
      municipality = await f.municipality();
      categories = (await t.database.db.selectFrom('data_category').select('id').orderBy('id').execute()).map((c) => c.id as DataCategory);
      const rows = await t.database.db.selectFrom('category_rule as r').innerJoin('processing_activity as a', 'a.id', 'r.processing_activity_id')
        .select(['r.professional_role', 'r.category', 'r.processing_activity_id', 'a.legal_basis_kind']).execute();
      for (const r of rows) rules.set(`${r.professional_role}:${r.category}`, { activityId: r.processing_activity_id, legalBasis: r.legal_basis_kind });
      assert.ok(rules.size > 0 && categories.length === 9, 'rules and categories are loaded from the database');
    });
    after(() => t.close());

    for (const role of roles) {
      for (const state of states) {
        it(`${role} × ${state} × every category`, async () => {
          const db = t.database.db;
          const team = await f.team(municipality);
          const user = await f.user({ teams: [[team, 'member']] });
          await db.updateTable('team_membership').set({ professional_role: role }).where('user_id', '=', user.id).execute();
          const h = await f.household(municipality, { openTeams: state === 'emergency' ? [] : [team] });
          if (state === 'emergency') {
            await db.insertInto('emergency_access').values({ id: randomUUID(), user_id: user.id, household_id: h.id, ground: 'conflict_of_duties', justification: 'Matrix: noodtoegang voor de test van de regels', expires_at: new Date(Date.now() + 3600_000) }).execute();
          } else {
            await db.updateTable('case_file').set({ kind: 'case', professional_id: user.id, coordinator_id: user.id, assigned_at: new Date() }).where('household_id', '=', h.id).execute();
          }
          const person = h.persons[0]!.id;
          for (const category of categories) {
            await db.insertInto('dossier_note').values({ id: randomUUID(), household_id: h.id, text: `note:${category}`, category, written_by: user.id }).execute();
          }
          if (state === 'consented' || state === 'withdrawn') {
            await db.insertInto('consent').values({
              id: randomUUID(), person_id: person, categories, recipient_role: role, processing_activity_id: 'consent-sharing', valid_from: '2026-01-01',
              form: 'signed_paper', recorded_by: user.id, ...(state === 'withdrawn' ? { withdrawn_at: new Date(), withdrawn_by: user.id } : {}),
            }).execute();
          }
          if (state === 'restricted') {
            await db.insertInto('sharing_restriction').values({ id: randomUUID(), person_id: person, categories, applies_to_role: role, reason: 'Matrix', recorded_by: user.id }).execute();
          }

          const from = await lastSeq(db);
          const res = await api(t, await sessionFor(t, user.id)).get(`/api/households/${h.id}/notes`);
          assert.equal(res.statusCode, 200, res.body);
          const shown = new Set((res.json() as { items: Array<{ category: DataCategory; text: string }> }).items.map((n) => n.category));
          const logged = (await logEntriesSince(db, from)).filter((e) => e.name === 'note.list');
          const mismatches: string[] = [];
          for (const category of categories) {
            const want = expected(rules.get(`${role}:${category}`), state);
            if (want.visible !== shown.has(category)) mismatches.push(`${category}: expected ${want.visible ? 'shown' : 'withheld'}`);
            if (want.visible && !logged.some((e) => e.processing_activity_id === want.activityId && (e.attributes as { categories?: string[] }).categories?.includes(category))) {
              mismatches.push(`${category}: no log entry under ${want.activityId}`);
            }
          }
          for (const e of logged) {
            for (const c of (e.attributes as { categories?: DataCategory[] }).categories ?? []) {
              if (!expected(rules.get(`${role}:${c}`), state).visible) mismatches.push(`log names withheld category ${c}`);
            }
          }
          assert.deepEqual(mismatches, []);
        });
      }
    }
  });
}
