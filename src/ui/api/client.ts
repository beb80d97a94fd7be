/**
 * Thin fetch wrapper for the Samenspel API (same-origin `/api`, cookie session).
 *
 * - sends `Accept-Language` with the current UI language on every call;
 * - sends `X-CSRF-Token` on every state-changing call (except the login itself);
 * - remembers the newest `csrfToken` seen in any response body;
 * - turns error responses into {@link ApiError} carrying the server's message and field issues;
 * - reports 401 responses to a handler (the app redirects to the sign-in page).
 */
import { dictionaries, format, type Language } from '../i18n/messages.ts';

export interface ApiIssue {
  /** Field path without the request part, e.g. "address.postcode". */
  path: string;
  message: string;
  /** The request part the server named: "body", "query" or "params". */
  part?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  readonly retryAfterSeconds: number | undefined;
  /** The whole error body, for answers that carry more (e.g. both versions of a 409 revision conflict). */
  readonly body: Record<string, unknown>;

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = [], retryAfterSeconds?: number, body: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.retryAfterSeconds = retryAfterSeconds;
    this.body = body;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** 404, or a malformed id in the address (which the server rejects as invalid "params"). */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || (error.status === 400 && error.issues.some((i) => i.part === 'params')));
}

let language: Language = 'nl';
let csrfToken: string | null = null;
let unauthorizedHandler: ((error: ApiError) => void) | null = null;

export function setClientLanguage(lang: Language): void {
  language = lang;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function onUnauthorized(handler: ((error: ApiError) => void) | null): void {
  unauthorizedHandler = handler;
}

export interface RequestOptions {
  /** Do not call the 401 handler (sign-in flow calls handle 401 themselves). */
  skipAuthRedirect?: boolean;
  /** Do not send the CSRF header (only for POST /api/auth/login). */
  skipCsrf?: boolean;
  signal?: AbortSignal;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function parseIssues(value: unknown): ApiIssue[] {
  if (!Array.isArray(value)) return [];
  const issues: ApiIssue[] = [];
  for (const item of value) {
    if (item && typeof item === 'object') {
      const rawPath = (item as { path?: unknown }).path;
      const message = (item as { message?: unknown }).message;
      const full = Array.isArray(rawPath) ? rawPath.join('.') : typeof rawPath === 'string' ? rawPath : '';
      // The server prefixes paths with the request part ("body.address.postcode"); fields use the rest.
      const match = /^(body|query|params)(?:\.|$)/.exec(full);
      const path = match ? full.slice(match[0].length) : full;
      if (typeof message === 'string') issues.push({ path, message, part: match?.[1] });
    }
  }
  return issues;
}

export async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && !options.skipCsrf && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', dictionaries[language]['error.network']);
  }

  let data: unknown = undefined;
  if (response.status !== 204) {
    const text = await response.text();
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = undefined;
      }
    }
  }

  if (data && typeof data === 'object' && typeof (data as { csrfToken?: unknown }).csrfToken === 'string') {
    csrfToken = (data as { csrfToken: string }).csrfToken;
  }

  if (!response.ok) {
    const obj = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
    const code = typeof obj.error === 'string' ? obj.error : `http_${response.status}`;
    const message =
      typeof obj.message === 'string' && obj.message
        ? obj.message
        : format(dictionaries[language]['error.unknown'], { status: response.status });
    let retryAfter: number | undefined;
    if (typeof obj.retryAfterSeconds === 'number') retryAfter = obj.retryAfterSeconds;
    else {
      const header = Number(response.headers.get('Retry-After'));
      if (Number.isFinite(header) && header > 0) retryAfter = header;
    }
    const error = new ApiError(response.status, code, message, parseIssues(obj.issues), retryAfter, obj);
    if (response.status === 401) {
      csrfToken = null;
      if (!options.skipAuthRedirect) unauthorizedHandler?.(error);
    }
    throw error;
  }

  return data as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
};

/** Build a query string, skipping empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
