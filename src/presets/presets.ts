import { municipalConfiguration, type MunicipalConfiguration } from '../configuration/configuration-schema.ts';
import { amsterdam } from './models/amsterdam.ts';
import { apeldoorn } from './models/apeldoorn.ts';
import { breda } from './models/breda.ts';
import { buch } from './models/buch.ts';
import { ede } from './models/ede.ts';
import { haarlem } from './models/haarlem.ts';
import { heemskerk } from './models/heemskerk.ts';
import { heerhugowaard } from './models/heerhugowaard.ts';
import { hilversum } from './models/hilversum.ts';
import { koggenland } from './models/koggenland.ts';
import { langedijk } from './models/langedijk.ts';
import { maastricht } from './models/maastricht.ts';
import { rsdKrh } from './models/rsd-krh.ts';
import { schagen } from './models/schagen.ts';
import { zaanstad } from './models/zaanstad.ts';
import type { Preset } from './preset-types.ts';

/** The organisation models of the domain brief §4, in its order. */
export const presets: readonly Preset[] = [
  zaanstad, haarlem, hilversum, ede, maastricht, rsdKrh, apeldoorn, amsterdam, breda, buch, heerhugowaard, koggenland, langedijk, heemskerk, schagen,
];

export const presetKeys = presets.map((p) => p.key) as [string, ...string[]];

/** By key or alias, ignoring case. */
export function findPreset(name: string): Preset | undefined {
  const wanted = name.trim().toLowerCase();
  return presets.find((p) => p.key === wanted || p.aliases?.includes(wanted));
}

const parsed = new Map<string, MunicipalConfiguration>();

/** The preset's configuration as a saved version holds it: defaults filled in, cross-checks passed (throws otherwise). */
export function presetConfiguration(preset: Preset): MunicipalConfiguration {
  let configuration = parsed.get(preset.key);
  if (!configuration) {
    configuration = municipalConfiguration.parse(preset.configuration);
    parsed.set(preset.key, configuration);
  }
  return configuration;
}

/** One line per preset, for the command line. */
export function presetListing(): string {
  const width = Math.max(...presets.map((p) => p.key.length));
  return presets.map((p) => `  ${p.key.padEnd(width)}  ${p.label}: ${p.description}`).join('\n');
}
