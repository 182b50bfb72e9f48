// corpus: path=src/common/audit.interceptor.ts
import {
  ArgumentsHost,
  CallHandler,
  Catch,
  ExceptionFilter,
  ExecutionContext,
  HttpException,
  Injectable,
  Logger,
  NestInterceptor,
} from '@nestjs/common'
import type { Request, Response } from 'express'
import { Observable, throwError } from 'rxjs'
import { catchError, tap } from 'rxjs/operators'

const REDACTED_FIELDS = new Set(['password', 'newPassword', 'currentPassword', 'token', 'otp'])
const REQUEST_ID_HEADER = 'x-request-id'

function redact(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, REDACTED_FIELDS.has(k) ? '[redacted]' : v]))
}

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name)

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp()
    const req = http.getRequest<Request & { user?: { id: string } }>()
    const res = http.getResponse<Response>()
    const started = Date.now()
    const requestId = req.header(REQUEST_ID_HEADER) ?? crypto.randomUUID()
    res.setHeader(REQUEST_ID_HEADER, requestId) // ok: header-injection
    this.logger.log(`${req.method} ${req.route?.path ?? 'unknown'} user=${req.user?.id ?? 'anon'} id=${requestId}`)
    this.logger.verbose(`body ${JSON.stringify(redact(req.body))}`) // ok: sensitive-logging
    if (req.query.q) this.logger.debug(`search term: ${req.query.q}`) // expect: log-injection
    return next.handle().pipe(
      tap(() => this.logger.log(`${req.method} ${req.route?.path ?? 'unknown'} ${res.statusCode} ${Date.now() - started}ms`)),
      catchError((err: unknown) => {
        this.logger.error(`request ${requestId} failed`, err instanceof Error ? err.stack : String(err)) // ok: error-exposure
        return throwError(() => err)
      }),
    )
  }
}

@Injectable()
export class LoginAuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('LoginAudit')

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>()
    const { email, password } = req.body as { email: string; password: string }
    this.logger.log(`login attempt email=${JSON.stringify(email)}`) // ok: log-injection
    this.logger.debug(`login attempt ${JSON.stringify({ email, password })}`) // expect: sensitive-logging
    return next.handle()
  }
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name)

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>()
    if (exception instanceof HttpException) {
      res.status(exception.getStatus()).json(exception.getResponse()) // ok: error-exposure
      return
    }
    const err = exception instanceof Error ? exception : new Error(String(exception))
    this.logger.error(err.message, err.stack)
    res.status(500).json({ statusCode: 500, message: err.message, stack: err.stack }) // expect: error-exposure
  }
}
