import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { demoPassword, isEmptyInstallation, loadDemoMunicipality, type DemoSignIn } from '../demo/demo-municipality.ts';
import { startJobs } from '../jobs/jobs.ts';
import { loadPreset } from '../presets/preset-loader.ts';
import { findPreset, presetListing } from '../presets/presets.ts';
import type { Preset } from '../presets/preset-types.ts';
import { buildApp, uiDir } from '../server/app.ts';
import { openConfigured } from './open.ts';

async function ensureUiBuilt() {
  if (existsSync(join(uiDir, 'index.html'))) return;
  console.log('De gebruikersinterface wordt gebouwd (eenmalig)…');
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

function describeSignIns(signIns: DemoSignIn[], url: string, loaded = 'Demo-gemeente Samenhoven geladen'): string {
  const width = Math.max(9, ...signIns.map((s) => s.username.length + 1));
  const lines = [
    '', `${loaded}. Open ${url} en meld u aan met wachtwoord "${demoPassword}":`, '',
    ...signIns.map((s) => `  ${s.username.padEnd(width)} ${s.what}${s.totpSecret ? `\n${' '.repeat(width + 3)}TOTP-geheim ${s.totpSecret}` : ''}`),
    '',
    'Tweede factor: zet het TOTP-geheim in een authenticator-app, of toon de huidige code met',
    '  npm run samenspel -- totp <geheim>',
    ...(signIns.some((s) => !s.totpSecret) ? ['De gebruiker "nieuw" stelt de tweede factor bij de eerste aanmelding in (QR-code).'] : []), '',
  ];
  return lines.join('\n');
}

/** `--preset list` prints the presets; an unknown name prints them too, as an error. */
function choosePreset(name: string | undefined): Preset | null | 'exit' {
  if (name === undefined) return null;
  const preset = name === 'list' ? undefined : findPreset(name);
  if (preset) return preset;
  const text = `Voorbeeldmodellen (npm start -- --preset <naam>):\n${presetListing()}`;
  if (name === 'list') {
    console.log(text);
  } else {
    console.error(`Onbekend voorbeeldmodel "${name}".\n${text}`);
    process.exitCode = 2;
  }
  return 'exit';
}

export async function start(args: string[] = process.argv.slice(2)) {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false }, preset: { type: 'string' } }, allowPositionals: true });
  const preset = choosePreset(values.preset);
  if (preset === 'exit') return;
  const config = loadConfig();
  await ensureUiBuilt();
  const { database, keys } = await openConfigured(config);
  const url = config.publicUrl;
  const empty = await isEmptyInstallation(database.db);
  if ((!config.databaseUrl || values.demo || preset) && empty) {
    const signIns = preset ? await loadPreset(database.db, keys, preset) : await loadDemoMunicipality(database.db, keys);
    const text = describeSignIns(signIns, url, preset ? `${preset.label} geladen (fictieve gegevens)` : undefined);
    if (!config.databaseUrl) writeFileSync(join(config.dataDir, 'demo-aanmeldingen.txt'), text, { mode: 0o600 });
    console.log(text);
  } else if (preset && !empty) {
    console.log(`Deze installatie is niet leeg: ${preset.label} is niet geladen. Een beheerder kan het organisatiemodel laden via Organisatiemodel → Voorbeeldmodel laden.`);
  } else if (!config.databaseUrl && existsSync(join(config.dataDir, 'demo-aanmeldingen.txt'))) {
    console.log(`Demo-aanmeldingen staan in ${join(config.dataDir, 'demo-aanmeldingen.txt')}`);
  }
  const app = await buildApp({ database, keys, config, logLevel: process.env.LOG_LEVEL ?? 'warn' });
  await app.listen({ port: config.port, host: config.host });
  const jobs = await startJobs({ database, keys, config, log: app.log as never });
  console.log(`Samenspel ${config.version} draait op ${url} (database: ${database.engine})`);
  const stop = async () => {
    await jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await start();
