import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { bilingual, notFound } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { requireSystemRole } from './admin-guard.ts';
import { atLeastOneField, idParams, name, organisationKinds } from './schemas.ts';

const cbsCode = z.string().trim().regex(/^GM\d{4}$/, bilingual('CBS-gemeentecode als GM0479', 'CBS municipality code like GM0479'));

const presentMunicipality = (m: { id: string; name: string; cbs_code: string | null }) => ({ id: m.id, name: m.name, cbsCode: m.cbs_code });
const presentOrganisation = (o: { id: string; name: string; kind: string; municipality_id: string | null }) =>
  ({ id: o.id, name: o.name, kind: o.kind, municipalityId: o.municipality_id });

export const municipalityRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/municipalities', tag: 'organisation', auth: 'staff', summary: 'Municipalities served by this installation',
    handler: async ({ services }) => ({
      items: (await services.database.db.selectFrom('municipality').selectAll().orderBy('name').execute()).map(presentMunicipality),
    }),
  }),
  route({
    method: 'POST', url: '/api/municipalities', tag: 'organisation', auth: 'staff', status: 201, summary: 'Add a municipality (administrator)',
    body: z.strictObject({ name, cbsCode: cbsCode.optional() }),
    handler: async ({ auth, body, services }) => {
      requireSystemRole(auth, 'administrator');
      const row = await services.database.db.insertInto('municipality')
        .values({ id: randomUUID(), name: body.name, cbs_code: body.cbsCode ?? null }).returningAll().executeTakeFirstOrThrow();
      return presentMunicipality(row);
    },
  }),
  route({
    method: 'PATCH', url: '/api/municipalities/:id', tag: 'organisation', auth: 'staff', summary: 'Change a municipality (administrator)',
    params: idParams, body: atLeastOneField(z.strictObject({ name: name.optional(), cbsCode: cbsCode.nullable().optional() })),
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'administrator');
      const row = await services.database.db.updateTable('municipality')
        .set({ ...(body.name ? { name: body.name } : {}), ...(body.cbsCode !== undefined ? { cbs_code: body.cbsCode } : {}) })
        .where('id', '=', params.id).returningAll().executeTakeFirst();
      if (!row) throw notFound();
      return presentMunicipality(row);
    },
  }),
  route({
    method: 'GET', url: '/api/organisations', tag: 'organisation', auth: 'staff', summary: 'Organisations: municipality, welfare and care providers, main contractors',
    handler: async ({ services }) => ({
      items: (await services.database.db.selectFrom('organisation').selectAll().orderBy('name').execute()).map(presentOrganisation),
    }),
  }),
  route({
    method: 'POST', url: '/api/organisations', tag: 'organisation', auth: 'staff', status: 201, summary: 'Add an organisation (administrator)',
    body: z.strictObject({ name, kind: z.enum(organisationKinds), municipalityId: z.uuid().nullable().optional() }),
    handler: async ({ auth, body, services }) => {
      requireSystemRole(auth, 'administrator');
      const row = await services.database.db.insertInto('organisation')
        .values({ id: randomUUID(), name: body.name, kind: body.kind, municipality_id: body.municipalityId ?? null })
        .returningAll().executeTakeFirstOrThrow();
      return presentOrganisation(row);
    },
  }),
  route({
    method: 'PATCH', url: '/api/organisations/:id', tag: 'organisation', auth: 'staff', summary: 'Change an organisation (administrator)',
    params: idParams,
    body: atLeastOneField(z.strictObject({ name: name.optional(), kind: z.enum(organisationKinds).optional(), municipalityId: z.uuid().nullable().optional() })),
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'administrator');
      const row = await services.database.db.updateTable('organisation').set({
        ...(body.name ? { name: body.name } : {}), ...(body.kind ? { kind: body.kind } : {}),
        ...(body.municipalityId !== undefined ? { municipality_id: body.municipalityId } : {}),
      }).where('id', '=', params.id).returningAll().executeTakeFirst();
      if (!row) throw notFound();
      return presentOrganisation(row);
    },
  }),
];
