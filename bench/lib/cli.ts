import { resolve } from 'node:path';
import type { Size } from './dataset.ts';

export function parseSize(value: string | undefined): Size {
  const size = (value ?? 'S').toUpperCase();
  if (size !== 'XS' && size !== 'S' && size !== 'M') throw new Error(`--size must be S or M (or XS for a quick try), not ${value}`);
  return size;
}

/** The embedded database of a bench size, unless --data-dir says otherwise (.bench-data/ is git-ignored). */
export function defaultDataDir(size: Size): string {
  return resolve(`.bench-data/pglite-${size}`);
}

export function elapsed(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Shows a connection string without its password. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
