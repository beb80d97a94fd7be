import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Queryable } from '../db/database.ts';
import type { SessionStage, SystemRole } from '../db/schema.ts';
import type { TeamMembershipView } from './auth-context.ts';
import type { Config } from '../config/config.ts';

export const sessionCookie = 'samenspel_session';

/** 256 random bits; only its SHA-256 is stored. */
export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest();

export interface NewSession { id: string; token: string; csrfToken: string }

export async function createSession(db: Queryable, config: Config, userId: string, stage: SessionStage, client: { ip: string; userAgent?: string }): Promise<NewSession> {
  const token = newToken();
  const session = { id: randomUUID(), token, csrfToken: randomBytes(24).toString('base64url') };
  // Sign-in stages get a short life; a complete session lives at most the absolute limit.
  const lifetimeMs = stage === 'complete' ? config.session.absoluteHours * 3600_000 : 10 * 60_000;
  await db.insertInto('auth_session').values({
    id: session.id, token_hash: tokenHash(token), user_id: userId, stage, csrf_token: session.csrfToken,
    expires_at: new Date(Date.now() + lifetimeMs), client_ip: client.ip, user_agent: client.userAgent?.slice(0, 300) ?? null,
  }).execute();
  return session;
}

/**
 * Moves a session to a new stage with a new token (the old token stops working at once).
 * Completing sign-in starts the absolute lifetime.
 */
export async function advanceSession(db: Queryable, config: Config, sessionId: string, stage: SessionStage): Promise<NewSession> {
  const token = newToken();
  const csrfToken = randomBytes(24).toString('base64url');
  const lifetimeMs = stage === 'complete' ? config.session.absoluteHours * 3600_000 : 10 * 60_000;
  await db.updateTable('auth_session').set({
    token_hash: tokenHash(token), stage, csrf_token: csrfToken, last_seen_at: new Date(),
    expires_at: new Date(Date.now() + lifetimeMs),
    ...(stage === 'complete' ? { created_at: new Date() } : {}),
  }).where('id', '=', sessionId).execute();
  return { id: sessionId, token, csrfToken };
}

export interface ResolvedSession {
  sessionId: string;
  stage: SessionStage;
  csrfToken: string;
  lastSeenAt: Date;
  user: { id: string; username: string; displayName: string; systemRoles: SystemRole[] };
  memberships: TeamMembershipView[];
}

/** A session that timed out just now (it is ended by this lookup). */
export interface ExpiredSession { expired: 'idle_timeout' | 'absolute_timeout'; userId: string; sessionId: string }

/**
 * The session behind a token, with the user's current memberships; null when unknown or
 * ended; an ExpiredSession when it timed out (and is ended now).
 */
export async function resolveSession(db: Queryable, config: Config, token: string): Promise<ResolvedSession | ExpiredSession | null> {
  const result = await sql<{
    id: string; stage: SessionStage; csrf_token: string; last_seen_at: Date; expires_at: Date;
    user_id: string; username: string; display_name: string; system_roles: SystemRole[];
    memberships: TeamMembershipView[] | null;
  }>`
    SELECT s.id, s.stage, s.csrf_token, s.last_seen_at, s.expires_at,
           u.id AS user_id, u.username, u.display_name, u.system_roles,
           (SELECT json_agg(json_build_object('teamId', t.id, 'teamName', t.name, 'teamKind', t.kind, 'role', m.role, 'professionalRole', m.professional_role) ORDER BY t.name)
              FROM team_membership m JOIN team t ON t.id = m.team_id
             WHERE m.user_id = u.id
               AND m.valid_from <= current_date AND (m.valid_until IS NULL OR m.valid_until >= current_date)
               AND t.valid_from <= current_date AND (t.valid_until IS NULL OR t.valid_until >= current_date)) AS memberships
    FROM auth_session s JOIN app_user u ON u.id = s.user_id
    WHERE s.token_hash = ${tokenHash(token)} AND s.ended_at IS NULL AND u.disabled_at IS NULL`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  const now = Date.now();
  const idleLimit = config.session.idleMinutes * 60_000;
  if (row.expires_at.getTime() <= now || now - row.last_seen_at.getTime() > idleLimit) {
    const reason = row.expires_at.getTime() <= now ? 'absolute_timeout' : 'idle_timeout';
    return (await endSession(db, row.id, reason)) ? { expired: reason, userId: row.user_id, sessionId: row.id } : null;
  }
  return {
    sessionId: row.id, stage: row.stage, csrfToken: row.csrf_token, lastSeenAt: row.last_seen_at,
    user: { id: row.user_id, username: row.username, displayName: row.display_name, systemRoles: row.system_roles },
    memberships: row.memberships ?? [],
  };
}

/** Keeps the idle timer going; written at most once a minute per session. */
export async function touchSession(db: Queryable, session: ResolvedSession): Promise<void> {
  if (Date.now() - session.lastSeenAt.getTime() < 60_000) return;
  await db.updateTable('auth_session').set({ last_seen_at: new Date() }).where('id', '=', session.sessionId).execute();
}

export async function endSession(db: Queryable, sessionId: string, reason: string): Promise<boolean> {
  const r = await db.updateTable('auth_session').set({ ended_at: new Date(), ended_reason: reason })
    .where('id', '=', sessionId).where('ended_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function endUserSessions(db: Queryable, userId: string, reason: string): Promise<number> {
  const r = await db.updateTable('auth_session').set({ ended_at: new Date(), ended_reason: reason })
    .where('user_id', '=', userId).where('ended_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function listActiveSessions(db: Queryable, config: Config, userId: string) {
  const idleSince = new Date(Date.now() - config.session.idleMinutes * 60_000);
  return db.selectFrom('auth_session')
    .select(['id', 'stage', 'created_at', 'last_seen_at', 'expires_at', 'client_ip', 'user_agent'])
    .where('user_id', '=', userId).where('ended_at', 'is', null)
    .where('expires_at', '>', new Date()).where('last_seen_at', '>', idleSince)
    .orderBy('last_seen_at', 'desc').execute();
}
