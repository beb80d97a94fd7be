/**
 * Errors a route may throw; the error handler turns them into
 * `{ error, message, issues? }` with the status code. Messages come in Dutch and English.
 */
export interface Message { nl: string; en: string }

export interface FieldIssue { path: string; message: string | Message }

/**
 * A validation message in both languages, for zod schemas (which carry a string):
 * encoded here, chosen by the request's language when the error is answered.
 */
export const bilingual = (nl: string, en: string): string => JSON.stringify({ nl, en });

export function inLanguage(message: string | Message, lang: 'nl' | 'en'): string {
  if (typeof message !== 'string') return message[lang];
  if (message.startsWith('{"nl":')) {
    try {
      return (JSON.parse(message) as Message)[lang];
    } catch { /* an ordinary message that happens to look like JSON */ }
  }
  return message;
}

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: Message;
  readonly issues: FieldIssue[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
  constructor(status: number, code: string, text: Message, issues?: FieldIssue[], extra?: Record<string, unknown>) {
    super(text.en);
    this.status = status;
    this.code = code;
    this.text = text;
    this.issues = issues;
    this.extra = extra;
  }
}

export const notFound = (what: Message = { nl: 'Niet gevonden, of u heeft er geen toegang toe.', en: 'Not found, or you have no access to it.' }) =>
  new HttpError(404, 'not_found', what);

export const forbidden = (what: Message = { nl: 'U mag deze handeling niet uitvoeren.', en: 'You are not allowed to do this.' }) =>
  new HttpError(403, 'forbidden', what);

export const unauthorized = (what: Message = { nl: 'U bent niet (meer) aangemeld. Meld u opnieuw aan.', en: 'You are not signed in (any more). Please sign in again.' }) =>
  new HttpError(401, 'unauthorized', what);

export const conflict = (what: Message, issues?: FieldIssue[]) => new HttpError(409, 'conflict', what, issues);

export const invalid = (what: Message, issues?: FieldIssue[]) => new HttpError(400, 'validation_error', what, issues);
