import type { PGlite } from '@electric-sql/pglite';

/**
 * Presents the one in-process PGlite instance as a `pg`-style pool for Kysely's
 * PostgresDialect. PGlite has a single connection, so `connect()` hands it to one
 * holder at a time; the others wait in a queue (a transaction keeps it until release).
 */
export function pglitePool(pglite: PGlite) {
  let tail: Promise<void> = Promise.resolve();

  /** Waits for the connection; the caller must call the returned release. */
  async function takeTurn(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => turn);
    await previous;
    return release;
  }

  /** Without parameters, the simple protocol (as pg does): several statements, all their rows. */
  async function run(text: string, params: readonly unknown[]) {
    if (params.length > 0) return pglite.query(text, params as unknown[], { rowMode: 'object' });
    const results = await pglite.exec(text);
    return { rows: results.flatMap((r) => r.rows), affectedRows: results.at(-1)?.affectedRows ?? 0 };
  }

  const connection = {
    async query(text: string, params: readonly unknown[] = []) {
      const result = await run(text, params);
      const command = text.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? '';
      return { rows: result.rows, rowCount: result.affectedRows ?? 0, command };
    },
  };

  return {
    async connect() {
      const release = await takeTurn();
      return { ...connection, release };
    },
    /** One statement (or several) outside Kysely, in the same queue. */
    async executeRaw(text: string, values: readonly unknown[]) {
      const release = await takeTurn();
      try {
        return { rows: (await run(text, values)).rows };
      } finally {
        release();
      }
    },
    async end() {},
  };
}
