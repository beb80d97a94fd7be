import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, householdVerdict, legalHolds, ruleFor, type HouseholdVerdict, type RetentionActivity } from '../../src/privacy/retention-rules.ts';

const activity = (id: string, months: number | null, from: RetentionActivity['retentionFrom'], kind: RetentionActivity['legalBasisKind'] = 'public_task'): RetentionActivity =>
  ({ id, name: id, legalBasisKind: kind, legalBasisArticle: null, retentionMonths: months, retentionFrom: from });

const activities = new Map([
  ['social-support', activity('social-support', 180, 'case_closed')],
  ['work-income', activity('work-income', 120, 'case_closed', 'legal_duty')],
  ['registration-without-case', activity('registration-without-case', 24, 'registration_withdrawn')],
  ['emergency-access', activity('emergency-access', null, null, 'vital_interest')],
]);
const closed = new Date(Date.UTC(2024, 0, 31, 12));
const reasonOf = (v: HouseholdVerdict) => (v.due ? null : v.reason);

describe('retention rules', () => {
  it('adds calendar months as PostgreSQL does, clamping to the last day of the month', () => {
    assert.equal(addMonths(closed, 1).toISOString(), '2024-02-29T12:00:00.000Z');
    assert.equal(addMonths(closed, 13).toISOString(), '2025-02-28T12:00:00.000Z');
    assert.equal(addMonths(closed, -2).toISOString(), '2023-11-30T12:00:00.000Z');
    assert.equal(addMonths(closed, 180).toISOString(), '2039-01-31T12:00:00.000Z');
  });

  it('a withdrawn registration follows the registration rule, a case its own activity', () => {
    assert.equal(ruleFor({ kind: 'registration', closedAt: closed, activityId: 'social-support' }, activities)?.id, 'registration-without-case');
    assert.equal(ruleFor({ kind: 'case', closedAt: closed, activityId: 'work-income' }, activities)?.id, 'work-income');
    assert.equal(ruleFor({ kind: 'case', closedAt: closed, activityId: 'emergency-access' }, activities), null);
    const withoutRegistrationRule = new Map([...activities].filter(([id]) => id !== 'registration-without-case'));
    assert.equal(ruleFor({ kind: 'registration', closedAt: closed, activityId: 'social-support' }, withoutRegistrationRule)?.id, 'social-support');
  });

  it('a household is due when every file is closed and the longest period is over', () => {
    const files = [{ kind: 'registration' as const, closedAt: closed, activityId: 'social-support' }, { kind: 'case' as const, closedAt: closed, activityId: 'work-income' }];
    assert.deepEqual(householdVerdict([], activities, closed), { due: false, reason: 'no_case_files' });
    assert.equal(reasonOf(householdVerdict([...files, { kind: 'case', closedAt: null, activityId: 'social-support' }], activities, addMonths(closed, 500))), 'open_case');
    const running = householdVerdict(files, activities, addMonths(closed, 119));
    assert.deepEqual([reasonOf(running), running.rule?.id], ['period_running', 'work-income']);
    const due = householdVerdict(files, activities, addMonths(closed, 120));
    assert.deepEqual([due.due, due.rule?.id, due.keepUntil?.toISOString()], [true, 'work-income', '2034-01-31T12:00:00.000Z']);
    assert.equal(reasonOf(householdVerdict([{ kind: 'case', closedAt: closed, activityId: 'emergency-access' }], activities, addMonths(closed, 999))), 'no_period');
  });

  it('only legal-duty periods that still run hold back an erasure', () => {
    const files = [{ kind: 'case' as const, closedAt: closed, activityId: 'work-income' }, { kind: 'case' as const, closedAt: closed, activityId: 'social-support' }];
    assert.deepEqual(legalHolds(files, activities, addMonths(closed, 1)).map((h) => [h.activity.id, h.keepUntil?.toISOString()]), [['work-income', '2034-01-31T12:00:00.000Z']]);
    assert.deepEqual(legalHolds(files, activities, addMonths(closed, 120)), []);
    assert.deepEqual(legalHolds([{ kind: 'case', closedAt: null, activityId: 'work-income' }], activities, closed), [], 'an open file is refused for being open, not here');
  });
});
