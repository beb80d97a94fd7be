import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy } from '../access/content-policy.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import type { DataCategory } from '../db/schema.ts';
import { instrumentVersion } from '../intakes/instruments.ts';
import { displayName } from '../persons/person-names.ts';
import { authorisePlan, currentMembers } from './plan-access.ts';

/** The highest ZRM score that calls for a goal: 1 (acute problems) and 2 (not self-sufficient). */
const needsGoal = 2;

/**
 * A goal per life domain where a current member's latest ZRM score is 1 or 2, lowest first.
 * The target is one step up: from acute problems a plan first stabilises (2), from 2 it aims
 * at barely self-sufficient (3) — feasible within the first evaluation period.
 */
export async function goalSuggestions(access: AccessSession, householdId: string) {
  const decision = await authorisePlan(access, householdId, 'get');
  const latest = await sql<{
    person_id: string; given_names: string; family_name_prefix: string | null; family_name: string; member_order: number;
    instrument_id: string; instrument_version: number; domain_code: string; score: number; category: DataCategory; assessed_on: string;
  }>`
    WITH members AS (
      SELECT DISTINCT ON (hm.person_id) hm.person_id, hm.valid_from, p.search_name
      FROM household_member hm JOIN person p ON p.id = hm.person_id
      WHERE hm.household_id = ${householdId}::uuid AND ${currentMembership('hm')}
      ORDER BY hm.person_id, hm.valid_from
    ), latest AS (
      SELECT DISTINCT ON (s.person_id, s.domain_code) s.person_id, s.instrument_id, s.instrument_version, s.domain_code, s.score, s.category, s.assessed_on
      FROM assessment_score s
      JOIN assessment_instrument ai ON ai.id = s.instrument_id AND ai.version = s.instrument_version AND ai.kind = 'zrm'
      JOIN intake i ON i.id = s.intake_id
      WHERE s.person_id IN (SELECT person_id FROM members)
      ORDER BY s.person_id, s.domain_code, s.assessed_on DESC, i.finalised_at DESC NULLS LAST
    )
    SELECT l.*, p.given_names, p.family_name_prefix, p.family_name,
           (dense_rank() OVER (ORDER BY m.valid_from, m.search_name, m.person_id))::int AS member_order
    FROM latest l JOIN members m ON m.person_id = l.person_id JOIN person p ON p.id = l.person_id
    WHERE l.score <= ${needsGoal}`.execute(access.tx);

  const policy = await contentPolicy(access, householdId, decision);
  const found = [];
  for (const r of policy.filter(latest.rows, (r) => r.category, (r) => [r.person_id])) {
    const domain = (await instrumentVersion(access.tx, r.instrument_id, r.instrument_version))?.domains.find((d) => d.code === r.domain_code);
    if (!domain) continue;
    found.push({
      member: r.member_order, position: domain.position,
      item: {
        personId: r.person_id, personName: displayName(r), domain: r.domain_code, domainName: domain.name,
        instrument: { id: r.instrument_id, version: r.instrument_version }, score: r.score, targetScore: r.score + 1,
        category: r.category, assessedOn: r.assessed_on,
      },
    });
  }
  const items = found.sort((a, b) => a.item.score - b.item.score || a.member - b.member || a.position - b.position).map((f) => f.item);

  for (const m of await currentMembers(access, householdId)) {
    access.log({
      name: 'plan.goal_suggestions', processingActivityId: policy.primaryActivityId, outcome: 'allowed',
      dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'person', resourceId: m.person_id,
      actingTeamId: decision.teamId, actingRole: decision.role,
      attributes: { householdId, suggestions: items.filter((i) => i.personId === m.person_id).length },
    });
  }
  return { items };
}
