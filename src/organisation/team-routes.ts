import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import { z } from 'zod';
import type { TeamMembershipTable, TeamTable } from '../db/schema.ts';
import { invalid, notFound } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { logAdmin } from './admin-log.ts';
import { requireSystemRole } from './admin-guard.ts';
import { atLeastOneField, idParams, isoDate, name, postcodeArea, professionalRole, teamKinds, teamRoles } from './schemas.ts';

type TeamRow = Selectable<TeamTable>;
const presentTeam = (t: TeamRow) => ({
  id: t.id, municipalityId: t.municipality_id, name: t.name, kind: t.kind,
  areaPostcodes: t.area_postcodes, areaDistricts: t.area_districts, validFrom: t.valid_from, validUntil: t.valid_until,
});

const membershipParams = z.strictObject({ id: z.uuid(), membershipId: z.uuid() });
const presentMembership = (m: Pick<Selectable<TeamMembershipTable>, 'id' | 'user_id' | 'role' | 'professional_role' | 'valid_from' | 'valid_until'>) => ({
  id: m.id, userId: m.user_id, role: m.role, professionalRole: m.professional_role, validFrom: m.valid_from, validUntil: m.valid_until,
});

const teamFields = {
  name,
  kind: z.enum(teamKinds),
  areaPostcodes: z.array(postcodeArea).max(500),
  areaDistricts: z.array(z.string().trim().min(1).max(100)).max(200),
  validFrom: isoDate,
  validUntil: isoDate.nullable(),
};

