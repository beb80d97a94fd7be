import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/auth/passwords.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { newTotpSecret, totpCode, timeStep } from '../../src/auth/totp.ts';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { encryptField } from '../../src/crypto/field-encryption.ts';
import { testKeys } from '../../src/crypto/keys.ts';
import type { Engine } from '../../src/db/database.ts';
import type { HouseholdRole, SystemRole, TeamKind, TeamRole } from '../../src/db/schema.ts';
import { bsnLookupHash, completeBsn } from '../../src/persons/bsn.ts';
import { searchName } from '../../src/persons/person-names.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const testPassword = 'Correct-Paard-Batterij-7';
let passwordHash: Promise<string> | undefined;
/** One counter per process, so fixtures never hand out a BSN twice. */
let bsnSerial = 99900000 + Math.floor(Math.random() * 50000) * 1;

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  config: Config;
  keys: ReturnType<typeof testKeys>;
  close(): Promise<void>;
}

export async function createTestApp(engine: Engine): Promise<TestApp> {
  const testDb = await createTestDatabase(engine);
  const config = { ...loadConfig({}), publicUrl: 'http://localhost' };
  const keys = testKeys();
  const app = await buildApp({ database: testDb.database, keys, config, logLevel: 'silent' });
  await app.ready();
  return {
    ...testDb, app, config, keys,
    close: async () => {
      await app.close();
      await testDb.close();
    },
  };
}

/** Direct inserts of organisation data and residents: the fixtures of the tests. */
export function fixtures(t: TestApp) {
  const db = t.database.db;
  return {
    async municipality(name = `Gemeente ${randomUUID().slice(0, 8)}`) {
      const id = randomUUID();
      await db.insertInto('municipality').values({ id, name }).execute();
      return id;
    },
    async team(municipalityId: string, opts: { kind?: TeamKind; name?: string; validUntil?: string | null } = {}) {
      const id = randomUUID();
      await db.insertInto('team').values({
        id, municipality_id: municipalityId, name: opts.name ?? `Team ${id.slice(0, 8)}`, kind: opts.kind ?? 'neighbourhood',
        valid_from: '2020-01-01', valid_until: opts.validUntil ?? null,
      }).execute();
      return id;
    },
    async user(opts: { username?: string; systemRoles?: SystemRole[]; teams?: Array<[string, TeamRole] | [string, TeamRole, string | null]>; enrolled?: boolean } = {}) {
      const id = randomUUID();
      const username = opts.username ?? `u${id.slice(0, 8)}`;
      const totpSecret = opts.enrolled === false ? null : newTotpSecret();
      await db.insertInto('app_user').values({
        id, username, display_name: `Medewerker ${username}`, system_roles: opts.systemRoles ?? [],
        password_hash: await (passwordHash ??= hashPassword(testPassword)),
        totp_secret_encrypted: totpSecret ? encryptField(t.keys, totpSecret) : null,
      }).execute();
      for (const [teamId, role, validUntil] of opts.teams ?? []) {
        await db.insertInto('team_membership').values({ id: randomUUID(), team_id: teamId, user_id: id, role, valid_from: '2020-01-01', valid_until: validUntil ?? null }).execute();
      }
      return { id, username, totpSecret };
    },
    async household(municipalityId: string, opts: { openTeams?: string[]; closedTeams?: string[]; members?: Array<{ role?: HouseholdRole; familyName?: string; givenNames?: string; birthDate?: string; validUntil?: string }> } = {}) {
      const householdId = randomUUID();
      await db.insertInto('household').values({ id: householdId, municipality_id: municipalityId, name: `Huishouden ${householdId.slice(0, 6)}` }).execute();
      const persons: Array<{ id: string; bsn: string; familyName: string }> = [];
      for (const m of opts.members ?? [{}]) {
        let bsn: string | null = null;
        while (!bsn) bsn = completeBsn(String(bsnSerial++));
        const personId = randomUUID();
        const familyName = m.familyName ?? `Achternaam${personId.slice(0, 6)}`;
        const givenNames = m.givenNames ?? 'Test';
        await db.insertInto('person').values({
          id: personId, municipality_id: municipalityId, bsn_hash: bsnLookupHash(t.keys, bsn), bsn_encrypted: encryptField(t.keys, bsn),
          given_names: givenNames, family_name: familyName, birth_date: m.birthDate ?? '1980-05-05', postcode: '1234 AB', city: 'Teststad',
          search_name: searchName({ given_names: givenNames, family_name: familyName }),
        }).execute();
        await db.insertInto('household_member').values({
          id: randomUUID(), household_id: householdId, person_id: personId, role: m.role ?? 'resident', valid_from: '2020-01-01', valid_until: m.validUntil ?? null,
        }).execute();
        persons.push({ id: personId, bsn, familyName });
      }
      for (const teamId of opts.openTeams ?? []) {
        await db.insertInto('case_file').values({ id: randomUUID(), household_id: householdId, team_id: teamId, kind: 'case' }).execute();
      }
      for (const teamId of opts.closedTeams ?? []) {
        await db.insertInto('case_file').values({ id: randomUUID(), household_id: householdId, team_id: teamId, kind: 'case', closed_at: new Date() }).execute();
      }
      return { id: householdId, persons };
    },
  };
}

export interface Session { cookie: string; csrfToken: string }

function cookieFrom(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'samenspel_session');
  if (!c) throw new Error(`no session cookie in answer ${res.statusCode} ${res.body}`);
  return `samenspel_session=${c.value}`;
}

/** The real sign-in: password, then a TOTP code from the user's secret. Waits for a fresh time step if the code was just used. */
export async function signIn(t: TestApp, user: { username: string; totpSecret: string | null }): Promise<Session> {
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: testPassword } });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const cookie = cookieFrom(login);
  const first = login.json() as { csrfToken: string };
  const res = await t.app.inject({
    method: 'POST', url: '/api/auth/totp', payload: { code: totpCode(user.totpSecret!) },
    headers: { cookie, 'x-csrf-token': first.csrfToken },
  });
  if (res.statusCode !== 200) throw new Error(`totp failed: ${res.statusCode} ${res.body}`);
  return { cookie: cookieFrom(res), csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}

/** A complete session made with the real session module, for tests about data access rather than sign-in. */
export async function sessionFor(t: TestApp, userId: string): Promise<Session> {
  const s = await createSession(t.database.db, t.config, userId, 'complete', { ip: '127.0.0.1' });
  return { cookie: `samenspel_session=${s.token}`, csrfToken: s.csrfToken };
}

export function api(t: TestApp, session?: Session) {
  const headers = (write: boolean) => ({
    ...(session ? { cookie: session.cookie } : {}),
    ...(write && session ? { 'x-csrf-token': session.csrfToken } : {}),
  });
  return {
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: headers(false) }),
    post: (url: string, payload?: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object, headers: headers(true) }),
    patch: (url: string, payload?: unknown) => t.app.inject({ method: 'PATCH', url, payload: payload as object, headers: headers(true) }),
    put: (url: string, payload?: unknown) => t.app.inject({ method: 'PUT', url, payload: payload as object, headers: headers(true) }),
    delete: (url: string) => t.app.inject({ method: 'DELETE', url, headers: headers(true) }),
  };
}

export { timeStep, totpCode };
