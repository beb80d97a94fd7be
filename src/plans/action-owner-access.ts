import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import { displayName } from '../persons/person-names.ts';
import { authorisePlan } from './plan-access.ts';

/** Who can carry out an action: the professionals of the open cases, the current members, the informal network. */
export async function actionOwners(access: AccessSession, householdId: string) {
  const decision = await authorisePlan(access, householdId, 'get');
  const cases = await sql<{ professional_id: string | null; professional_name: string | null; coordinator_id: string | null; coordinator_name: string | null }>`
    SELECT cf.professional_id, pu.display_name AS professional_name, cf.coordinator_id, cu.display_name AS coordinator_name
    FROM case_file cf LEFT JOIN app_user pu ON pu.id = cf.professional_id LEFT JOIN app_user cu ON cu.id = cf.coordinator_id
    WHERE cf.household_id = ${householdId}::uuid AND cf.closed_at IS NULL
    ORDER BY cf.assigned_at DESC NULLS LAST`.execute(access.tx);
  const members = await sql<{ person_id: string; given_names: string; family_name_prefix: string | null; family_name: string }>`
    SELECT p.id AS person_id, p.given_names, p.family_name_prefix, p.family_name
    FROM household_member hm JOIN person p ON p.id = hm.person_id
    WHERE hm.household_id = ${householdId}::uuid AND ${currentMembership('hm')}
    GROUP BY p.id ORDER BY bool_or(hm.role = 'child'), min(hm.valid_from), p.search_name`.execute(access.tx);
  const network = await access.tx.selectFrom('network_member').select(['id', 'kind', 'name', 'relation'])
    .where('household_id', '=', householdId).where('removed_at', 'is', null).orderBy('created_at').execute();

  const professionals = new Map<string, { userId: string; displayName: string; role: 'professional' | 'coordinator' }>();
  for (const c of cases.rows) {
    if (c.professional_id && !professionals.has(c.professional_id)) professionals.set(c.professional_id, { userId: c.professional_id, displayName: c.professional_name ?? '', role: 'professional' });
  }
  for (const c of cases.rows) {
    if (c.coordinator_id && !professionals.has(c.coordinator_id)) professionals.set(c.coordinator_id, { userId: c.coordinator_id, displayName: c.coordinator_name ?? '', role: 'coordinator' });
  }
  for (const m of members.rows) {
    access.log({
      name: 'plan.owners', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
      dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'household', resourceId: householdId,
      actingTeamId: decision.teamId, actingRole: decision.role, attributes: { network: network.length },
    });
  }
  return {
    professionals: [...professionals.values()],
    members: members.rows.map((m) => ({ personId: m.person_id, displayName: displayName(m) })),
    network: network.map((n) => ({ id: n.id, kind: n.kind, name: n.name, relation: n.relation })),
  };
}
