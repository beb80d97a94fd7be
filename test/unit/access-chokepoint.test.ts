import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

/**
 * Privacy by construction, checked on the source: tables of residents' personal data are
 * touched only by the access layer and the data modules that take an AccessSession.
 * Demo and preset loading and key rotation are installation steps, not a user's access.
 */
const personalTables = [
  'person', 'household', 'household_member', 'case_file', 'case_assignment', 'contact', 'contact_detail', 'network_member',
  'dossier_note', 'dossier_note_person', 'intake', 'assessment_score', 'intake_member_income', 'plan', 'plan_version', 'plan_agreement',
  'consent', 'sharing_restriction', 'emergency_access', 'person_rectification', 'processing_restriction',
  'trajectory', 'trajectory_status_change', 'trajectory_instrument', 'trajectory_exit_interview', 'trajectory_outcome', 'trajectory_follow_up',
  'work_assessment', 'work_routing_proposal', 'work_routing_decision',
];
/** Outside the access layer, one module may count rows of a personal table without reading them. */
const countsOnly: Record<string, RegExp> = {
  // Ending a register entry is refused while consents still run under it: a count, no personal data.
  consent: /^src\/privacy\/processing-register\.ts$/,
};
const allowed = [
  /^src\/access\//,
  /^src\/[a-z-]+\/[a-z-]+-access\.ts$/,
  /^src\/demo\//,
  /^src\/presets\//,
  /^src\/crypto\/rekey\.ts$/,
  /^src\/db\/(schema\.ts|migrations\/)/,
];

const root = new URL('../../', import.meta.url).pathname;
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'ui' ? [] : sourceFiles(path);
    return /\.(ts|sql)$/.test(name) ? [relative(root, path)] : [];
  });
}

const touches = (text: string, table: string) =>
  new RegExp(`(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin)\\(\\s*'${table}(\\s+as\\s+\\w+)?'|\\b(FROM|JOIN|INTO|UPDATE)\\s+${table}\\b`, 'i').test(text);

describe('the access layer is the only door to personal data', () => {
  const files = sourceFiles(join(root, 'src'));
  it('finds the source files', () => assert.ok(files.length > 30));

  for (const table of personalTables) {
    it(`only permitted modules touch table ${table}`, () => {
      const offenders = files.filter((f) => !allowed.some((a) => a.test(f)) && !countsOnly[table]?.test(f) && touches(readFileSync(join(root, f), 'utf8'), table));
      assert.deepEqual(offenders, []);
    });
  }

  it('every exported function of a data module takes the AccessSession first', () => {
    const modules = files.filter((f) => /^src\/[a-z-]+\/[a-z-]+-access\.ts$/.test(f));
    assert.ok(modules.length >= 2);
    for (const f of modules) {
      const text = readFileSync(join(root, f), 'utf8');
      for (const m of text.matchAll(/export async function (\w+)\(([^,)]*)/g)) {
        assert.match(m[2]!.trim(), /^access: AccessSession$/, `${f}: ${m[1]} must take (access: AccessSession, …)`);
      }
    }
  });

  it('the check itself notices a query outside the access layer', () => {
    assert.equal(touches("db.selectFrom('person').selectAll()", 'person'), true);
    assert.equal(touches('SELECT * FROM household_member hm', 'household_member'), true);
    assert.equal(touches("db.selectFrom('person_view')", 'person'), false);
  });
});
