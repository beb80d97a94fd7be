import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where the server is reached; an https URL makes session cookies Secure. */
  publicUrl: string;
  /** The municipality's time zone: "today" (memberships, validity dates) is counted in it. */
  timeZone: string;
  version: string;
  session: { idleMinutes: number; absoluteHours: number };
  lockout: { maxUserFailures: number; maxIpFailures: number; windowMinutes: number; lockMinutes: number };
}

export const version: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const timeZone = env.SAMENSPEL_TIME_ZONE ?? 'Europe/Amsterdam';
  if (!/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/.test(timeZone)) throw new Error(`SAMENSPEL_TIME_ZONE must be a time zone name like Europe/Amsterdam, got "${timeZone}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.SAMENSPEL_DATA_DIR ?? './data'),
    publicUrl: env.SAMENSPEL_PUBLIC_URL ?? `http://localhost:${port}`,
    timeZone,
    version,
    session: { idleMinutes: 30, absoluteHours: 12 },
    lockout: { maxUserFailures: 5, maxIpFailures: 50, windowMinutes: 15, lockMinutes: 15 },
  };
}
