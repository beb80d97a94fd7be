import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { demoPassword, isEmptyInstallation, loadDemoMunicipality, type DemoSignIn } from '../demo/demo-municipality.ts';
import { startJobs } from '../jobs/jobs.ts';
import { buildApp, uiDir } from '../server/app.ts';
import { openConfigured } from './open.ts';

async function ensureUiBuilt() {
  if (existsSync(join(uiDir, 'index.html'))) return;
  console.log('De gebruikersinterface wordt gebouwd (eenmalig)…');
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

function describeSignIns(signIns: DemoSignIn[], url: string): string {
  const lines = [
    '', `Demo-gemeente Samenhoven geladen. Open ${url} en meld u aan met wachtwoord "${demoPassword}":`, '',
    ...signIns.map((s) => `  ${s.username.padEnd(9)} ${s.what}${s.totpSecret ? `\n            TOTP-geheim ${s.totpSecret}` : ''}`),
    '',
    'Tweede factor: zet het TOTP-geheim in een authenticator-app, of toon de huidige code met',
    '  npm run samenspel -- totp <geheim>',
    'De gebruiker "nieuw" stelt de tweede factor bij de eerste aanmelding in (QR-code).', '',
  ];
  return lines.join('\n');
}

export async function start(args: string[] = process.argv.slice(2)) {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } }, allowPositionals: true });
  const config = loadConfig();
  await ensureUiBuilt();
  const { database, keys } = await openConfigured(config);
  const url = config.publicUrl;
  if ((!config.databaseUrl || values.demo) && (await isEmptyInstallation(database.db))) {
    const signIns = await loadDemoMunicipality(database.db, keys);
    const text = describeSignIns(signIns, url);
    if (!config.databaseUrl) writeFileSync(join(config.dataDir, 'demo-aanmeldingen.txt'), text, { mode: 0o600 });
    console.log(text);
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
