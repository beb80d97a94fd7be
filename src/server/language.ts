import type { FastifyRequest } from 'fastify';
import type { Message } from './errors.ts';

export type Language = 'nl' | 'en';

/** Dutch unless the client asks for English first. */
export function requestLanguage(req: FastifyRequest): Language {
  const header = req.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'nl';
}

export const say = (req: FastifyRequest, message: Message) => message[requestLanguage(req)];
