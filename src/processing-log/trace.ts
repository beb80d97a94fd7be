import { randomBytes } from 'node:crypto';

/** W3C trace context of one request: https://www.w3.org/TR/trace-context/ */
export interface TraceContext {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
}

const traceparentPattern = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

export const newSpanId = () => randomBytes(8).toString('hex');

/** Continues the caller's trace when a valid `traceparent` header came along, else starts one. */
export function traceFromHeader(header: string | string[] | undefined): TraceContext {
  const match = typeof header === 'string' ? traceparentPattern.exec(header.trim()) : null;
  if (match && !/^0+$/.test(match[1]!) && !/^0+$/.test(match[2]!)) {
    return { traceId: match[1]!, spanId: newSpanId(), parentSpanId: match[2]! };
  }
  return { traceId: randomBytes(16).toString('hex'), spanId: newSpanId(), parentSpanId: null };
}

export const traceparent = (trace: TraceContext) => `00-${trace.traceId}-${trace.spanId}-01`;
