import { z } from 'zod';
import type { AuthContext } from '../auth/auth-context.ts';
import { text } from '../configuration/configuration-parts.ts';
import { exportFormat } from '../configuration/configuration-schema.ts';
import { modelCheck } from '../configuration/model-check.ts';
import { requireSystemRole } from '../organisation/admin-guard.ts';
import { isoDate } from '../organisation/schemas.ts';
import { bilingual, forbidden, notFound } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { loadPresetConfiguration } from './preset-configuration.ts';
import { findPreset, presetConfiguration, presetKeys, presets } from './presets.ts';

function requireReader(auth: AuthContext): void {
  if (!auth.actor.systemRoles.some((r) => r === 'administrator' || r === 'manager' || r === 'privacy_officer')) {
    throw forbidden({
      nl: 'Alleen een beheerder, manager of privacyfunctionaris kan de voorbeeldmodellen inzien.',
      en: 'Only an administrator, manager or privacy officer can view the presets.',
    });
  }
}

const presetKey = z.enum(presetKeys, bilingual(`Kies een voorbeeldmodel: ${presetKeys.join(', ')}`, `Choose a preset: ${presetKeys.join(', ')}`))
  .describe('Key of a preset (GET /api/presets)');

export const presetRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/presets', tag: 'configuration', auth: 'staff',
    summary: 'The shipped organisation models of the sources (presets), each with its sources and model-check warnings',
    handler: async ({ auth }) => {
      requireReader(auth);
      return {
        items: presets.map((p) => {
          const configuration = presetConfiguration(p);
          return {
            key: p.key, label: p.label, description: p.description, sources: p.sources, summary: configuration.summary ?? null,
            teams: configuration.teams.length, routing: configuration.routing.kind, warnings: modelCheck(configuration),
          };
        }),
      };
    },
  }),
  route({
    method: 'GET', url: '/api/presets/:key', tag: 'configuration', auth: 'staff',
    summary: 'One preset\'s configuration in the export format, to inspect or to import elsewhere',
    params: z.strictObject({ key: z.string().max(60).describe('Key or alias of the preset') }),
    handler: async ({ auth, params }) => {
      requireReader(auth);
      const preset = findPreset(params.key);
      if (!preset) throw notFound({ nl: 'Dat voorbeeldmodel bestaat niet.', en: 'That preset does not exist.' });
      return { format: exportFormat, municipality: preset.label, note: `Voorbeeldmodel (bronnen ${preset.sources.join(', ')})`, configuration: presetConfiguration(preset) };
    },
  }),
  route({
    method: 'POST', url: '/api/municipalities/:id/configurations/preset', tag: 'configuration', auth: 'staff', status: 201,
    summary: 'Load a preset\'s configuration as a new version from a date (administrator): validated and applied like an import; no demo data',
    params: z.strictObject({ id: z.uuid().describe('The municipality') }),
    body: z.strictObject({
      preset: presetKey,
      validFrom: isoDate.describe('From this date the version is in force (today or later, unless it is the municipality\'s first version)'),
      note: text(2000).optional().describe('Why this version, in a sentence'),
    }),
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'administrator');
      return loadPresetConfiguration(services.database.db, auth.actor, params.id, { preset: findPreset(body.preset)!, validFrom: body.validFrom, note: body.note });
    },
  }),
];
