/**
 * Fills a migrated, empty database with a fictitious municipality for the benchmarks.
 *
 *   node bench/generate.ts --size S|M [--database-url postgres://…] [--data-dir path] [--seed n]
 *
 * Without --database-url the embedded database (PGlite) in --data-dir is used, by default
 * .bench-data/pglite-<size>. The same size and seed always give the same data.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase, type Tx } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { bsnLookupHash } from '../src/persons/bsn.ts';
import { encryptField } from '../src/crypto/field-encryption.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { buildDataset, sizes } from './lib/dataset.ts';
import { insertCatalogue } from './lib/catalogue.ts';
import { insertWorkGuidance } from './lib/work-guidance.ts';
import { benchPassword, benchTotpSecret, keyFilePath, resolveBenchKeys, writeTestKeyFile } from './lib/bench-keys.ts';
import { defaultDataDir, elapsed, parseSize, redactUrl } from './lib/cli.ts';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    seed: { type: 'string', default: '20261101' },
    'batch-size': { type: 'string', default: '1000' },
  },
});

const size = parseSize(args.size);
const databaseUrl = args['database-url'];
const dataDir = databaseUrl ? undefined : (args['data-dir'] ?? defaultDataDir(size));
const batchSize = Number(args['batch-size']);
const started = performance.now();
const log = (message: string) => process.stderr.write(`[${elapsed(started).padStart(7)}] ${message}\n`);

const { keys, source: keySource } = resolveBenchKeys(dataDir);
log(`size ${size} (${sizes[size].persons.toLocaleString('en')} persons) → ${databaseUrl ? redactUrl(databaseUrl) : dataDir}; keys: ${keySource}`);

const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
try {
  const applied = await migrate(database.db);
  log(`migrated (${applied.length ? applied.join(', ') : 'already up to date'})`);
  const existing = await sql<{ n: number }>`SELECT (SELECT count(*) FROM municipality) + (SELECT count(*) FROM person) + (SELECT count(*) FROM app_user) AS n`.execute(database.db);
  if (Number(existing.rows[0].n) > 0) {
    throw new Error('The database is not empty. Use a new --data-dir, or drop and create the PostgreSQL database, and run again.');
  }
  if (dataDir && keySource === 'test keys') {
    writeTestKeyFile(dataDir, keys);
    log(`wrote the test keys to ${keyFilePath(dataDir)} so a server on this directory reads the same keys`);
  }

  const data = buildDataset(size, Number(args.seed));
  log(`built ${data.persons.length} persons in ${data.households.length} households, ${data.users.length} users in ${data.teams.length} teams`);

  // One argon2id hash with the server's own parameters, shared by every generated user.
  const passwordHash = await hashPassword(benchPassword);

  const tables = ['municipality', 'organisation', 'team', 'app_user', 'team_membership', 'person', 'household', 'household_member', 'case_file',
    'case_assignment', 'contact', 'intake', 'assessment_score', 'intake_member_income', 'catalogue_instrument', 'work_assessment'] as const;
  await database.db.transaction().execute(async (trx) => withoutForeignKeys(trx, tables, async () => {
    await insertAll(trx, 'municipality', [data.municipality]);
    await insertAll(trx, 'organisation', data.organisations);
    await insertAll(trx, 'team', data.teams);
    await insertAll(trx, 'app_user', data.users.map(({ withTotp, ...u }) => ({
      ...u,
      password_hash: passwordHash,
      totp_secret_encrypted: withTotp ? encryptField(keys, benchTotpSecret(u.username)) : null,
    })));
    await insertAll(trx, 'team_membership', data.memberships);
    await insertAll(trx, 'person', data.persons.map(({ bsn, ...p }) => ({
      ...p,
      bsn_hash: bsnLookupHash(keys, bsn),
      bsn_encrypted: encryptField(keys, bsn),
    })));
    await insertAll(trx, 'household', data.households);
    await insertAll(trx, 'household_member', data.members);
    await insertAll(trx, 'case_file', data.caseFiles);
    await insertAll(trx, 'case_assignment', data.caseAssignments);
    await insertAll(trx, 'contact', data.contacts);
    await insertAll(trx, 'intake', data.intakes);
    await insertAll(trx, 'assessment_score', data.scores);
    await insertAll(trx, 'intake_member_income', data.incomes);
    const administrator = data.users.find((u) => u.system_roles.includes('administrator'))!;
    log(`catalogue_instrument: ${await insertCatalogue(trx, data.municipality.id, administrator.id)} rows`);
    log(`work_assessment: ${await insertWorkGuidance(trx, data.municipality.id, administrator.id)} rows, with a configuration (Maastricht's routing)`);
  }));
  // VACUUM as well as ANALYZE: it sets the visibility map (index-only scans), as autovacuum
  // would soon do on its own; the benchmarks should not depend on when that happens.
  log('committed; VACUUM ANALYZE');
  await sql`VACUUM ANALYZE`.execute(database.db);

  const counts: Record<string, number> = {};
  for (const table of [...tables, 'processing_log'] as const) {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(database.db);
    counts[table] = Number(r.rows[0].n);
  }
  const openCases = await sql<{ n: number }>`SELECT count(DISTINCT household_id)::int AS n FROM case_file WHERE closed_at IS NULL`.execute(database.db);
  const dossier = (await sql<Record<string, number>>`
    SELECT (SELECT count(*) FROM case_file cf JOIN team t ON t.id = cf.team_id
             WHERE t.kind = 'neighbourhood' AND cf.closed_at IS NULL AND cf.assigned_at IS NOT NULL)::int AS assigned,
           (SELECT count(*) FROM case_file cf JOIN team t ON t.id = cf.team_id
             WHERE t.kind = 'neighbourhood' AND cf.closed_at IS NULL AND cf.assigned_at IS NULL)::int AS waiting,
           (SELECT count(*) FROM case_file WHERE closed_at IS NULL AND cardinality(urgent_flags) > 0)::int AS urgent,
           (SELECT count(DISTINCT household_id) FROM contact)::int AS with_contacts,
           (SELECT count(DISTINCT household_id) FROM intake WHERE status = 'final')::int AS with_final,
           (SELECT count(*) FROM intake WHERE status = 'draft')::int AS drafts,
           (SELECT count(DISTINCT person_id) FROM assessment_score)::int AS scored_persons`.execute(database.db)).rows[0]!;
  console.log(`\nGenerated bench data set ${size} on ${database.engine} in ${elapsed(started)}`);
  console.log(`  target: ${databaseUrl ? redactUrl(databaseUrl) : dataDir}; keys: ${keySource}; seed ${args.seed}`);
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(18)} ${n.toLocaleString('en').padStart(9)}`);
  const n = (x: unknown) => Number(x).toLocaleString('en');
  console.log(`  households with an open case file: ${n(openCases.rows[0].n)}`);
  console.log(`  open neighbourhood case files: ${n(dossier.assigned)} assigned, ${n(dossier.waiting)} registrations waiting at triage; ${n(dossier.urgent)} open with an urgent flag`);
  console.log(`  households with contacts: ${n(dossier.with_contacts)}; with a final intake: ${n(dossier.with_final)}; draft intakes: ${n(dossier.drafts)}; persons with scores: ${n(dossier.scored_persons)}`);
  console.log(`  users sign in with password "${benchPassword}"; users with TOTP: ${data.users.filter((u) => u.withTotp).length}`);
} finally {
  await database.close();
}

/**
 * Runs the load with the foreign keys of the loaded tables dropped, and adds them again
 * (same names and definitions) afterwards, in the same transaction — as pg_restore does.
 * Checking a key row by row costs more than the insert itself (assessment_score: about
 * 50 µs a row); adding the constraint checks all rows in one join. The keys are checked
 * either way: a row that breaks one makes the ADD fail, and the transaction with it.
 */
