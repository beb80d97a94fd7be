import { parseArgs } from 'node:util';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { totpCode } from '../auth/totp.ts';
import { loadConfig } from '../config/config.ts';
import { rekey } from '../crypto/rekey.ts';
import { verifyLog } from '../processing-log/verify.ts';
import { openConfigured } from './open.ts';
import { randomUUID } from 'node:crypto';

const usage = `Gebruik: npm run samenspel -- <opdracht> [opties]

Opdrachten:
  start [--demo] [--preset <naam>|list]
                            Start de server (zoals npm start); --preset laadt op een lege installatie
                            een voorbeeldmodel met fictieve gegevens in plaats van Samenhoven
  migrate                   Voer databasemigraties uit
  create-user --username U --name "Naam" [--admin] [--privacy-officer] [--manager]
                            Maak een medewerker aan; het wachtwoord komt uit SAMENSPEL_NEW_PASSWORD
                            of wordt gevraagd. De tweede factor wordt bij de eerste aanmelding ingesteld.
  verify-log                Controleer de hashketen van het verwerkingenlog (exit 0 = intact)
  totp <geheim>             Toon de huidige TOTP-code voor een geheim (voor demo-accounts)
  rekey                     Na het wisselen van sleutels: versleutel alle velden opnieuw met de huidige
                            sleutel en bereken de BSN-zoekwaarden opnieuw (zie docs/decisions/0003-keys.md)

Met DATABASE_URL gebruikt Samenspel PostgreSQL, anders PGlite in SAMENSPEL_DATA_DIR (./data).
PGlite kan door één proces tegelijk geopend worden: stop de server eerst.`;

async function readPassword(): Promise<string> {
  if (process.env.SAMENSPEL_NEW_PASSWORD) return process.env.SAMENSPEL_NEW_PASSWORD;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question('Wachtwoord (minstens 8 tekens): ');
  rl.close();
  return answer;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'start': {
      const { start } = await import('./start.ts');
      await start(rest);
      return -1; // keeps running
    }
    case 'migrate': {
      const { database, applied } = await openConfigured(config);
      console.log(applied.length ? `Toegepast: ${applied.join(', ')}` : 'De database is bij.');
      await database.close();
      return 0;
    }
    case 'create-user': {
      const { values } = parseArgs({ args: rest, options: {
        username: { type: 'string' }, name: { type: 'string' }, admin: { type: 'boolean' },
        'privacy-officer': { type: 'boolean' }, manager: { type: 'boolean' },
      } });
      if (!values.username || !values.name) { console.error(usage); return 2; }
      const username = values.username.toLowerCase();
      if (!/^[a-z0-9._-]{3,50}$/.test(username)) { console.error('Gebruikersnaam: 3–50 tekens, letters, cijfers, . _ -'); return 2; }
      const password = await readPassword();
      const problem = passwordProblem(password, username);
      if (problem) { console.error(problem.nl); return 2; }
      const roles = [values.admin && 'administrator', values['privacy-officer'] && 'privacy_officer', values.manager && 'manager']
        .filter((r): r is 'administrator' | 'privacy_officer' | 'manager' => Boolean(r));
      const { database } = await openConfigured(config);
      try {
        await database.db.insertInto('app_user').values({
          id: randomUUID(), username, display_name: values.name, system_roles: roles, password_hash: await hashPassword(password),
        }).execute();
        console.log(`Medewerker ${username} aangemaakt${roles.length ? ` (${roles.join(', ')})` : ''}. Bij de eerste aanmelding stelt ${username} de tweede factor in.`);
        return 0;
      } catch (error) {
        console.error((error as { code?: string }).code === '23505' ? `De gebruikersnaam ${username} bestaat al.` : String(error));
        return 1;
      } finally {
        await database.close();
      }
    }
    case 'verify-log': {
      const { database } = await openConfigured(config);
      try {
        const result = await verifyLog(database.db);
        if (result.intact) {
          console.log(`Verwerkingenlog intact: ${result.checked} regels gecontroleerd.`);
          return 0;
        }
        console.error(`Verwerkingenlog GESCHONDEN bij regel ${result.firstBroken!.seq}: ${result.firstBroken!.reason} (${result.checked} regels daarvoor intact).`);
        return 1;
      } finally {
        await database.close();
      }
    }
    case 'rekey': {
      const { database, keys } = await openConfigured(config);
      try {
        const done = await rekey(database.db, keys);
        console.log(`Opnieuw versleuteld met sleutel ${keys.encryptionKeyId}: ${done.persons} personen, ${done.users} tweede factoren. De vorige sleutels kunnen nu uit de configuratie.`);
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'totp': {
      if (!rest[0]) { console.error('Geef het geheim op: npm run samenspel -- totp ABCD…'); return 2; }
      console.log(totpCode(rest[0]));
      return 0;
    }
    default:
      console.log(usage);
      return command && command !== 'help' ? 2 : 0;
  }
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exit(code);
