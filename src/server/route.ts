import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuthContext } from '../auth/auth-context.ts';
import type { AppServices } from './services.ts';
import { HttpError, inLanguage, type FieldIssue } from './errors.ts';
import { requestLanguage } from './language.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Who may call a route at all (the access layer decides about the data itself):
 * - public: anyone;
 * - signing_in: a session that has passed the password but not yet the second factor;
 * - staff: a fully signed-in session (password + TOTP).
 */
export type RouteAuth = 'public' | 'signing_in' | 'staff';

export interface RouteInput<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  req: FastifyRequest;
  reply: FastifyReply;
  services: AppServices;
  /** Present for 'signing_in' and 'staff' routes. */
  auth: AuthContext;
}

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  auth: RouteAuth;
  body?: B;
  query?: Q;
  params?: P;
  /** Documents the 2xx answer in the OpenAPI document. */
  response?: z.ZodType;
  /** Status of a successful answer (default 200; 204 sends no body). */
  status?: number;
  handler: (input: RouteInput<z.output<B>, z.output<Q>, z.output<P>>) => Promise<unknown>;
}

export type AnyRoute = RouteSpec<z.ZodType, z.ZodType, z.ZodType>;

/** Keeps the schema types of one route together; returns the spec unchanged. */
export function route<B extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined>(
  spec: RouteSpec<B, Q, P>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}

const localeErrors = { nl: z.locales.nl().localeError, en: z.locales.en().localeError };

/** The path of the first string holding a NUL character, which PostgreSQL cannot store in text. */
function nulCharacterAt(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulCharacterAt(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function parsePart(schema: z.ZodType | undefined, value: unknown, part: string, req: FastifyRequest): unknown {
  if (!schema) return undefined;
  const nul = nulCharacterAt(value, [part]);
  if (nul) {
    const path = nul.join('.');
    throw new HttpError(400, 'validation_error', {
      nl: `Ongeldige invoer bij ${path}: de tekst bevat een onzichtbaar nul-teken (\\u0000). Verwijder het.`,
      en: `Invalid input at ${path}: the text contains an invisible NUL character (\\u0000). Remove it.`,
    }, [{ path, message: { nl: 'Bevat een nul-teken (\\u0000)', en: 'Contains a NUL character (\\u0000)' } }]);
  }
  const lang = requestLanguage(req);
  const result = schema.safeParse(value, { error: localeErrors[lang] });
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].join('.'),
    message: inLanguage(issue.message, lang),
  }));
  const first = issues[0]!;
  throw new HttpError(400, 'validation_error', {
    nl: `Ongeldige invoer bij ${first.path}: ${first.message as string}`,
    en: `Invalid input at ${first.path}: ${first.message as string}`,
  }, issues);
}

export function registerRoutes(app: FastifyInstance, services: AppServices, routes: AnyRoute[]): void {
  for (const spec of routes) {
    app.route({
      method: spec.method,
      url: spec.url,
      config: { auth: spec.auth },
      handler: async (req, reply) => {
        const input = {
          params: parsePart(spec.params, req.params, 'params', req),
          query: parsePart(spec.query, req.query, 'query', req),
          body: parsePart(spec.body, req.body ?? (spec.body ? {} : undefined), 'body', req),
          req,
          reply,
          services,
          auth: req.auth as AuthContext,
        };
        const result = await spec.handler(input as never);
        if (spec.status === 204) return reply.code(204).send();
        return reply.code(spec.status ?? 200).send(result);
      },
    });
  }
}
