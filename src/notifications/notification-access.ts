import type { AccessSession } from '../access/access-session.ts';

/**
 * The user's own notifications with the case they point to. They hold only ids (a kind
 * and a link), no personal data, so reading them writes no processing-log entry.
 */
export async function listNotifications(access: AccessSession, unreadOnly: boolean) {
  let q = access.tx.selectFrom('notification as n').leftJoin('case_file as cf', 'cf.id', 'n.case_file_id')
    .select(['n.id', 'n.kind', 'n.case_file_id', 'cf.household_id', 'cf.team_id', 'n.created_at', 'n.read_at'])
    .where('n.user_id', '=', access.actor.userId).orderBy('n.created_at', 'desc').limit(100);
  if (unreadOnly) q = q.where('n.read_at', 'is', null);
  const rows = await q.execute();
  return {
    unread: rows.filter((r) => !r.read_at).length,
    items: rows.map((r) => ({ id: r.id, kind: r.kind, caseFileId: r.case_file_id, householdId: r.household_id, teamId: r.team_id, createdAt: r.created_at, readAt: r.read_at })),
  };
}
