import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { traceFromHeader, traceparent, type TraceContext } from '../processing-log/trace.ts';
import { HttpError, unauthorized } from '../server/errors.ts';
import type { RouteAuth } from '../server/route.ts';
import type { AppServices } from '../server/services.ts';
import type { AuthContext } from './auth-context.ts';
import { logAuthEvent } from './auth-log.ts';
import { resolveSession, sessionCookie, touchSession } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    trace: TraceContext;
  }
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Resolves the session of every API request and enforces the route's auth level and CSRF. */
export function installAuthHook(app: FastifyInstance, services: AppServices): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('trace', null as unknown as TraceContext);

  app.addHook('onRequest', async (req, reply) => {
    req.trace = traceFromHeader(req.headers.traceparent);
    reply.header('traceparent', traceparent(req.trace));
    const level = req.routeOptions.config.auth;
    if (!level) return; // static files, health
    const token = req.cookies[sessionCookie];
    const found = token ? await resolveSession(services.database.db, services.config, token) : null;
    if (found && 'expired' in found) {
      await logAuthEvent(services, req, found.userId, 'auth.session_expired', 'allowed', { reason: found.expired, sessionId: found.sessionId });
    }
    const session = found && !('expired' in found) ? found : null;
    if (session) {
      await touchSession(services.database.db, session);
      req.auth = {
        sessionId: session.sessionId, stage: session.stage, csrfToken: session.csrfToken,
        actor: {
          userId: session.user.id, username: session.user.username, displayName: session.user.displayName,
          systemRoles: session.user.systemRoles, memberships: session.memberships, trace: req.trace,
        },
      };
    }
    if (!safeMethods.has(req.method)) checkOrigin(req, services.config.publicUrl);
    if (level === 'public') return;
    if (!req.auth) throw unauthorized();
    if (level === 'staff' && req.auth.stage !== 'complete') {
      throw unauthorized({ nl: 'Rond eerst het aanmelden af met uw tweede factor.', en: 'Complete signing in with your second factor first.' });
    }
    if (!safeMethods.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, req.auth.csrfToken)) {
        throw new HttpError(403, 'csrf_token_invalid', {
          nl: 'Het beveiligingstoken (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw.',
          en: 'The security token (CSRF) is missing or wrong. Reload the page.',
        });
      }
    }
  });
}

/** A browser always sends Origin on cross-site writes; refuse any that is not our own. */
function checkOrigin(req: FastifyRequest, publicUrl: string): void {
  const origin = req.headers.origin;
  if (!origin) return;
  const host = req.headers.host;
  const own = new Set([new URL(publicUrl).origin, `http://${host}`, `https://${host}`]);
  if (!own.has(origin)) {
    throw new HttpError(403, 'origin_refused', {
      nl: 'Dit verzoek komt van een andere website en is geweigerd.',
      en: 'This request comes from another website and was refused.',
    });
  }
}
