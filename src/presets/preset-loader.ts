import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/auth-context.ts';
import { hashPassword } from '../auth/passwords.ts';
import { newTotpSecret } from '../auth/totp.ts';
import { catalogueDocument } from '../catalogue/catalogue-schemas.ts';
import { importCatalogue } from '../catalogue/catalogue-store.ts';
import { applyVersion } from '../configuration/configuration-apply.ts';
import { withConfigurationTables } from '../configuration/configuration-tables.ts';
import { registerIssues } from '../configuration/register-checks.ts';
import { encryptField } from '../crypto/field-encryption.ts';
import type { SecretKeys } from '../crypto/keys.ts';
import type { Db, Queryable } from '../db/database.ts';
import { demoPassword, type DemoSignIn } from '../demo/demo-municipality.ts';
import { appendToLog } from '../processing-log/writer.ts';
import { traceFromHeader } from '../processing-log/trace.ts';
import { loadHouseholds } from './preset-households.ts';
import type { Preset, PresetStaff } from './preset-types.ts';
import { presetConfiguration } from './presets.ts';

/** From this date the preset's first version, teams and memberships hold. */
export const presetValidFrom = '2024-01-01';

const officeStaff = (employer: string): PresetStaff[] => [
  { username: 'beheer', name: 'Bram Beheer', discipline: 'functioneel beheer', profile: null, employer, teams: [], systemRoles: ['administrator'], what: 'beheerder: organisatiemodel, teams en medewerkers, geen inwonergegevens' },
  { username: 'privacy', name: 'Petra Privacy', discipline: 'functionaris gegevensbescherming', profile: null, employer, teams: [], systemRoles: ['privacy_officer'], what: 'privacyfunctionaris: wie zag wie' },
  { username: 'manager', name: 'Maarten Manager', discipline: 'teamleider', profile: null, employer, teams: [], systemRoles: ['manager'], what: 'manager: sturing, geen dossiers' },
];

/** The first version of the preset's model, validated like an import, then applied: teams keyed, category rules set. */
async function loadConfiguration(tx: Queryable, preset: Preset, municipalityId: string, createdBy: string): Promise<void> {
  const configuration = presetConfiguration(preset);
  const issues = await registerIssues(tx, configuration, 'configuration.');
  if (issues.length > 0) throw new Error(`Voorbeeldmodel ${preset.key} past niet bij het verwerkingsregister: ${JSON.stringify(issues)}`);
  const id = randomUUID();
  await withConfigurationTables(tx).insertInto('municipal_configuration').values({
    id, municipality_id: municipalityId, valid_from: presetValidFrom, configuration: JSON.stringify(configuration),
    note: `Voorbeeldmodel ${preset.label} (bronnen ${preset.sources.join(', ')})`, created_by: createdBy,
  }).execute();
  await applyVersion(tx, { id, municipalityId, validFrom: presetValidFrom, configuration, createdBy }, { userId: null, trace: traceFromHeader(undefined) });
}

async function loadCatalogue(tx: Queryable, preset: Preset, municipalityId: string, admin: Actor): Promise<void> {
  const entries = preset.demo.catalogue ?? [];
  if (entries.length === 0) return;
  const doc = catalogueDocument.parse({ instruments: entries.map((e) => ({ validFrom: presetValidFrom, ...e })) });
  await importCatalogue(tx, admin, municipalityId, doc, 'merge');
}

/**
 * Loads a preset into an empty installation: the municipality (named by the preset's label),
 * organisations, the configuration's teams, staff with memberships, the configuration as its
 * first version, the catalogue and the demo households. All names are made up.
 */
export async function loadPreset(db: Db, keys: SecretKeys, preset: Preset): Promise<DemoSignIn[]> {
  const passwordHash = await hashPassword(demoPassword);
  const configuration = presetConfiguration(preset);
  const { demo } = preset;
  const staff = [...officeStaff(demo.organisations[0]!.key), ...demo.staff];
  const signIns: DemoSignIn[] = [];
  await db.transaction().execute(async (tx) => {
    const municipalityId = randomUUID();
    await tx.insertInto('municipality').values({ id: municipalityId, name: preset.label }).execute();
    const organisations = Object.fromEntries(demo.organisations.map((o) => [o.key, randomUUID()]));
    await tx.insertInto('organisation').values(demo.organisations.map((o) => ({ id: organisations[o.key]!, municipality_id: municipalityId, name: o.name, kind: o.kind }))).execute();
    const teams = Object.fromEntries(configuration.teams.map((t) => [t.key, randomUUID()]));
    await tx.insertInto('team').values(configuration.teams.map((t) => ({
      id: teams[t.key]!, municipality_id: municipalityId, name: t.name, kind: t.kind,
      area_postcodes: t.areas.postcodes, area_districts: t.areas.districts, valid_from: presetValidFrom,
    }))).execute();
    const users: Record<string, string> = {};
    for (const s of staff) {
      const id = randomUUID();
      const secret = newTotpSecret();
      await tx.insertInto('app_user').values({
        id, username: s.username, display_name: s.name, discipline: s.discipline, profile: s.profile,
        system_roles: s.systemRoles ?? [],
        employer_organisation_id: organisations[s.employer]!, password_hash: passwordHash, totp_secret_encrypted: encryptField(keys, secret),
      }).execute();
      for (const [team, role, professionalRole = 'generalist'] of s.teams) {
        await tx.insertInto('team_membership').values({ id: randomUUID(), team_id: teams[team]!, user_id: id, role, professional_role: professionalRole, valid_from: presetValidFrom }).execute();
      }
      users[s.username] = id;
      signIns.push({ username: s.username, displayName: s.name, what: s.what, totpSecret: secret });
    }
    const admin: Actor = { userId: users.beheer!, username: 'beheer', displayName: 'Bram Beheer', systemRoles: ['administrator'], memberships: [], trace: traceFromHeader(undefined) };
    await loadConfiguration(tx, preset, municipalityId, admin.userId);
    await loadCatalogue(tx, preset, municipalityId, admin);
    const staffNames = Object.fromEntries(staff.map((s) => [s.username, s.name]));
    await loadHouseholds(tx, keys, demo.households, { municipalityId, teams, users, staffNames, city: preset.label });
    await appendToLog(tx, { userId: null, trace: traceFromHeader(undefined) }, [{
      name: 'preset.load', processingActivityId: 'administration', outcome: 'allowed',
      attributes: { preset: preset.key, households: demo.households.length, staff: staff.length },
    }]);
  });
  return signIns;
}
