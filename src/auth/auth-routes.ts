import type { FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { decryptField, encryptField } from '../crypto/field-encryption.ts';
import { bilingual, HttpError, notFound } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import type { AppServices } from '../server/services.ts';
import type { AuthContext } from './auth-context.ts';
import { logAuthEvent } from './auth-log.ts';
import { timingDummyHash, verifyPassword } from './passwords.ts';
import { advanceSession, createSession, endSession, listActiveSessions, sessionCookie, type NewSession } from './sessions.ts';
import { clearFailures, ipKey, lockedFor, recordFailure, userKey } from './throttle.ts';
import { matchingStep, newTotpSecret, otpauthUri } from './totp.ts';

function setSessionCookie(reply: FastifyReply, services: AppServices, session: NewSession) {
  reply.setCookie(sessionCookie, session.token, {
    path: '/', httpOnly: true, sameSite: 'strict', secure: services.config.publicUrl.startsWith('https:'),
  });
}

function lockedError(seconds: number) {
  const minutes = Math.ceil(seconds / 60);
  return new HttpError(429, 'locked', {
    nl: `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    en: `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  }, undefined, { retryAfterSeconds: seconds });
}

const wrongCode = () => new HttpError(400, 'invalid_code', {
  nl: 'Deze code klopt niet of is al gebruikt. Wacht op de volgende code in uw app en probeer opnieuw.',
  en: 'This code is wrong or was already used. Wait for the next code in your app and try again.',
}, [{ path: 'body.code', message: { nl: 'Onjuiste code', en: 'Wrong code' } }]);

function requireStage(auth: AuthContext, stage: AuthContext['stage']) {
  if (auth.stage !== stage) {
    throw new HttpError(409, 'wrong_stage', { nl: 'Deze stap van het aanmelden is nu niet aan de orde.', en: 'This sign-in step does not apply now.' });
  }
}

const codeBody = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, bilingual('Voer de 6 cijfers uit uw authenticator-app in.', 'Enter the 6 digits from your authenticator app.')) });

async function acceptCode(services: AppServices, req: FastifyRequest, auth: AuthContext, secret: string, code: string, event: string) {
  const { db } = services.database;
  const userId = auth.actor.userId;
  const locked = await lockedFor(db, [userKey(auth.actor.username)]);
  if (locked > 0) {
    await logAuthEvent(services, req, userId, event, 'denied', { reason: 'locked' });
    throw lockedError(locked);
  }
  const step = matchingStep(secret, code);
  // Each code once: the step must be newer than the last accepted one (atomic across instances).
  const accepted = step !== null && (await db.updateTable('app_user').set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst()).numUpdatedRows > 0n;
  if (!accepted) {
    await recordFailure(db, services.config, userKey(auth.actor.username), services.config.lockout.maxUserFailures);
    await logAuthEvent(services, req, userId, event, 'denied', { reason: step === null ? 'wrong_code' : 'code_reused' });
    throw wrongCode();
  }
  await clearFailures(db, userKey(auth.actor.username));
}

/** The second factor is accepted: the session becomes complete under a new token. */
async function completeSignIn(services: AppServices, req: FastifyRequest, reply: FastifyReply, auth: AuthContext, event: string) {
  const session = await advanceSession(services.database.db, services.config, auth.sessionId, 'complete');
  setSessionCookie(reply, services, session);
  await logAuthEvent(services, req, auth.actor.userId, event, 'allowed');
  return { stage: 'complete' as const, csrfToken: session.csrfToken };
}

const signedIn = z.object({ stage: z.literal('complete'), csrfToken: z.string() });

