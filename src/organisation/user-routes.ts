import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { endUserSessions, listActiveSessions } from '../auth/sessions.ts';
import type { AppUserTable } from '../db/schema.ts';
import { bilingual, invalid, notFound } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { logAdmin } from './admin-log.ts';
import { requireSystemRole } from './admin-guard.ts';
import { atLeastOneField, idParams, name, profiles, systemRoles } from './schemas.ts';

type UserRow = Pick<Selectable<AppUserTable>, 'id' | 'username' | 'display_name' | 'email' | 'employer_organisation_id' | 'discipline' | 'profile' | 'system_roles' | 'totp_secret_encrypted' | 'disabled_at'>;
const userColumns = ['id', 'username', 'display_name', 'email', 'employer_organisation_id', 'discipline', 'profile', 'system_roles', 'totp_secret_encrypted', 'disabled_at'] as const;

const presentUser = (u: UserRow) => ({
  id: u.id, username: u.username, displayName: u.display_name, email: u.email,
  employerOrganisationId: u.employer_organisation_id, discipline: u.discipline, profile: u.profile,
  systemRoles: u.system_roles, totpEnrolled: u.totp_secret_encrypted !== null, disabled: u.disabled_at !== null,
});

const userFields = {
  displayName: name,
  email: z.email().max(200).nullable(),
  employerOrganisationId: z.uuid().nullable(),
  discipline: z.string().trim().min(1).max(100).nullable(),
  profile: z.enum(profiles).nullable(),
  systemRoles: z.array(z.enum(systemRoles)).max(3),
};

export const userRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/users', tag: 'organisation', auth: 'staff', summary: 'All staff accounts (administrator)',
    handler: async ({ auth, services }) => {
      requireSystemRole(auth, 'administrator');
      const rows = await services.database.db.selectFrom('app_user').select(userColumns).orderBy('display_name').execute();
      return { items: rows.map(presentUser) };
    },
  }),
  route({
    method: 'POST', url: '/api/users', tag: 'organisation', auth: 'staff', status: 201,
    summary: 'Create a staff account (administrator); the user enrols a second factor at first sign-in',
    body: z.strictObject({
      username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,50}$/, bilingual('Gebruik 3–50 tekens: letters, cijfers, punt, streepje of liggend streepje', 'Use 3–50 characters: letters, digits, dot, hyphen or underscore')),
      displayName: userFields.displayName,
      email: userFields.email.optional(), employerOrganisationId: userFields.employerOrganisationId.optional(),
      discipline: userFields.discipline.optional(), profile: userFields.profile.optional(),
      systemRoles: userFields.systemRoles.default([]),
      password: z.string().max(256),
    }),
    handler: async ({ auth, body, req, services }) => {
      requireSystemRole(auth, 'administrator');
      const problem = passwordProblem(body.password, body.username);
      if (problem) throw invalid(problem, [{ path: 'body.password', message: problem }]);
      const row = await services.database.db.insertInto('app_user').values({
        id: randomUUID(), username: body.username, display_name: body.displayName, email: body.email ?? null,
        employer_organisation_id: body.employerOrganisationId ?? null, discipline: body.discipline ?? null,
        profile: body.profile ?? null, system_roles: [...new Set(body.systemRoles)],
        password_hash: await hashPassword(body.password),
      }).returning(userColumns).executeTakeFirstOrThrow();
      await logAdmin(services, req, auth, 'user.create', { userId: row.id });
      return presentUser(row);
    },
  }),
  route({
    method: 'GET', url: '/api/users/:id', tag: 'organisation', auth: 'staff', summary: 'One staff account (administrator)', params: idParams,
    handler: async ({ auth, params, services }) => {
      requireSystemRole(auth, 'administrator');
      const row = await services.database.db.selectFrom('app_user').select(userColumns).where('id', '=', params.id).executeTakeFirst();
      if (!row) throw notFound();
      return presentUser(row);
    },
  }),
  route({
    method: 'PATCH', url: '/api/users/:id', tag: 'organisation', auth: 'staff',
    summary: 'Change a staff account (administrator); disabling also ends its sessions', params: idParams,
    body: atLeastOneField(z.strictObject({
      displayName: userFields.displayName.optional(), email: userFields.email.optional(),
      employerOrganisationId: userFields.employerOrganisationId.optional(), discipline: userFields.discipline.optional(),
      profile: userFields.profile.optional(), systemRoles: userFields.systemRoles.optional(), disabled: z.boolean().optional(),
      password: z.string().max(256).optional().describe('A new password; the user keeps their second factor'),
    })),
    handler: async ({ auth, params, body, req, services }) => {
      requireSystemRole(auth, 'administrator');
      const db = services.database.db;
      const current = await db.selectFrom('app_user').select(['username', 'disabled_at']).where('id', '=', params.id).executeTakeFirst();
      if (!current) throw notFound();
      if (body.password !== undefined) {
        const problem = passwordProblem(body.password, current.username);
        if (problem) throw invalid(problem, [{ path: 'body.password', message: problem }]);
      }
      const row = await db.transaction().execute(async (tx) => {
        const updated = await tx.updateTable('app_user').set({
          ...(body.displayName ? { display_name: body.displayName } : {}),
          ...(body.email !== undefined ? { email: body.email } : {}),
          ...(body.employerOrganisationId !== undefined ? { employer_organisation_id: body.employerOrganisationId } : {}),
          ...(body.discipline !== undefined ? { discipline: body.discipline } : {}),
          ...(body.profile !== undefined ? { profile: body.profile } : {}),
          ...(body.systemRoles ? { system_roles: [...new Set(body.systemRoles)] } : {}),
          ...(body.disabled !== undefined ? { disabled_at: body.disabled ? (current.disabled_at ?? new Date()) : null } : {}),
          ...(body.password !== undefined ? { password_hash: await hashPassword(body.password) } : {}),
        }).where('id', '=', params.id).returning(userColumns).executeTakeFirstOrThrow();
        if (body.disabled) await endUserSessions(tx, params.id, 'user_disabled');
        return updated;
      });
      await logAdmin(services, req, auth, 'user.update', { userId: params.id }, { changedFields: Object.keys(body).filter((k) => k !== 'password').concat(body.password ? ['password'] : []) });
      return presentUser(row);
    },
  }),
  route({
    method: 'GET', url: '/api/users/:id/sessions', tag: 'organisation', auth: 'staff', summary: 'Active sessions of a user (administrator)', params: idParams,
    handler: async ({ auth, params, services }) => {
      requireSystemRole(auth, 'administrator');
      const rows = await listActiveSessions(services.database.db, services.config, params.id);
      return { items: rows.map((s) => ({ id: s.id, createdAt: s.created_at, lastSeenAt: s.last_seen_at, expiresAt: s.expires_at, clientIp: s.client_ip, userAgent: s.user_agent })) };
    },
  }),
  route({
    method: 'POST', url: '/api/users/:id/end-sessions', tag: 'organisation', auth: 'staff', summary: 'End all sessions of a user (administrator)', params: idParams,
    handler: async ({ auth, params, req, services }) => {
      requireSystemRole(auth, 'administrator');
      const db = services.database.db;
      if (!(await db.selectFrom('app_user').select('id').where('id', '=', params.id).executeTakeFirst())) throw notFound();
      const ended = await endUserSessions(db, params.id, 'ended_by_administrator');
      await logAdmin(services, req, auth, 'auth.sessions_ended_by_admin', { userId: params.id }, { ended });
      return { ended };
    },
  }),
];
