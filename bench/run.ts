/**
 * Benchmarks the API against a generated data set (see bench/generate.ts):
 *
 *   node bench/run.ts --engine pglite|postgresql [--database-url …] [--data-dir …] [--size S|M]
 *                     [--iterations N] [--sign-ins N] [--warmup N] [--concurrency N] [--no-http]
 *
 * Builds the app in-process, signs in as a generated neighbourhood-team professional
 * (the one with the most assigned open cases) through the real API (password + TOTP),
 * then measures person search, the person page, opening a dossier, a person's ZRM history, the instrument finder,
 * a routing proposal, saving an intake draft and sign-in with app.inject (search also over real HTTP on
 * loopback), next to the raw SQL of the same queries. Prints a table. This is a report:
 * nothing fails on the numbers.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { openDatabase, type Db } from '../src/db/database.ts';
import { decryptField } from '../src/crypto/field-encryption.ts';
import { verifyPassword } from '../src/auth/passwords.ts';
import { sessionCookie } from '../src/auth/sessions.ts';
import { grantingTeams } from '../src/access/rules.ts';
import type { TeamRole } from '../src/db/schema.ts';
import { benchPassword, resolveBenchKeys } from './lib/bench-keys.ts';
import { signIn, SignInPool, type Session } from './lib/client.ts';
import { defaultDataDir, parseSize, redactUrl } from './lib/cli.ts';
import { Prng } from './lib/prng.ts';
import { formatTable, measure, summarise, type Summary } from './lib/stats.ts';
import {
  assignedHouseholds, draftIntakes, rawDossier, rawPersonPage, rawSaveDraft, rawScores, rawSearch, scoredPersons, searchQueries,
  varyDraft, visiblePersonIds, type DraftState, type SearchKind, type SearchQuery,
} from './lib/workload.ts';
import type { IntakeDraft } from '../src/intakes/intake-schemas.ts';
import { rawFinder } from './lib/catalogue.ts';
import { assessedPersons, rawProposal } from './lib/work-guidance.ts';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    size: { type: 'string', default: 'S' },
    iterations: { type: 'string', default: '500' },
    'sign-ins': { type: 'string' },
    warmup: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '1' },
    'no-http': { type: 'boolean', default: false },
  },
});

const engine = args.engine ?? (args['database-url'] ? 'postgresql' : 'pglite');
if (engine !== 'pglite' && engine !== 'postgresql') throw new Error('--engine must be pglite or postgresql');
const databaseUrl = engine === 'postgresql' ? (args['database-url'] ?? process.env.DATABASE_URL) : undefined;
if (engine === 'postgresql' && !databaseUrl) throw new Error('--engine postgresql needs --database-url postgres://… (or DATABASE_URL)');
const dataDir = engine === 'pglite' ? (args['data-dir'] ?? defaultDataDir(parseSize(args.size))) : undefined;
const iterations = Number(args.iterations);
const signIns = Number(args['sign-ins'] ?? Math.min(iterations, 50));
const warmup = Number(args.warmup);
const concurrency = Number(args.concurrency);
const progress = (message: string) => process.stderr.write(`${message}\n`);

/** The targets (p95, ms) of bench/README.md. */
const targets: Record<TargetOf, { postgresqlM: number; pgliteS: number }> = {
  search: { postgresqlM: 30, pgliteS: 50 },
  page: { postgresqlM: 20, pgliteS: 50 },
  dossier: { postgresqlM: 25, pgliteS: 50 },
  scores: { postgresqlM: 20, pgliteS: 50 },
  draft: { postgresqlM: 30, pgliteS: 50 },
  finder: { postgresqlM: 30, pgliteS: 50 },
  proposal: { postgresqlM: 20, pgliteS: 50 },
};