function checkPeriod(from: string | undefined, until: string | null | undefined) {
  if (from && until && until < from) {
    throw invalid({ nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' },
      [{ path: 'body.validUntil', message: { nl: 'Einddatum vóór begindatum', en: 'End date before start date' } }]);
  }
}

export const teamRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/teams', tag: 'organisation', auth: 'staff', summary: 'All teams with kind, area and validity',
    query: z.strictObject({ municipalityId: z.uuid().optional() }),
    handler: async ({ query, services }) => {
      let q = services.database.db.selectFrom('team').selectAll().orderBy('name');
      if (query.municipalityId) q = q.where('municipality_id', '=', query.municipalityId);
      return { items: (await q.execute()).map(presentTeam) };
    },
  }),
  route({
    method: 'POST', url: '/api/teams', tag: 'organisation', auth: 'staff', status: 201, summary: 'Add a team (administrator)',
    body: z.strictObject({
      municipalityId: z.uuid(), ...teamFields,
      areaPostcodes: teamFields.areaPostcodes.default([]), areaDistricts: teamFields.areaDistricts.default([]),
      validFrom: isoDate.optional(), validUntil: isoDate.nullable().optional(),
    }),
    handler: async ({ auth, body, req, services }) => {
      requireSystemRole(auth, 'administrator');
      checkPeriod(body.validFrom, body.validUntil);
      const row = await services.database.db.insertInto('team').values({
        id: randomUUID(), municipality_id: body.municipalityId, name: body.name, kind: body.kind,
        area_postcodes: body.areaPostcodes, area_districts: body.areaDistricts,
        ...(body.validFrom ? { valid_from: body.validFrom } : {}), valid_until: body.validUntil ?? null,
      }).returningAll().executeTakeFirstOrThrow();
      await logAdmin(services, req, auth, 'team.create', { teamId: row.id });
      return presentTeam(row);
    },
  }),
  route({
    method: 'GET', url: '/api/teams/:id', tag: 'organisation', auth: 'staff', summary: 'One team', params: idParams,
    handler: async ({ params, services }) => {
      const row = await services.database.db.selectFrom('team').selectAll().where('id', '=', params.id).executeTakeFirst();
      if (!row) throw notFound();
      return presentTeam(row);
    },
  }),
  route({
    method: 'PATCH', url: '/api/teams/:id', tag: 'organisation', auth: 'staff', summary: 'Change a team (administrator)',
    params: idParams,
    body: atLeastOneField(z.strictObject({
      name: teamFields.name.optional(), kind: teamFields.kind.optional(), areaPostcodes: teamFields.areaPostcodes.optional(),
      areaDistricts: teamFields.areaDistricts.optional(), validFrom: isoDate.optional(), validUntil: isoDate.nullable().optional(),
    })),
    handler: async ({ auth, params, body, req, services }) => {
      requireSystemRole(auth, 'administrator');
      const db = services.database.db;
      const current = await db.selectFrom('team').selectAll().where('id', '=', params.id).executeTakeFirst();
      if (!current) throw notFound();
      checkPeriod(body.validFrom ?? current.valid_from, body.validUntil !== undefined ? body.validUntil : current.valid_until);
      const row = await db.updateTable('team').set({
        ...(body.name ? { name: body.name } : {}), ...(body.kind ? { kind: body.kind } : {}),
        ...(body.areaPostcodes ? { area_postcodes: body.areaPostcodes } : {}),
        ...(body.areaDistricts ? { area_districts: body.areaDistricts } : {}),
        ...(body.validFrom ? { valid_from: body.validFrom } : {}),
        ...(body.validUntil !== undefined ? { valid_until: body.validUntil } : {}),
      }).where('id', '=', params.id).returningAll().executeTakeFirstOrThrow();
      await logAdmin(services, req, auth, 'team.update', { teamId: params.id }, { changedFields: Object.keys(body) });
      return presentTeam(row);
    },
  }),
  route({
    method: 'GET', url: '/api/teams/:id/members', tag: 'organisation', auth: 'staff', summary: 'Memberships of a team, past and present',
    params: idParams,
    handler: async ({ params, services }) => {
      const rows = await services.database.db.selectFrom('team_membership as m').innerJoin('app_user as u', 'u.id', 'm.user_id')
        .select(['m.id', 'm.user_id', 'u.display_name', 'm.role', 'm.professional_role', 'm.valid_from', 'm.valid_until'])
        .where('m.team_id', '=', params.id).orderBy('u.display_name').execute();
      return { items: rows.map((r) => ({ ...presentMembership(r), displayName: r.display_name })) };
    },
  }),
  route({
    method: 'POST', url: '/api/teams/:id/members', tag: 'organisation', auth: 'staff', status: 201, summary: 'Add a user to a team (administrator)',
    params: idParams,
    body: z.strictObject({
      userId: z.uuid(), role: z.enum(teamRoles), professionalRole: professionalRole.default('generalist'),
      validFrom: isoDate.optional(), validUntil: isoDate.nullable().optional(),
    }),
    handler: async ({ auth, params, body, req, services }) => {
      requireSystemRole(auth, 'administrator');
      checkPeriod(body.validFrom, body.validUntil);
      const db = services.database.db;
      if (!(await db.selectFrom('team').select('id').where('id', '=', params.id).executeTakeFirst())) throw notFound();
      const row = await db.insertInto('team_membership').values({
        id: randomUUID(), team_id: params.id, user_id: body.userId, role: body.role, professional_role: body.professionalRole,
        ...(body.validFrom ? { valid_from: body.validFrom } : {}), valid_until: body.validUntil ?? null,
      }).returningAll().executeTakeFirstOrThrow();
      await logAdmin(services, req, auth, 'team_membership.create', { userId: row.user_id, teamId: params.id },
        { role: row.role, professionalRole: row.professional_role, validFrom: row.valid_from, validUntil: row.valid_until });
      return presentMembership(row);
    },
  }),
  route({
    method: 'PATCH', url: '/api/teams/:id/members/:membershipId', tag: 'organisation', auth: 'staff',
    summary: 'Change a member\'s role or professional role in the team (administrator)',
    params: membershipParams,
    body: atLeastOneField(z.strictObject({ role: z.enum(teamRoles).optional(), professionalRole: professionalRole.optional() })),
    handler: async ({ auth, params, body, req, services }) => {
      requireSystemRole(auth, 'administrator');
      const row = await services.database.db.updateTable('team_membership').set({
        ...(body.role ? { role: body.role } : {}), ...(body.professionalRole ? { professional_role: body.professionalRole } : {}),
      }).where('id', '=', params.membershipId).where('team_id', '=', params.id).returningAll().executeTakeFirst();
      if (!row) throw notFound();
      await logAdmin(services, req, auth, 'team_membership.update', { userId: row.user_id, teamId: params.id },
        { membershipId: row.id, role: row.role, professionalRole: row.professional_role });
      return presentMembership(row);
    },
  }),
  route({
    method: 'DELETE', url: '/api/teams/:id/members/:membershipId', tag: 'organisation', auth: 'staff', status: 204,
    summary: 'End a membership today (administrator); the history stays',
    params: membershipParams,
    handler: async ({ auth, params, req, services }) => {
      requireSystemRole(auth, 'administrator');
      // Access ends at once: valid through yesterday; a membership that had not begun yet is removed.
      const r = await services.database.db.transaction().execute(async (tx) => {
        const removed = await sql<{ user_id: string }>`DELETE FROM team_membership WHERE id = ${params.membershipId}::uuid
          AND team_id = ${params.id}::uuid AND valid_from >= current_date RETURNING user_id`.execute(tx);
        if (removed.rows.length > 0) return removed;
        return sql<{ user_id: string }>`UPDATE team_membership SET valid_until = current_date - 1
          WHERE id = ${params.membershipId}::uuid AND team_id = ${params.id}::uuid
            AND (valid_until IS NULL OR valid_until >= current_date) RETURNING user_id`.execute(tx);
      });
      const ended = r.rows[0];
      if (!ended) throw notFound();
      await logAdmin(services, req, auth, 'team_membership.end', { userId: ended.user_id, teamId: params.id }, { membershipId: params.membershipId });
    },
  }),
];
