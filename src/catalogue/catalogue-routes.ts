import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { today } from '../configuration/configuration-store.ts';
import type { Queryable } from '../db/database.ts';
import { requireSystemRole } from '../organisation/admin-guard.ts';
import { idParams } from '../organisation/schemas.ts';
import { notFound } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { catalogueDocument, exportFormat, instrumentInput } from './catalogue-schemas.ts';
import {
  createInstrument, deleteInstrument, fromRow, getInstrumentRow, importCatalogue, listInstruments, present, replaceInstrument, toInput,
} from './catalogue-store.ts';
import { namesFrom, targetGroupsInForce } from './configured-target-groups.ts';
import { criterionKinds, criterionValues } from './criteria.ts';
import { findForPerson } from './finder-access.ts';

const municipalityParams = z.strictObject({ id: z.uuid().describe('The municipality') });

async function municipality(db: Queryable, id: string) {
  const row = await db.selectFrom('municipality').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

const fileName = (name: string) =>
  `samenspel-instrumenten-${name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'gemeente'}.json`;

const wholeNumber = (max: number) => z.coerce.number().int().min(0).max(max);

/** The catalogue has no personal data: every staff member reads it; administrators keep it. */
export const catalogueRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/catalogue/criteria', tag: 'catalogue', auth: 'staff',
    summary: 'The language of entry criteria: each kind of criterion with what its value means',
    handler: async () => ({
      items: criterionKinds.map((kind) => ({ kind, description: criterionValues[kind].description ?? '' })),
    }),
  }),
  route({
    method: 'GET', url: '/api/municipalities/:id/catalogue', tag: 'catalogue', auth: 'staff', params: municipalityParams,
    query: z.strictObject({ current: z.enum(['true', 'false']).default('false').describe('true: only instruments available today') }),
    summary: 'The municipality’s instrument catalogue (menukaart), by kind and name, with what each criterion asks',
    handler: async ({ params, query, services }) => {
      const db = services.database.db;
      const m = await municipality(db, params.id);
      const now = await today(db);
      const groups = await targetGroupsInForce(db, params.id);
      const rows = await listInstruments(db, params.id, query.current === 'true' ? now : undefined);
      return {
        municipality: m, today: now,
        targetGroups: [...groups.values()].map((g) => ({ key: g.key, name: g.name })),
        items: rows.map((r) => present(r, namesFrom(groups), now)),
      };
    },
  }),
  route({
    method: 'GET', url: '/api/catalogue/:id', tag: 'catalogue', auth: 'staff', params: idParams,
    summary: 'One instrument of the catalogue',
    handler: async ({ params, services }) => {
      const db = services.database.db;
      const row = await getInstrumentRow(db, params.id);
      return present(row, namesFrom(await targetGroupsInForce(db, row.municipality_id)), await today(db));
    },
  }),
  route({
    method: 'POST', url: '/api/municipalities/:id/catalogue', tag: 'catalogue', auth: 'staff', params: municipalityParams, status: 201,
    body: instrumentInput, summary: 'Add an instrument to the catalogue (administrator)',
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'administrator');
      const db = services.database.db;
      const row = await db.transaction().execute((tx) => createInstrument(tx, auth.actor, params.id, body));
      return present(row, namesFrom(await targetGroupsInForce(db, params.id)), await today(db));
    },
  }),
  route({
    method: 'PUT', url: '/api/catalogue/:id', tag: 'catalogue', auth: 'staff', params: idParams, body: instrumentInput,
    summary: 'Replace an instrument of the catalogue (administrator)',
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'administrator');
      const db = services.database.db;
      const row = await db.transaction().execute((tx) => replaceInstrument(tx, auth.actor, params.id, body));
      return present(row, namesFrom(await targetGroupsInForce(db, row.municipality_id)), await today(db));
    },
  }),
  route({
    method: 'DELETE', url: '/api/catalogue/:id', tag: 'catalogue', auth: 'staff', params: idParams, status: 204,
    summary: 'Remove an instrument from the catalogue (administrator); to stop offering it from a date, set its end date instead',
    handler: async ({ auth, params, services }) => {
      requireSystemRole(auth, 'administrator');
      await services.database.db.transaction().execute((tx) => deleteInstrument(tx, auth.actor, params.id));
    },
  }),
  route({
    method: 'GET', url: '/api/municipalities/:id/catalogue/export', tag: 'catalogue', auth: 'staff', params: municipalityParams,
    summary: 'The whole catalogue as a JSON file; importing it elsewhere is posting it to …/catalogue/import',
    handler: async ({ params, reply, services }) => {
      const db = services.database.db;
      const m = await municipality(db, params.id);
      const rows = await listInstruments(db, params.id);
      reply.header('content-disposition', `attachment; filename="${fileName(m.name)}"`);
      return { format: exportFormat, municipality: m.name, exportedAt: new Date().toISOString(), instruments: rows.map((r) => toInput(fromRow(r))) };
    },
  }),
  route({
    method: 'POST', url: '/api/municipalities/:id/catalogue/import', tag: 'catalogue', auth: 'staff', params: municipalityParams,
    query: z.strictObject({ mode: z.enum(['merge', 'replace']).default('merge').describe('merge: add and replace by key; replace: also remove instruments the file does not name') }),
    body: catalogueDocument,
    summary: 'Import a catalogue file (administrator): all of it is checked first; any problem and nothing is saved',
    handler: async ({ auth, params, query, body, services }) => {
      requireSystemRole(auth, 'administrator');
      return services.database.db.transaction().execute((tx) => importCatalogue(tx, auth.actor, params.id, body, query.mode));
    },
  }),
  route({
    method: 'GET', url: '/api/persons/:id/instrument-finder', tag: 'catalogue', auth: 'staff', params: idParams,
    query: z.strictObject({
      hoursPerWeek: wholeNumber(80).optional().describe('Hours a week the resident can give (filled in by the professional; not stored)'),
      maxWaitWeeks: wholeNumber(104).optional().describe('Only instruments that can start within this many weeks'),
    }),
    summary: 'Which of the municipality’s current instruments fit this person, which do not and why, and which cannot be judged (coordinator and assigned professional)',
    handler: async ({ auth, params, query, services }) =>
      withAccess(services, auth.actor, (access) => findForPerson(access, params.id, query)),
  }),
];
