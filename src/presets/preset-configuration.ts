import type { Actor } from '../auth/auth-context.ts';
import { createVersion, type SavedVersion } from '../configuration/configuration-versions.ts';
import type { Db } from '../db/database.ts';
import type { Preset } from './preset-types.ts';
import { presetConfiguration } from './presets.ts';

export interface LoadedPresetVersion extends SavedVersion { preset: string; rolesIncluded: boolean }

/**
 * Saves a preset's configuration as a new version of an existing municipality: validated and
 * applied like any import (never demo data). Category rules are one set for the whole
 * installation (decision 0013), so the preset's roles come along only when this is the
 * installation's only municipality.
 */
export async function loadPresetConfiguration(db: Db, actor: Actor, municipalityId: string, input: { preset: Preset; validFrom: string; note?: string | undefined }): Promise<LoadedPresetVersion> {
  const { count } = await db.selectFrom('municipality').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  const onlyMunicipality = Number(count) === 1;
  const { roles, ...withoutRoles } = presetConfiguration(input.preset);
  const configuration = onlyMunicipality ? { ...withoutRoles, roles } : withoutRoles;
  const saved = await createVersion(db, actor, municipalityId, {
    validFrom: input.validFrom, note: input.note ?? `Voorbeeldmodel ${input.preset.label} geladen (bronnen ${input.preset.sources.join(', ')})`, configuration,
  });
  return { ...saved, preset: input.preset.key, rolesIncluded: onlyMunicipality && roles !== undefined };
}
