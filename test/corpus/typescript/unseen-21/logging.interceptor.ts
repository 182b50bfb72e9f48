// corpus: path=src/common/interceptors/logging.interceptor.ts
import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common'
import type { Request, Response } from 'express'
import { Observable, tap, catchError, throwError } from 'rxjs'
import { randomUUID } from 'node:crypto'

const REDACTED_HEADERS = new Set(['authorization', 'cookie', 'x-api-key'])

@Injectable()
export class LoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP')

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle()
    const http = context.switchToHttp()
    const req = http.getRequest<Request & { id?: string }>()
    const res = http.getResponse<Response>()
    const started = performance.now()
    req.id ??= (req.headers['x-request-id'] as string | undefined) ?? randomUUID()
    res.setHeader('x-request-id', req.id)

    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, REDACTED_HEADERS.has(k) ? '[redacted]' : v]),
    )

    return next.handle().pipe(
      tap(() => {
        const ms = (performance.now() - started).toFixed(1)
        this.logger.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms}ms id=${req.id}`)
      }),
      catchError((err: unknown) => {
        const ms = (performance.now() - started).toFixed(1)
        this.logger.error(`${req.method} ${req.originalUrl} failed after ${ms}ms id=${req.id}`, { headers })
        return throwError(() => err)
      }),
    )
  }
}
