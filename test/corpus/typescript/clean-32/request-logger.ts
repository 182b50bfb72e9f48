// corpus: path=src/common/interceptors/request-logger.interceptor.ts
import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common'
import type { Request, Response } from 'express'
import { randomUUID } from 'node:crypto'
import { Observable, tap } from 'rxjs'

const REDACTED_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-api-key', 'proxy-authorization'])
const REDACTED_BODY_KEYS = /pass(word)?|secret|token|api[_-]?key|card|cvc|ssn/i
const MAX_BODY_LOG = 2_000

export function redactHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, REDACTED_HEADERS.has(k.toLowerCase()) ? '[redacted]' : v]))
}

export function redactBody(body: unknown, depth = 0): unknown {
  if (depth > 4 || body === null || typeof body !== 'object') return body
  if (Array.isArray(body)) return body.slice(0, 20).map((item) => redactBody(item, depth + 1))
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).map(([k, v]) => [k, REDACTED_BODY_KEYS.test(k) ? '[redacted]' : redactBody(v, depth + 1)]),
  )
}

@Injectable()
export class RequestLoggerInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP')

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle()
    const http = context.switchToHttp()
    const req = http.getRequest<Request & { user?: { id: string } }>()
    const res = http.getResponse<Response>()
    const requestId = (req.headers['x-request-id'] as string | undefined)?.match(/^[\w-]{8,64}$/)?.[0] ?? randomUUID()
    const started = process.hrtime.bigint()
    res.setHeader('X-Request-Id', requestId) // ok: header-injection

    return next.handle().pipe(
      tap({
        next: () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6
          this.logger.log(
            JSON.stringify({
              requestId,
              method: req.method,
              route: req.route?.path ?? 'unmatched',
              status: res.statusCode,
              ms: Math.round(ms),
              userId: req.user?.id,
            }),
          )
        },
        error: (err: { status?: number; name?: string }) => {
          const body = JSON.stringify(redactBody(req.body)).slice(0, MAX_BODY_LOG)
          this.logger.warn( // ok: sensitive-logging
            JSON.stringify({
              requestId,
              method: req.method,
              route: req.route?.path ?? 'unmatched',
              status: err.status ?? 500,
              error: err.name,
              headers: redactHeaders(req.headers),
              body,
            }),
          )
        },
      }),
    )
  }
}
