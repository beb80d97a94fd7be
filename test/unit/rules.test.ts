import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accessRules, decide, type Grants } from '../../src/access/rules.ts';

const own = { kind: 'own_team' as const, teamIds: ['t1'] };
const none = { kind: 'other_team_or_none' as const };

describe('access rules', () => {
  it('deny by default: no roles, no memberships', () => {
    const nobody: Grants = { systemRoles: [], memberships: [] };
    for (const action of ['get', 'list', 'search', 'update', 'create', 'audit'] as const) {
      assert.equal(decide(nobody, 'person', action, own).allowed, false);
      assert.equal(decide(nobody, 'household', action, own).allowed, false);
    }
  });
  it('grants through the team that holds the case, and names it', () => {
    const member: Grants = { systemRoles: [], memberships: [{ teamId: 't2', role: 'member' }, { teamId: 't1', role: 'coordinator' }] };
    const d = decide(member, 'person', 'get', own);
    assert.deepEqual([d.allowed, d.teamId, d.role], [true, 't1', 'coordinator']);
    assert.equal(decide(member, 'person', 'get', none).allowed, false);
    assert.equal(decide(member, 'person', 'get', { kind: 'own_team', teamIds: ['t3'] }).allowed, false);
  });
  it('gives administrators and managers no resident data, and the privacy officer only audit', () => {
    const admin: Grants = { systemRoles: ['administrator', 'manager'], memberships: [] };
    const po: Grants = { systemRoles: ['privacy_officer'], memberships: [] };
    for (const action of ['get', 'list', 'search', 'update'] as const) {
      assert.equal(decide(admin, 'person', action, none).allowed, false);
      assert.equal(decide(po, 'person', action, none).allowed, false);
    }
    assert.equal(decide(po, 'person', 'audit', none).allowed, true);
    assert.equal(decide(admin, 'person', 'audit', none).allowed, false);
  });
  it('every rule names a processing activity and explains itself in Dutch and English', () => {
    for (const r of accessRules) {
      assert.ok(r.processingActivityId && r.explanation.nl.length > 20 && r.explanation.en.length > 20, r.id);
      assert.ok(r.teamRoles?.length || r.systemRoles?.length, `${r.id} grants to someone`);
    }
  });
});
