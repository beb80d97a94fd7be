import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accessRules, decide, noRelation, type Grants } from '../../src/access/rules.ts';

const own = { teamIds: ['t1'], assignments: [] };
const none = noRelation;

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
    assert.equal(decide(member, 'person', 'get', { teamIds: ['t3'], assignments: [] }).allowed, false);
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
  it('gives dossier contents only to the assigned professional and the coordinator, not the rest of the team', () => {
    const member: Grants = { systemRoles: [], memberships: [{ teamId: 't1', role: 'coordinator' }] };
    assert.equal(decide(member, 'dossier', 'get', own).allowed, false, 'team coordinator role alone is not enough');
    assert.equal(decide(member, 'registration', 'assign', own).allowed, true);
    const assigned = { teamIds: ['t1'], assignments: [{ teamId: 't1', role: 'professional' as const }] };
    const d = decide(member, 'contact', 'create', assigned);
    assert.deepEqual([d.allowed, d.teamId, d.role], [true, 't1', 'professional']);
    const plainMember: Grants = { systemRoles: [], memberships: [{ teamId: 't1', role: 'member' }] };
    assert.equal(decide(plainMember, 'registration', 'assign', own).allowed, false);
    assert.equal(decide(plainMember, 'registration', 'list', own).allowed, true);
  });
  it('every rule names a processing activity and explains itself in Dutch and English', () => {
    for (const r of accessRules) {
      assert.ok(r.processingActivityId && r.explanation.nl.length > 20 && r.explanation.en.length > 20, r.id);
      assert.ok(r.teamRoles?.length || r.systemRoles?.length || r.caseRoles?.length || r.relation === 'emergency_access', `${r.id} grants to someone`);
    }
  });

  it('emergency access reads and never writes, and only with a running grant', () => {
    const nobody = { systemRoles: [], memberships: [] };
    for (const r of accessRules.filter((x) => x.relation === 'emergency_access')) {
      assert.deepEqual(r.actions.filter((a) => a !== 'get' && a !== 'list'), [], `${r.id} is read only`);
      assert.equal(r.processingActivityId, 'emergency-access');
      for (const action of r.actions) {
        assert.equal(decide(nobody, r.resource, action, { ...none, emergency: true }).allowed, true, `${r.id} with a grant`);
        assert.equal(decide(nobody, r.resource, action, none).allowed, false, `${r.id} without`);
      }
    }
    assert.equal(decide(nobody, 'contact', 'create', { ...none, emergency: true }).allowed, false, 'no writing with emergency access');
  });
});