const { keys, source: keySource } = resolveBenchKeys(dataDir);
const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
const db = database.db;
let app: FastifyInstance | undefined;
try {
  const size = await datasetSize(db);
  if (size.persons === 0) throw new Error(`No persons in ${databaseUrl ? redactUrl(databaseUrl) : dataDir}: run bench/generate.ts first.`);
  const probe = await db.selectFrom('person').select('bsn_encrypted').where('bsn_encrypted', 'is not', null).limit(1).executeTakeFirst();
  try {
    if (probe?.bsn_encrypted) decryptField(keys, probe.bsn_encrypted);
  } catch {
    throw new Error(`The keys (${keySource}) are not the ones the data was generated with.`);
  }

  const config = { ...loadConfig({}), databaseUrl, dataDir: dataDir ?? loadConfig({}).dataDir, publicUrl: 'http://localhost' };
  app = await buildApp({ database, keys, config, logLevel: 'silent' });
  await app.ready();

  // The benchmark user: a plain member (a professional) of one neighbourhood team, with a
  // TOTP secret, who is the professional or coordinator of the most open cases.
  const user = await sql<{ username: string; team_name: string; assigned: number }>`
    SELECT u.username, t.name AS team_name,
           (SELECT count(*) FROM case_file cf WHERE cf.team_id = t.id AND cf.closed_at IS NULL
              AND (cf.professional_id = u.id OR cf.coordinator_id = u.id))::int AS assigned
    FROM app_user u JOIN team_membership m ON m.user_id = u.id JOIN team t ON t.id = m.team_id
    WHERE t.kind = 'neighbourhood' AND m.role = 'member' AND u.totp_secret_encrypted IS NOT NULL AND u.disabled_at IS NULL
      AND (SELECT count(*) FROM team_membership m2 WHERE m2.user_id = u.id) = 1
    ORDER BY assigned DESC, u.username LIMIT 1`.execute(db);
  const benchUser = user.rows[0];
  if (!benchUser) throw new Error('No suitable user (a member of one neighbourhood team with TOTP): was the data generated by bench/generate.ts?');
  const pool = await signInPool(db);
  if (pool.mustWait(benchUser.username)) progress(`${benchUser.username} used this TOTP time step already (an earlier run); waiting for the next one…`);
  const session = await signIn(app, await pool.take(benchUser.username));
  const me = (await get(app, session, '/api/auth/me')).json<{ user: { id: string; systemRoles: []; teams: Array<{ id: string; role: TeamRole }> } }>();
  const grants = { systemRoles: me.user.systemRoles, memberships: me.user.teams.map((t) => ({ teamId: t.id, role: t.role })) };
  const teamIds = grantingTeams(grants, 'person', 'search').map((t) => t.teamId);
  const personTeams = grantingTeams(grants, 'person', 'list').map((t) => t.teamId);
  const memberTeams = me.user.teams.map((t) => t.id);
  const userId = me.user.id;
  const visible = await sql<{ n: number }>`SELECT count(*)::int AS n FROM person p WHERE EXISTS (
      SELECT 1 FROM household_member hm JOIN case_file cf ON cf.household_id = hm.household_id AND cf.closed_at IS NULL
      WHERE hm.person_id = p.id AND cf.team_id = ANY(${teamIds}::uuid[]))`.execute(db);

  const queries = await searchQueries(db, keys, teamIds, iterations);
  const personIds = await visiblePersonIds(db, teamIds, iterations);
  while (personIds.length < iterations) personIds.push(...personIds.slice(0, iterations - personIds.length));
  // The user's own dossiers, the scored persons in them and their draft intakes.
  const ownHouseholds = await assignedHouseholds(db, userId, memberTeams);
  const scored = await scoredPersons(db, ownHouseholds);
  const drafts = await draftIntakes(db, ownHouseholds);
  const assessed = await assessedPersons(db, ownHouseholds);
  const cycle = <T>(items: readonly T[]) => Array.from({ length: items.length > 0 ? iterations : 0 }, (_, i) => items[i % items.length]!);
  const dossierIds = cycle(ownHouseholds);
  const scoreIds = cycle(scored);
  const draftItems = cycle(drafts);
  const proposalIds = cycle(assessed);
  const draftPrng = new Prng(11);
  const userLine = `${visible.rows[0]!.n} persons visible; professional or coordinator of ${ownHouseholds.length} households, ${scored.length} persons in them with scores, ${drafts.length} draft intakes, ${assessed.length} persons with an assessment of the distance to work`;

  progress(`Signed in as ${benchUser.username} (${benchUser.team_name}, ${userLine}); warming up…`);
  for (let i = 0; i < warmup; i++) {
    await searchViaInject(app, session, queries[i % queries.length]!.q);
    await pageViaInject(app, session, personIds[i % personIds.length]!);
    await rawSearch(keys, teamIds, queries[i % queries.length]!.q).execute(db);
    await rawPersonPage(db, teamIds, personIds[i % personIds.length]!);
    if (dossierIds.length > 0) {
      await get(app, session, `/api/households/${dossierIds[i % dossierIds.length]}/dossier`);
      await rawDossier(db, userId, memberTeams, personTeams, dossierIds[i % dossierIds.length]!);
    }
    if (scoreIds.length > 0) {
      await get(app, session, `/api/persons/${scoreIds[i % scoreIds.length]}/scores`);
      await rawScores(db, memberTeams, scoreIds[i % scoreIds.length]!);
      await get(app, session, `/api/persons/${scoreIds[i % scoreIds.length]}/instrument-finder?hoursPerWeek=16`);
      await rawFinder(db, memberTeams, scoreIds[i % scoreIds.length]!);
    }
    if (proposalIds.length > 0) {
      await proposeViaInject(app, session, proposalIds[i % proposalIds.length]!);
      await rawProposal(db, memberTeams, proposalIds[i % proposalIds.length]!);
    }
    if (drafts.length > 0) {
      const state = drafts[i % drafts.length]!;
      await saveDraftViaInject(app, session, state, varyDraft(draftPrng, state));
    }
  }

  const rows: Row[] = [];
  const hits = new Map<SearchKind, number[]>();

  progress(`person search: ${queries.length} queries`);
  const hitsOf: number[] = new Array(queries.length);
  const search = await measure(queries, concurrency, async (query, i) => {
    const found = await searchViaInject(app!, session, query.q);
    hitsOf[i] = found;
    hits.set(query.kind, [...(hits.get(query.kind) ?? []), found]);
  });
  const rawSearchRun = await measure(queries, 1, async (query) => {
    await rawSearch(keys, teamIds, query.q).execute(db);
  });
  rows.push(row('person search (all kinds)', search, rawSearchRun, 'search'));
  for (const kind of ['name prefix', 'name + given name', 'BSN', 'birth date'] as const) {
    const picked = queries.map((q, i) => [q, i] as const).filter(([q]) => q.kind === kind).map(([, i]) => i);
    if (picked.length === 0) continue;
    const h = hits.get(kind) ?? [];
    const avgHits = h.reduce((a, b) => a + b, 0) / Math.max(1, h.length);
    rows.push(row(`  ${kind} (avg ${avgHits.toFixed(1)} hits)`, subset(search, picked), subset(rawSearchRun, picked)));
  }

  if (!args['no-http']) {
    progress('person search over HTTP (loopback)');
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const httpQueries = queries.slice(0, Math.min(queries.length, 300));
    for (const q of httpQueries.slice(0, 20)) await searchViaHttp(address, session, q);
    const http = await measure(httpQueries, concurrency, (q) => searchViaHttp(address, session, q));
    rows.push(row('person search over HTTP', http, subset(rawSearchRun, httpQueries.map((_, i) => i))));
  }

  progress(`person page: ${personIds.length} persons`);
  const page = await measure(personIds, concurrency, (id) => pageViaInject(app!, session, id));
  const rawPage = await measure(personIds, 1, (id) => rawPersonPage(db, teamIds, id));
  rows.push(row('person page (incl. log write)', page, rawPage, 'page'));

  if (dossierIds.length > 0) {
    progress(`open a dossier: ${dossierIds.length} dossiers (of ${ownHouseholds.length} households)`);
    const dossier = await measure(dossierIds, concurrency, async (id) => {
      await get(app!, session, `/api/households/${id}/dossier`);
    });
    const rawDossierRun = await measure(dossierIds, 1, (id) => rawDossier(db, userId, memberTeams, personTeams, id));
    rows.push(row('open a dossier (incl. log writes)', dossier, rawDossierRun, 'dossier'));
  }
  if (scoreIds.length > 0) {
    progress(`ZRM history: ${scoreIds.length} requests (of ${scored.length} persons)`);
    const history = await measure(scoreIds, concurrency, async (id) => {
      await get(app!, session, `/api/persons/${id}/scores`);
    });
    const rawHistory = await measure(scoreIds, 1, (id) => rawScores(db, memberTeams, id));
    rows.push(row('ZRM history of a person', history, rawHistory, 'scores'));
    const instruments = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM catalogue_instrument`.execute(db)).rows[0]!.n;
    progress(`instrument finder: ${scoreIds.length} requests (catalogue of ${instruments} instruments)`);
    const finder = await measure(scoreIds, concurrency, async (id, i) => {
      await get(app!, session, `/api/persons/${id}/instrument-finder?hoursPerWeek=${8 + (i % 5) * 6}`);
    });
    const rawFinderRun = await measure(scoreIds, 1, (id) => rawFinder(db, memberTeams, id));
    rows.push(row(`instrument finder (${instruments} instruments, incl. log write)`, finder, rawFinderRun, 'finder'));
  }
  if (proposalIds.length > 0) {
    progress(`routing proposal: ${proposalIds.length} proposals (of ${assessed.length} assessed persons)`);
    const proposal = await measure(proposalIds, concurrency, (id) => proposeViaInject(app!, session, id));
    const rawProposalRun = await measure(proposalIds, 1, (id) => rawProposal(db, memberTeams, id));
    rows.push(row('routing proposal (incl. insert and log writes)', proposal, rawProposalRun, 'proposal'));
  }
  if (draftItems.length > 0) {
    progress(`save an intake draft: ${draftItems.length} saves (of ${drafts.length} drafts)`);
    // Saves of one intake follow each other (each names the revision it edited); waiting for
    // the previous save of the same intake (only with --concurrency) is not timed.
    const busy = new Map<string, Promise<void>>();
    const save = await measure(draftItems, concurrency, async (state) => {
      const previous = busy.get(state.id) ?? Promise.resolve();
      let done!: () => void;
      busy.set(state.id, new Promise<void>((resolve) => (done = resolve)));
      await previous;
      try {
        const draft = varyDraft(draftPrng, state);
        const t0 = performance.now();
        await saveDraftViaInject(app!, session, state, draft);
        return performance.now() - t0;
      } finally {
        done();
      }
    });
    const rawSave = await measure(draftItems, 1, async (state) => {
      const draft = varyDraft(draftPrng, state);
      const t0 = performance.now();
      const next = await rawSaveDraft(db, userId, memberTeams, state.id, state.revision, draft);
      const took = performance.now() - t0;
      if (next === null) throw new Error(`raw draft save of ${state.id}: revision conflict`);
      state.revision = next;
      state.draft = draft;
      return took;
    });
    rows.push(row('save an intake draft (incl. log write)', save, rawSave, 'draft'));
  }

  progress(`sign-in: ${signIns} sign-ins (password + TOTP)`);
  const signInSamples: number[] = [];
  for (let i = 0; i < signIns; i++) {
    const username = await pool.take(); // may wait for the next TOTP time step: not timed
    const t0 = performance.now();
    await signIn(app, username);
    signInSamples.push(performance.now() - t0);
  }
  const storedHash = (await db.selectFrom('app_user').select('password_hash').where('username', '=', benchUser.username).executeTakeFirstOrThrow()).password_hash;
  const argonSamples: number[] = [];
  for (let i = 0; i < Math.min(signIns, 20); i++) {
    const t0 = performance.now();
    await verifyPassword(storedHash, benchPassword);
    argonSamples.push(performance.now() - t0);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  rows.push(row('sign-in (login + TOTP)', { samples: signInSamples, wallMs: sum(signInSamples) }, { samples: argonSamples, wallMs: sum(argonSamples) }, undefined, 'argon2id verify'));

  const after = await datasetSize(db);
  const sizeLabel = size.persons >= 50_000 ? 'M' : size.persons >= 5_000 ? 'S' : 'XS';
  const dataset = `${compact(size.persons)}/${compact(size.households)}/${compact(size.logRows)}`;
  const header = ['benchmark', 'engine', 'persons/households/log', 'cores', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'raw p50', 'raw p95', 'ratio', `target p95 (${sizeLabel})`];
  const table = rows.map((r) => [
    r.name, database.engine, dataset, String(cpus().length), String(r.api.iterations),
    ms(r.api.p50), ms(r.api.p95), ms(r.api.p99), r.api.throughput.toFixed(0),
    r.raw ? ms(r.raw.p50) + (r.rawLabel ? '*' : '') : '', r.raw ? ms(r.raw.p95) : '',
    r.raw ? `${(r.api.p50 / r.raw.p50).toFixed(1)}×` : '', target(r, sizeLabel),
  ]);
  console.log(`\nSamenspel benchmark — ${new Date().toISOString()} — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
  console.log(`${database.engine} ${databaseUrl ? redactUrl(databaseUrl) : dataDir}; keys: ${keySource}; concurrency ${concurrency}; warm-up ${warmup}`);
  console.log(`user ${benchUser.username} of ${benchUser.team_name}: ${userLine}\n`);
  console.log(formatTable(header, table));
  console.log(`\nraw = the same SQL run directly with Kysely (no HTTP, session, transaction or log write); ratio = API p50 / raw p50.`);
  console.log(`* for sign-in, raw = one argon2id verification of the stored hash. Sign-in req/s counts complete sign-ins (two requests each).`);
  const slowest = queries.map((q, i) => ({ ...q, api: search.samples[i]!, raw: rawSearchRun.samples[i]!, hits: hitsOf[i]! }))
    .sort((a, b) => b.api - a.api).slice(0, 8);
  console.log(`\nSlowest searches (API ms / raw SQL ms / results):`);
  for (const s of slowest) console.log(`  ${JSON.stringify(s.q).padEnd(24)} ${s.kind.padEnd(18)} ${ms(s.api).padStart(6)} ${ms(s.raw).padStart(6)} ${String(s.hits).padStart(3)}`);
  console.log(`The processing log grew by ${(after.logRows - size.logRows).toLocaleString('en')} rows during this run (search logs one entry per result).`);
} finally {
  await app?.close();
  await database.close();
}

type TargetOf = 'search' | 'page' | 'dossier' | 'scores' | 'draft' | 'finder' | 'proposal';
interface Row { name: string; api: Summary; raw?: Summary; targetOf?: TargetOf; rawLabel?: string }

function row(name: string, api: { samples: number[]; wallMs: number }, raw?: { samples: number[]; wallMs: number }, targetOf?: TargetOf, rawLabel?: string): Row {
  return { name, api: summarise(api.samples, api.wallMs), raw: raw ? summarise(raw.samples, raw.wallMs) : undefined, targetOf, rawLabel };
}

/** The samples at the given indexes, with a wall time in proportion (for per-kind rows). */
function subset(run: { samples: number[]; wallMs: number }, indexes: number[]) {
  const samples = indexes.map((i) => run.samples[i]!);
  const total = run.samples.reduce((a, b) => a + b, 0);
  return { samples, wallMs: run.wallMs * (samples.reduce((a, b) => a + b, 0) / total) };
}

function target(r: Row, sizeLabel: string): string {
  if (!r.targetOf) return '';
  const limit = database.engine === 'postgresql' && sizeLabel === 'M' ? targets[r.targetOf].postgresqlM
    : database.engine === 'pglite' && sizeLabel === 'S' ? targets[r.targetOf].pgliteS : undefined;
  if (limit === undefined) return 'n/a';
  return `≤ ${limit}: ${r.api.p95 <= limit ? 'met' : 'MISSED'}`;
}

/** Every generated user with a TOTP secret, with the last time step each has used. */
async function signInPool(db: Db): Promise<SignInPool> {
  const users = await db.selectFrom('app_user').select(['username', 'totp_last_step'])
    .where('totp_secret_encrypted', 'is not', null).where('disabled_at', 'is', null).orderBy('username').execute();
  return new SignInPool(users);
}

async function get(app: FastifyInstance, s: Session, url: string) {
  const res = await app.inject({ method: 'GET', url, cookies: { [sessionCookie]: s.token } });
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
  return res;
}

async function searchViaInject(app: FastifyInstance, s: Session, q: string): Promise<number> {
  const res = await get(app, s, `/api/persons?q=${encodeURIComponent(q)}`);
  return res.json<{ items: unknown[] }>().items.length;
}

async function pageViaInject(app: FastifyInstance, s: Session, id: string): Promise<void> {
  await get(app, s, `/api/persons/${id}`);
}

/** A new routing proposal from the person's latest assessment, under the configuration in force. */
async function proposeViaInject(app: FastifyInstance, s: Session, personId: string): Promise<void> {
  const res = await app.inject({
    method: 'POST', url: `/api/persons/${personId}/routing-proposals`, cookies: { [sessionCookie]: s.token },
    headers: { 'x-csrf-token': s.csrfToken }, payload: {},
  });
  if (res.statusCode !== 201) throw new Error(`POST /api/persons/${personId}/routing-proposals: ${res.statusCode} ${res.body}`);
}

/** Autosaves a draft and keeps the revision the server returns. */
async function saveDraftViaInject(app: FastifyInstance, s: Session, state: DraftState, draft: IntakeDraft): Promise<void> {
  const res = await app.inject({
    method: 'PUT', url: `/api/intakes/${state.id}/draft`, cookies: { [sessionCookie]: s.token },
    headers: { 'x-csrf-token': s.csrfToken }, payload: { revision: state.revision, draft },
  });
  if (res.statusCode !== 200) throw new Error(`PUT /api/intakes/${state.id}/draft: ${res.statusCode} ${res.body}`);
  state.revision = res.json<{ revision: number }>().revision;
  state.draft = draft;
}

async function searchViaHttp(base: string, s: Session, query: SearchQuery): Promise<void> {
  const res = await fetch(`${base}/api/persons?q=${encodeURIComponent(query.q)}`, { headers: { cookie: `${sessionCookie}=${s.token}` } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`HTTP search: ${res.status}`);
}

async function datasetSize(db: Db) {
  const r = await sql<{ persons: number; households: number; log_rows: number }>`
    SELECT (SELECT count(*) FROM person)::int AS persons, (SELECT count(*) FROM household)::int AS households,
           (SELECT count(*) FROM processing_log)::int AS log_rows`.execute(db);
  const row = r.rows[0]!;
  return { persons: Number(row.persons), households: Number(row.households), logRows: Number(row.log_rows) };
}

function compact(n: number): string {
  return n >= 10_000 ? `${(n / 1000).toFixed(n >= 100_000 ? 0 : 1)}k` : String(n);
}

function ms(x: number): string {
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}
