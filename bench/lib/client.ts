import type { FastifyInstance } from 'fastify';
import { sessionCookie } from '../../src/auth/sessions.ts';
import { timeStep, totpCode } from '../../src/auth/totp.ts';
import { benchPassword, benchTotpSecret } from './bench-keys.ts';

export interface Session {
  username: string;
  token: string;
  csrfToken: string;
}

function sessionToken(res: { cookies: Array<{ name: string; value: string }> }): string {
  const cookie = res.cookies.find((c) => c.name === sessionCookie);
  if (!cookie) throw new Error('No session cookie in the answer');
  return cookie.value;
}

/**
 * Signs in through the real API: password, then a TOTP code computed from the user's
 * known secret. A code is accepted once per user and time step, so callers must not sign
 * the same user in twice within 30 seconds (see SignInPool).
 */
export async function signIn(app: FastifyInstance, username: string): Promise<Session> {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: benchPassword } });
  if (login.statusCode !== 200) throw new Error(`Sign-in of ${username} failed: ${login.statusCode} ${login.body}`);
  const { csrfToken } = login.json<{ stage: string; csrfToken: string }>();
  const totp = await app.inject({
    method: 'POST', url: '/api/auth/totp',
    cookies: { [sessionCookie]: sessionToken(login) },
    headers: { 'x-csrf-token': csrfToken },
    payload: { code: totpCode(benchTotpSecret(username)) },
  });
  if (totp.statusCode !== 200) throw new Error(`TOTP step of ${username} failed: ${totp.statusCode} ${totp.body}`);
  return { username, token: sessionToken(totp), csrfToken: totp.json<{ csrfToken: string }>().csrfToken };
}

/**
 * Hands out users in turn, never one whose code for the current time step was already
 * used (by this run, or by an earlier run: the database's totp_last_step says).
 */
export class SignInPool {
  readonly #usernames: readonly string[];
  readonly #lastStep: Map<string, number>;
  #next = 0;

  constructor(users: ReadonlyArray<{ username: string; totp_last_step: number | null }>) {
    if (users.length === 0) throw new Error('No users with a TOTP secret to sign in with');
    this.#usernames = users.map((u) => u.username);
    this.#lastStep = new Map(users.map((u) => [u.username, Number(u.totp_last_step ?? -1)]));
  }

  /**
   * The next user that may sign in now (or the given one), marked as using this step;
   * waits for the next time step when none may.
   */
  async take(only?: string): Promise<string> {
    const candidates = only ? [only] : this.#usernames;
    for (;;) {
      const now = timeStep();
      for (let tried = 0; tried < candidates.length; tried++) {
        const username = only ?? this.#usernames[this.#next]!;
        if (!only) this.#next = (this.#next + 1) % this.#usernames.length;
        if ((this.#lastStep.get(username) ?? -1) < now) {
          this.#lastStep.set(username, now);
          return username;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 50));
    }
  }

  /** Whether take(username) would have to wait for the next time step. */
  mustWait(username: string): boolean {
    return (this.#lastStep.get(username) ?? -1) >= timeStep();
  }
}
