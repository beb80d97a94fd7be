/**
 * Runs SQL against a bench database and prints the rows, e.g. to EXPLAIN ANALYZE a query:
 *
 *   node bench/query.ts [--database-url postgres://… | --data-dir path | --size S] "EXPLAIN ANALYZE SELECT …" …
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';
import { defaultDataDir, parseSize } from './lib/cli.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { size: { type: 'string', default: 'S' }, 'database-url': { type: 'string' }, 'data-dir': { type: 'string' } },
});
const databaseUrl = args['database-url'];
const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: args['data-dir'] ?? defaultDataDir(parseSize(args.size)) });
try {
  for (const text of positionals) {
    const result = await sql.raw(text).execute(database.db);
    const rows = result.rows as Record<string, unknown>[];
    if (rows.length > 0 && Object.keys(rows[0]).length === 1 && Object.keys(rows[0])[0] === 'QUERY PLAN') {
      console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
    } else {
      console.table(rows);
    }
  }
} finally {
  await database.close();
}
