// corpus: path=src/errors.ts
import { HTTPException } from 'hono/http-exception';
import type { Context, ErrorHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(status, { message });
  }
}

const CODES: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  413: 'payload_too_large',
  422: 'validation_failed',
};

export function errorJson(c: Context, status: ContentfulStatusCode, code: string, message: string, details?: unknown) {
  return c.json({ error: { code, message, ...(details === undefined ? {} : { details }), request_id: c.get('requestId') } }, status);
}

export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return errorJson(c, err.status, err.code, err.message, err.details);
  if (err instanceof HTTPException) return errorJson(c, err.status, CODES[err.status] ?? 'error', err.message || 'Request failed');
  console.error('unhandled error', err);
  return errorJson(c, 500, 'internal_error', 'Internal server error');
};
