import type { PGlite } from '@electric-sql/pglite';

/**
 * Presents the one in-process PGlite instance as a `pg`-style pool for Kysely's
 * PostgresDialect. PGlite has a single connection, so `connect()` hands it to one
 * holder at a time; the others wait in a queue (a transaction keeps it until release).
 */
export function pglitePool(pglite: PGlite) {
  let tail: Promise<void> = Promise.resolve();

  const connection = {
    async query(text: string, params: readonly unknown[] = []) {
      // Without parameters, use the simple protocol (as pg does): it allows several statements.
      const result = params.length === 0
        ? (await pglite.exec(text)).at(-1) ?? { rows: [], affectedRows: 0 }
        : await pglite.query(text, params as unknown[], { rowMode: 'object' });
      const command = text.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? '';
      return { rows: result.rows, rowCount: result.affectedRows ?? 0, command };
    },
    release() {},
  };

  return {
    async connect() {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => (release = resolve));
      const previous = tail;
      tail = previous.then(() => turn);
      await previous;
      return { ...connection, release };
    },
    async end() {},
  };
}
