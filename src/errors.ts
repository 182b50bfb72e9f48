import { z, type Hook } from '@hono/zod-openapi'
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from './types'

/** Every 4xx/5xx the API returns has this one shape. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string().openapi({ example: 'Request validation failed' }),
      details: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .openapi({ example: [{ path: 'json.files.0.file_path', message: 'Required' }] }),
      request_id: z.string().openapi({ example: '4f1c1c3e-6d0e-4c55-9d2b-0d8e1c9e2f10' }),
    }),
  })
  .openapi('Error')

export type ErrorDetail = { path: string; message: string }

/**
 * Every error code the API answers with, and the one status each code means (unkey's
 * `codeToStatus`): call sites name the code, never the status, so the two cannot disagree.
 */
const STATUS_OF_CODE = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  upgrade_required: 426,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>

export type ErrorCode = keyof typeof STATUS_OF_CODE

export function codeToStatus(code: ErrorCode): ContentfulStatusCode {
  return STATUS_OF_CODE[code]
}

const CODE_OF_STATUS = new Map<number, ErrorCode>(Object.entries(STATUS_OF_CODE).map(([code, status]) => [status, code as ErrorCode]))

/** The code for a status Hono chose itself (malformed JSON, body limits); statuses we never use fall back by class. */
function statusToCode(status: number): ErrorCode {
  return CODE_OF_STATUS.get(status) ?? (status >= 500 ? 'internal_error' : 'bad_request')
}

export interface ApiErrorOptions {
  /** Which fields or limits the error is about. */
  details?: ErrorDetail[]
  /** Response headers the error needs (`WWW-Authenticate`, `Retry-After`, `Upgrade`). */
  headers?: Record<string, string>
}

export class ApiError extends HTTPException {
  readonly details?: ErrorDetail[]
  readonly headers?: Record<string, string>

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: ApiErrorOptions = {},
  ) {
    super(codeToStatus(code), { message })
    this.details = options.details
    this.headers = options.headers
  }
}

/** A 422 naming each field that failed, in the same shape as a failed zod validation. */
export function validationFailed(details: ErrorDetail[]): ApiError {
  return new ApiError('validation_failed', 'Request validation failed', { details })
}

/** Another tenant's changeset answers exactly like a missing one. */
export function changesetNotFound(id: string): ApiError {
  return new ApiError('not_found', `Changeset ${id} not found`)
}

export function findingNotFound(id: string): ApiError {
  return new ApiError('not_found', `Finding ${id} not found`)
}

export function errorBody(c: Context<AppEnv>, code: ErrorCode, message: string, details?: ErrorDetail[]) {
  return { error: { code, message, ...(details?.length ? { details } : {}), request_id: c.get('requestId') ?? '' } }
}

/** The error response for `code`; `status` only for statuses Hono chose itself. */
export function errorJson(
  c: Context<AppEnv>,
  code: ErrorCode,
  message: string,
  details?: ErrorDetail[],
  status: ContentfulStatusCode = codeToStatus(code),
) {
  return c.json(errorBody(c, code, message, details), status)
}

export const errorContent = { 'application/json': { schema: ErrorSchema } }

export const jsonErrorResponse = (description: string) => ({ description, content: errorContent })

/** Spread into every route's `responses` so the document shows the real error shape. */
export const errorResponses = {
  400: jsonErrorResponse('Malformed request (e.g. the body is not JSON)'),
  401: jsonErrorResponse('Missing, unknown or revoked API key'),
  403: jsonErrorResponse('The API key lacks the scope this route needs'),
  404: jsonErrorResponse('Not found'),
  422: jsonErrorResponse('Validation failed; `details` names each field'),
  429: jsonErrorResponse('Rate limit exceeded; see `Retry-After`'),
  500: jsonErrorResponse('Internal error'),
} as const

/** Extra responses of routes that take a JSON body. */
export const bodyErrorResponses = {
  413: jsonErrorResponse('A configured limit was exceeded; `details` names it'),
  415: jsonErrorResponse('Content-Type is not application/json'),
} as const

export const defaultHook: Hook<unknown, AppEnv, string, Response | undefined> = (result, c) => {
  if (result.success) return
  const details = result.error.issues.map((issue) => ({
    path: [result.target, ...issue.path].map(String).join('.'),
    message: issue.message,
  }))
  return errorJson(c, 'validation_failed', 'Request validation failed', details)
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError) {
    for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value)
    return errorJson(c, err.code, err.message, err.details)
  }
  if (err instanceof HTTPException) {
    // Hono's own: malformed JSON (400), missing content type (415), body limits (413).
    const challenge = err.res?.headers.get('WWW-Authenticate')
    if (challenge) c.header('WWW-Authenticate', challenge)
    return errorJson(c, statusToCode(err.status), safeMessage(err), undefined, err.status)
  }
  const log = c.get('log')
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
  if (log) log.error('request.unhandled_error', { error: detail.slice(0, 500) })
  else console.error('unhandled error', detail)
  return errorJson(c, 'internal_error', 'Internal server error')
}

function safeMessage(err: HTTPException): string {
  if (err.status === 400 && /json/i.test(err.message)) return 'Malformed JSON in request body'
  return err.message || defaultMessage(err.status)
}

function defaultMessage(status: number): string {
  if (status === 415) return 'Content-Type must be application/json'
  return statusToCode(status).replaceAll('_', ' ')
}

export const notFound: NotFoundHandler<AppEnv> = (c) =>
  errorJson(c, 'not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}`)
