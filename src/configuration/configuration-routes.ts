import { z } from 'zod';
import type { AuthContext } from '../auth/auth-context.ts';
import { requireSystemRole } from '../organisation/admin-guard.ts';
import { isoDate } from '../organisation/schemas.ts';
import { forbidden, notFound } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import type { AppServices } from '../server/services.ts';
import { configurationCheckBody, configurationDocument, exportFormat } from './configuration-schema.ts';
import { configurationOn, getVersion, listVersions, today } from './configuration-store.ts';
import { checkConfiguration, createVersion, deleteVersion, replaceVersion } from './configuration-versions.ts';
import { modelCheck } from './model-check.ts';

const municipalityParams = z.strictObject({ id: z.uuid().describe('The municipality') });
const versionParams = z.strictObject({ id: z.uuid().describe('The municipality'), versionId: z.uuid().describe('The configuration version') });

/** Administrators keep the model; managers and the privacy officer read it (no personal data in it). */
function requireReader(auth: AuthContext): void {
  if (!auth.actor.systemRoles.some((r) => r === 'administrator' || r === 'manager' || r === 'privacy_officer')) {
    throw forbidden({
      nl: 'Alleen een beheerder, manager of privacyfunctionaris kan het organisatiemodel inzien.',
      en: 'Only an administrator, manager or privacy officer can view the organisation model.',
    });
  }
}

async function municipalityName(services: AppServices, id: string): Promise<string> {
  const row = await services.database.db.selectFrom('municipality').select('name').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row.name;
}

const fileName = (name: string, validFrom: string) =>
  `samenspel-configuratie-${name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'gemeente'}-${validFrom}.json`;

export const configurationRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/municipalities/:id/configurations', tag: 'configuration', auth: 'staff',
    summary: 'The versions of a municipality\'s organisation model, newest first, and which is in force today',
    params: municipalityParams,
    handler: async ({ auth, params, services }) => {
      requireReader(auth);
      const db = services.database.db;
      await municipalityName(services, params.id);
      const now = await today(db);
      const current = await configurationOn(db, params.id, now);
      return { today: now, inForceId: current?.id ?? null, items: await listVersions(db, params.id) };
    },
  }),
  route({
    method: 'GET', url: '/api/municipalities/:id/configurations/in-force', tag: 'configuration', auth: 'staff',
    summary: 'The version in force on a date (default today), with its model-check warnings',
    params: municipalityParams,
    query: z.strictObject({ on: isoDate.optional().describe('The date; default today') }),
    handler: async ({ auth, params, query, services }) => {
      requireReader(auth);
      const db = services.database.db;
      const current = await configurationOn(db, params.id, query.on ?? (await today(db)));
      if (!current) throw notFound({ nl: 'Op die datum geldt geen configuratie.', en: 'No configuration is in force on that date.' });
      return { ...current, warnings: modelCheck(current.configuration) };
    },
  }),
  route({
    method: 'GET', url: '/api/municipalities/:id/configurations/:versionId', tag: 'configuration', auth: 'staff',
    summary: 'One version with its configuration and model-check warnings',
    params: versionParams,
    handler: async ({ auth, params, services }) => {
      requireReader(auth);
      const db = services.database.db;
      const version = await getVersion(db, params.id, params.versionId);
      if (!version) throw notFound();
      const now = await today(db);
      const current = await configurationOn(db, params.id, now);
      return { ...version, inForce: current?.id === version.id, future: version.validFrom > now, warnings: modelCheck(version.configuration) };
    },
  }),
  route({
    method: 'GET', url: '/api/municipalities/:id/configurations/:versionId/export', tag: 'configuration', auth: 'staff',
    summary: 'One version as a JSON file to download; importing it elsewhere is posting it to the versions',
    params: versionParams,
    handler: async ({ auth, params, reply, services }) => {
      requireReader(auth);
      const version = await getVersion(services.database.db, params.id, params.versionId);
      if (!version) throw notFound();
      const name = await municipalityName(services, params.id);
      reply.header('content-disposition', `attachment; filename="${fileName(name, version.validFrom)}"`);
      return {
        format: exportFormat, municipality: name, exportedAt: new Date().toISOString(), validFrom: version.validFrom,
        ...(version.note ? { note: version.note } : {}), configuration: version.configuration,
      };
    },
  }),
  route({
    method: 'POST', url: '/api/municipalities/:id/configurations', tag: 'configuration', auth: 'staff', status: 201,
    summary: 'Save a new version, or import an exported file (administrator). Nothing is saved when anything is wrong; a version from today on is applied at once',
    params: municipalityParams,
    body: configurationDocument,
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'administrator');
      return createVersion(services.database.db, auth.actor, params.id, body);
    },
  }),
  route({
    method: 'POST', url: '/api/municipalities/:id/configurations/check', tag: 'configuration', auth: 'staff',
    summary: 'Validate a configuration and run the model check, saving nothing',
    params: municipalityParams,
    body: configurationCheckBody,
    handler: async ({ auth, params, body, services }) => {
      requireReader(auth);
      await municipalityName(services, params.id);
      return checkConfiguration(services.database.db, body.configuration);
    },
  }),
  route({
    method: 'PUT', url: '/api/municipalities/:id/configurations/:versionId', tag: 'configuration', auth: 'staff',
    summary: 'Replace a version that is not yet in force (administrator)',
    params: versionParams,
    body: configurationDocument,
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'administrator');
      return replaceVersion(services.database.db, auth.actor, params.id, params.versionId, body);
    },
  }),
  route({
    method: 'DELETE', url: '/api/municipalities/:id/configurations/:versionId', tag: 'configuration', auth: 'staff', status: 204,
    summary: 'Remove a version that is not yet in force (administrator)',
    params: versionParams,
    handler: async ({ auth, params, services }) => {
      requireSystemRole(auth, 'administrator');
      await deleteVersion(services.database.db, auth.actor, params.id, params.versionId);
    },
  }),
];
