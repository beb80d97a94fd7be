import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { installAuthHook } from '../auth/auth-hook.ts';
import { authRoutes } from '../auth/auth-routes.ts';
import { caseViewRoutes } from '../case-view/case-view-routes.ts';
import { catalogueRoutes } from '../catalogue/catalogue-routes.ts';
import type { Config } from '../config/config.ts';
import type { SecretKeys } from '../crypto/keys.ts';
import type { Database } from '../db/database.ts';
import { configurationRoutes } from '../configuration/configuration-routes.ts';
import { consentRoutes } from '../consent/consent-routes.ts';
import { dossierRoutes, networkRoutes } from '../households/dossier-routes.ts';
import { emergencyRoutes } from '../emergency/emergency-routes.ts';
import { householdRoutes } from '../households/household-routes.ts';
import { intakeRoutes } from '../intakes/intake-routes.ts';
import { notificationRoutes } from '../notifications/notification-routes.ts';
import { registrationRoutes } from '../registrations/registration-routes.ts';
import { municipalityRoutes } from '../organisation/municipality-routes.ts';
import { teamRoutes } from '../organisation/team-routes.ts';
import { userRoutes } from '../organisation/user-routes.ts';
import { personRoutes } from '../persons/person-routes.ts';
import { planRoutes } from '../plans/plan-routes.ts';
import { privacyRoutes } from '../privacy/privacy-routes.ts';
import { retentionRoutes } from '../privacy/retention-routes.ts';
import { subjectRightsRoutes } from '../privacy/subject-rights-routes.ts';
import { presetRoutes } from '../presets/preset-routes.ts';
import { trajectoryRoutes } from '../trajectories/trajectory-routes.ts';
import { upscalingRoutes } from '../upscaling/upscaling-routes.ts';
import { workGuidanceRoutes } from '../work-guidance/work-guidance-routes.ts';
import { installErrorHandler } from './error-handler.ts';
import { HttpError } from './errors.ts';
import { requestLanguage } from './language.ts';
import { openApiDocument } from './openapi.ts';
import { registerRoutes, route, type AnyRoute } from './route.ts';
import type { AppServices } from './services.ts';

export const uiDir = fileURLToPath(new URL('../../dist/ui/', import.meta.url));

export interface AppOptions {
  database: Database;
  keys: SecretKeys;
  config: Config;
  /** pino level; 'silent' in tests. */
  logLevel?: string;
  /** Where operational log lines go (stdout by default). */
  logDestination?: pino.DestinationStream;
}

/**
 * Operational log: no personal data. URLs lose their query string (search terms may be
 * names or BSNs), and cookies and tokens are never written.
 */
function operationalLogger(level: string, destination?: pino.DestinationStream) {
  return pino({
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  }, destination);
}

export function allRoutes(): AnyRoute[] {
  return [
    ...authRoutes, ...municipalityRoutes, ...teamRoutes, ...userRoutes, ...personRoutes, ...householdRoutes,
    ...registrationRoutes, ...dossierRoutes, ...networkRoutes, ...intakeRoutes, ...planRoutes, ...notificationRoutes, ...privacyRoutes,
    ...subjectRightsRoutes, ...retentionRoutes, ...consentRoutes, ...configurationRoutes, ...presetRoutes, ...upscalingRoutes,
    ...emergencyRoutes, ...caseViewRoutes, ...catalogueRoutes, ...trajectoryRoutes, ...workGuidanceRoutes,
  ];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const log = operationalLogger(options.logLevel ?? 'info', options.logDestination);
  const app = Fastify({
    loggerInstance: log, bodyLimit: 1024 * 1024, trustProxy: false,
    // A URL that cannot even be decoded never reaches the hooks: answer it here, in our format, with our headers.
    frameworkErrors: (_error, req, rawReply) => {
      const reply = rawReply as unknown as FastifyReply;
      reply.code(400).headers({
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'", 'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer', 'cache-control': 'no-store',
      }).send({
        error: 'bad_request',
        message: requestLanguage(req as unknown as FastifyRequest) === 'en' ? 'The address (URL) is not valid.' : 'Het adres (URL) is ongeldig.',
      });
    },
  }) as unknown as FastifyInstance;
  const services: AppServices = { database: options.database, keys: options.keys, config: options.config, log };

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'], connectSrc: ["'self'"], frameAncestors: ["'none'"], formAction: ["'self'"], objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: options.config.publicUrl.startsWith('https:') ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  installErrorHandler(app);
  installAuthHook(app, services);

  const routes = [
    ...allRoutes(),
    route({
      method: 'GET', url: '/api/health', tag: 'system', auth: 'public', summary: 'Liveness and database engine',
      handler: async () => {
        await options.database.db.selectFrom('processing_log_head').select('id').execute();
        return { status: 'ok', database: options.database.engine, version: options.config.version };
      },
    }),
  ];
  const document = openApiDocument([...routes, route({ method: 'GET', url: '/api/openapi.json', tag: 'system', auth: 'public', summary: 'This OpenAPI 3.1 document', handler: async () => ({}) })], options.config.version);
  routes.push(route({ method: 'GET', url: '/api/openapi.json', tag: 'system', auth: 'public', summary: 'This OpenAPI 3.1 document', handler: async () => document }));
  registerRoutes(app, services, routes);

  if (existsSync(uiDir)) {
    await app.register(fastifyStatic, { root: uiDir, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler(async (req, reply) => {
    // Unknown API paths and missing assets are real 404s; any other page is the UI's own route.
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || req.method !== 'GET' || !existsSync(`${uiDir}/index.html`)) {
      throw new HttpError(404, 'not_found', { nl: 'Deze pagina of dit adres bestaat niet.', en: 'This page or address does not exist.' });
    }
    return reply.type('text/html').sendFile('index.html', uiDir); // the UI's own router takes over
  });
  return app;
}
