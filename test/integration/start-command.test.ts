import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import pg from 'pg';
import { totpCode } from '../../src/auth/totp.ts';
import { startServer } from '../support/start-server.ts';
import { testEngines } from '../support/test-database.ts';

const run = promisify(execFile);

async function signInAs(url: string, username: string, password: string, secret: string) {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  assert.equal(login.status, 200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = await login.json() as { csrfToken: string };
  const totp = await fetch(`${url}/api/auth/totp`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ code: totpCode(secret) }) });
  assert.equal(totp.status, 200, await totp.clone().text());
  return totp.headers.get('set-cookie')!.split(';')[0]!;
}

describe('npm start on the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-start-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the demo municipality on an empty data directory and prints the sign-ins', async () => {
    const server = await startServer({ SAMENSPEL_DATA_DIR: dir, DATABASE_URL: '' });
    try {
      const health = await (await fetch(`${server.url}/api/health`)).json();
      assert.deepEqual(health, { status: 'ok', database: 'pglite', version: health.version });
      const out = server.output();
      assert.match(out, /Demo-gemeente Samenhoven geladen/);
      const password = /wachtwoord "([^"]+)"/.exec(out)![1]!;
      const secret = /anna .*\n\s+TOTP-geheim ([A-Z2-7]+)/.exec(out)![1]!;
      const cookie = await signInAs(server.url, 'anna', password, secret);
      const search = await fetch(`${server.url}/api/persons?q=vries`, { headers: { cookie } });
      const items = (await search.json() as { items: Array<{ displayName: string }> }).items;
      assert.ok(items.some((p) => p.displayName === 'Jan de Vries'), 'a demo resident of her team');
      assert.ok(existsSync(join(dir, 'demo-aanmeldingen.txt')));
      assert.ok((await fetch(`${server.url}/`)).headers.get('content-type')!.startsWith('text/html'), 'serves the UI');
    } finally {
      await server.stop();
    }
    // A second start finds the data and loads nothing again.
    const again = await startServer({ SAMENSPEL_DATA_DIR: dir, DATABASE_URL: '' });
    await again.stop();
    assert.doesNotMatch(again.output(), /Demo-gemeente Samenhoven geladen/);
  });

  it('creates a user with the CLI (server stopped)', async () => {
    const env = { ...process.env, SAMENSPEL_DATA_DIR: dir, DATABASE_URL: '', SAMENSPEL_NEW_PASSWORD: 'Lange-Zin-Voor-Test-9' };
    const created = await run(process.execPath, ['src/cli/main.ts', 'create-user', '--username', 'Fenna', '--name', 'Fenna Beheer', '--admin'], { env });
    assert.match(created.stdout, /fenna aangemaakt \(administrator\)/);
    const weak = await run(process.execPath, ['src/cli/main.ts', 'create-user', '--username', 'zwak', '--name', 'Zwak'], { env: { ...env, SAMENSPEL_NEW_PASSWORD: 'password1' } }).catch((e) => e);
    assert.equal(weak.code, 2);
    assert.match(weak.stderr, /gelekte wachtwoorden/);
    const migrated = await run(process.execPath, ['src/cli/main.ts', 'migrate'], { env });
    assert.match(migrated.stdout, /bij/);
  });
});

if (testEngines().includes('postgresql')) {
  describe('npm start with DATABASE_URL (PostgreSQL)', () => {
    const name = `samenspel_start_${Date.now()}`;
    const adminUrl = process.env.SAMENSPEL_TEST_PG_URL!;
    const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    const dir = mkdtempSync(join(tmpdir(), 'samenspel-start-pg-'));
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    });

    it('migrates at start and loads no demo data unless --demo is passed', async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      const count = async () => {
        const d = new pg.Client({ connectionString: dbUrl });
        await d.connect();
        const r = await d.query('SELECT count(*)::int AS n FROM municipality');
        await d.end();
        return r.rows[0].n as number;
      };
      const plain = await startServer({ DATABASE_URL: dbUrl, SAMENSPEL_DATA_DIR: dir });
      const health = await (await fetch(`${plain.url}/api/health`)).json();
      await plain.stop();
      assert.equal(health.database, 'postgresql');
      assert.equal(await count(), 0, 'no demo data on PostgreSQL by default');
      const demo = await startServer({ DATABASE_URL: dbUrl, SAMENSPEL_DATA_DIR: dir }, ['--demo']);
      await demo.stop();
      assert.equal(await count(), 1, '--demo loads the demo municipality');
      assert.equal(readFileSync(join(dir, 'secret-keys.json'), 'utf8').length > 50, true);
    });
  });
}