export const authRoutes: AnyRoute[] = [
  route({
    method: 'POST', url: '/api/auth/login', tag: 'auth', auth: 'public',
    summary: 'Sign in with username and password; the answer says which second-factor step follows',
    body: z.strictObject({
      username: z.string().trim().min(1).max(100).describe('Gebruikersnaam'),
      password: z.string().min(1).max(1024).describe('Wachtwoord'),
    }),
    response: z.object({ stage: z.enum(['totp', 'totp_enrolment']), csrfToken: z.string() }),
    handler: async ({ body, req, reply, services }) => {
      const { db } = services.database;
      const { config } = services;
      const keys = [userKey(body.username), ipKey(req.ip)];
      const locked = await lockedFor(db, keys);
      if (locked > 0) {
        await logAuthEvent(services, req, null, 'auth.login', 'denied', { reason: 'locked' });
        throw lockedError(locked);
      }
      const user = await db.selectFrom('app_user').select(['id', 'password_hash', 'totp_secret_encrypted', 'disabled_at'])
        .where('username', '=', body.username.toLowerCase()).executeTakeFirst();
      const passwordOk = await verifyPassword(user?.password_hash ?? (await timingDummyHash()), body.password);
      if (!user || !passwordOk || user.disabled_at) {
        await recordFailure(db, config, keys[0]!, config.lockout.maxUserFailures);
        await recordFailure(db, config, keys[1]!, config.lockout.maxIpFailures);
        await logAuthEvent(services, req, user?.id ?? null, 'auth.login', 'denied', {
          reason: !user ? 'unknown_user' : user.disabled_at ? 'disabled' : 'wrong_password',
        });
        throw new HttpError(401, 'invalid_credentials', {
          nl: 'Gebruikersnaam of wachtwoord onjuist.', en: 'Wrong username or password.',
        });
      }
      const stage = user.totp_secret_encrypted ? 'totp' : 'totp_enrolment';
      const session = await createSession(db, config, user.id, stage, { ip: req.ip, userAgent: req.headers['user-agent'] });
      setSessionCookie(reply, services, session);
      await logAuthEvent(services, req, user.id, 'auth.password', 'allowed', { next: stage });
      return { stage, csrfToken: session.csrfToken };
    },
  }),
  route({
    method: 'GET', url: '/api/auth/totp/enrolment', tag: 'auth', auth: 'signing_in',
    summary: 'The new TOTP secret to enrol, as text, otpauth URI and QR code (SVG)',
    response: z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() }),
    handler: async ({ auth, services }) => {
      requireStage(auth, 'totp_enrolment');
      const { db } = services.database;
      const user = await db.selectFrom('app_user').select(['totp_pending_encrypted']).where('id', '=', auth.actor.userId).executeTakeFirstOrThrow();
      let secret = user.totp_pending_encrypted ? decryptField(services.keys, user.totp_pending_encrypted) : null;
      if (!secret) {
        secret = newTotpSecret();
        await db.updateTable('app_user').set({ totp_pending_encrypted: encryptField(services.keys, secret) }).where('id', '=', auth.actor.userId).execute();
      }
      const uri = otpauthUri(secret, auth.actor.username);
      const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { secret, otpauthUri: uri, qrSvg };
    },
  }),
  route({
    method: 'POST', url: '/api/auth/totp/enrol', tag: 'auth', auth: 'signing_in',
    summary: 'Confirm TOTP enrolment with a first code; completes sign-in with a new session token',
    body: codeBody,
    response: signedIn,
    handler: async ({ auth, body, req, reply, services }) => {
      requireStage(auth, 'totp_enrolment');
      const { db } = services.database;
      const user = await db.selectFrom('app_user').select(['totp_pending_encrypted']).where('id', '=', auth.actor.userId).executeTakeFirstOrThrow();
      if (!user.totp_pending_encrypted) {
        throw new HttpError(409, 'no_enrolment', { nl: 'Vraag eerst de QR-code op.', en: 'Request the QR code first.' });
      }
      await acceptCode(services, req, auth, decryptField(services.keys, user.totp_pending_encrypted), body.code, 'auth.totp_enrol');
      await db.updateTable('app_user').set({ totp_secret_encrypted: user.totp_pending_encrypted, totp_pending_encrypted: null })
        .where('id', '=', auth.actor.userId).execute();
      return completeSignIn(services, req, reply, auth, 'auth.totp_enrol');
    },
  }),
  route({
    method: 'POST', url: '/api/auth/totp', tag: 'auth', auth: 'signing_in',
    summary: 'Second factor: a TOTP code (each code works once); completes sign-in with a new session token',
    body: codeBody,
    response: signedIn,
    handler: async ({ auth, body, req, reply, services }) => {
      requireStage(auth, 'totp');
      const { db } = services.database;
      const user = await db.selectFrom('app_user').select(['totp_secret_encrypted']).where('id', '=', auth.actor.userId).executeTakeFirstOrThrow();
      await acceptCode(services, req, auth, decryptField(services.keys, user.totp_secret_encrypted!), body.code, 'auth.totp');
      return completeSignIn(services, req, reply, auth, 'auth.totp');
    },
  }),
  route({
    method: 'GET', url: '/api/auth/me', tag: 'auth', auth: 'signing_in',
    summary: 'The signed-in user, their teams, the sign-in stage and the CSRF token',
    handler: async ({ auth }) => ({
      stage: auth.stage,
      csrfToken: auth.csrfToken,
      user: {
        id: auth.actor.userId, username: auth.actor.username, displayName: auth.actor.displayName,
        systemRoles: auth.actor.systemRoles,
        teams: auth.actor.memberships.map((m) => ({ id: m.teamId, name: m.teamName, kind: m.teamKind, role: m.role, professionalRole: m.professionalRole })),
      },
    }),
  }),
  route({
    method: 'POST', url: '/api/auth/logout', tag: 'auth', auth: 'signing_in', status: 204,
    summary: 'Sign out: ends this session',
    handler: async ({ auth, req, reply, services }) => {
      await endSession(services.database.db, auth.sessionId, 'logout');
      reply.clearCookie(sessionCookie, { path: '/' });
      await logAuthEvent(services, req, auth.actor.userId, 'auth.logout', 'allowed');
    },
  }),
  route({
    method: 'GET', url: '/api/auth/sessions', tag: 'auth', auth: 'staff',
    summary: 'My active sessions',
    handler: async ({ auth, services }) => ({
      items: (await listActiveSessions(services.database.db, services.config, auth.actor.userId)).map((s) => ({
        id: s.id, createdAt: s.created_at, lastSeenAt: s.last_seen_at, expiresAt: s.expires_at,
        clientIp: s.client_ip, userAgent: s.user_agent, current: s.id === auth.sessionId,
      })),
    }),
  }),
  route({
    method: 'DELETE', url: '/api/auth/sessions/:id', tag: 'auth', auth: 'staff', status: 204,
    summary: 'End one of my sessions',
    params: z.strictObject({ id: z.uuid() }),
    handler: async ({ auth, params, req, services }) => {
      const { db } = services.database;
      const own = await db.selectFrom('auth_session').select('id').where('id', '=', params.id).where('user_id', '=', auth.actor.userId).executeTakeFirst();
      if (!own || !(await endSession(db, params.id, 'ended_by_user'))) throw notFound();
      await logAuthEvent(services, req, auth.actor.userId, 'auth.session_end', 'allowed', { sessionId: params.id });
    },
  }),
];