async function withoutForeignKeys(trx: Tx, tables: readonly string[], load: () => Promise<void>): Promise<void> {
  const keys = await sql<{ table_name: string; name: string; definition: string }>`
    SELECT c.conrelid::regclass::text AS table_name, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c
    WHERE c.contype = 'f' AND c.conrelid = ANY(${tables.map((t) => t)}::regclass[])
    ORDER BY c.conrelid::regclass::text, c.conname`.execute(trx);
  for (const k of keys.rows) await sql`ALTER TABLE ${sql.raw(k.table_name)} DROP CONSTRAINT ${sql.id(k.name)}`.execute(trx);
  await load();
  const t0 = performance.now();
  for (const k of keys.rows) await sql`ALTER TABLE ${sql.raw(k.table_name)} ADD CONSTRAINT ${sql.id(k.name)} ${sql.raw(k.definition)}`.execute(trx);
  log(`${keys.rows.length} foreign keys added again and checked (${elapsed(t0)})`);
}

/** Multi-row INSERTs of batchSize rows each, reporting progress. */
async function insertAll<T extends Parameters<Tx['insertInto']>[0]>(trx: Tx, table: T, rows: readonly object[]) {
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += batchSize) {
    // The rows come from the typed dataset; Kysely cannot tie a table name variable to its row type.
    await trx.insertInto(table).values(rows.slice(i, i + batchSize) as never).execute();
    if (rows.length > batchSize * 10 && (i / batchSize) % 20 === 19) log(`  ${table} ${Math.min(i + batchSize, rows.length)}/${rows.length}`);
  }
  log(`${table}: ${rows.length} rows (${elapsed(t0)})`);
}
