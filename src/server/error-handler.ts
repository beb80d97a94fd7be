import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError, inLanguage, type Message } from './errors.ts';
import { requestLanguage } from './language.ts';

interface PgError { code?: string; constraint?: string }

/** Database refusals that user input can cause, as answers a person can act on. */
function fromDatabase(error: PgError): HttpError | null {
  const which = error.constraint ? ` (${error.constraint})` : '';
  const table: Record<string, [number, string, Message]> = {
    '23505': [409, 'already_exists', { nl: `Dit bestaat al${which}. Kies een andere naam of waarde.`, en: `This already exists${which}. Choose another name or value.` }],
    '23503': [422, 'unknown_reference', { nl: `Een verwijzing klopt niet: het genoemde item bestaat niet${which}.`, en: `A reference is wrong: the item referred to does not exist${which}.` }],
    '23514': [422, 'rule_violated', { nl: `De invoer voldoet niet aan een regel${which}.`, en: `The input breaks a rule${which}.` }],
    '22001': [400, 'too_long', { nl: 'Een van de waarden is te lang.', en: 'One of the values is too long.' }],
    '22021': [400, 'invalid_text', { nl: 'Een tekst bevat een teken dat niet opgeslagen kan worden.', en: 'A text contains a character that cannot be stored.' }],
    '22P05': [400, 'invalid_text', { nl: 'Een tekst bevat een teken dat niet opgeslagen kan worden.', en: 'A text contains a character that cannot be stored.' }],
    '22007': [400, 'invalid_date', { nl: 'Een datum is ongeldig.', en: 'A date is invalid.' }],
    '22008': [400, 'invalid_date', { nl: 'Een datum valt buiten het bereik.', en: 'A date is out of range.' }],
  };
  const hit = error.code ? table[error.code] : undefined;
  return hit ? new HttpError(hit[0], hit[1], hit[2]) : null;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & PgError, req, reply) => {
    const lang = requestLanguage(req);
    let known = error instanceof HttpError ? error : fromDatabase(error);
    if (!known && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own refusals: malformed JSON, wrong content type, body too large …
      const messages: Record<string, Message> = {
        FST_ERR_CTP_INVALID_JSON_BODY: { nl: 'De inhoud is geen geldige JSON.', en: 'The body is not valid JSON.' },
        FST_ERR_CTP_EMPTY_JSON_BODY: { nl: 'De inhoud is leeg maar moet JSON zijn.', en: 'The body is empty but must be JSON.' },
        FST_ERR_CTP_BODY_TOO_LARGE: { nl: 'De inhoud is te groot.', en: 'The body is too large.' },
        FST_ERR_CTP_INVALID_MEDIA_TYPE: { nl: 'Stuur de inhoud als application/json.', en: 'Send the body as application/json.' },
      };
      const text = messages[error.code] ?? { nl: `Het verzoek is ongeldig: ${error.message}`, en: `The request is invalid: ${error.message}` };
      known = new HttpError(error.statusCode, 'bad_request', text);
    }
    if (known) {
      if (known.status === 429 && typeof known.extra?.retryAfterSeconds === 'number') reply.header('retry-after', String(known.extra.retryAfterSeconds));
      return reply.code(known.status).send({
        error: known.code, message: known.text[lang], ...(known.issues ? { issues: known.issues.map((i) => ({ path: i.path, message: inLanguage(i.message, lang) })) } : {}), ...(known.extra ?? {}),
      });
    }
    req.log.error({ err: { type: error.name, code: error.code, stack: error.stack } }, 'unhandled error');
    return reply.code(500).send({
      error: 'internal_error',
      message: lang === 'en'
        ? `Something went wrong on our side. Nothing was saved. Reference: ${req.trace?.traceId ?? req.id}`
        : `Er ging iets mis aan onze kant. Er is niets opgeslagen. Kenmerk: ${req.trace?.traceId ?? req.id}`,
    });
  });
}
