// corpus: path=src/audit/audit.interceptor.ts
import {
  CallHandler,
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  NestInterceptor,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common'
import { Reflector } from '@nestjs/core'
import { ConfigService } from '@nestjs/config'
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Request, Response } from 'express'
import { Observable, throwError } from 'rxjs'
import { catchError, tap } from 'rxjs/operators'
import { AuditLogRepository } from './audit-log.repository'

export const AUDIT_ACTION = 'audit:action'
export const Audited = (action: string) => SetMetadata(AUDIT_ACTION, action)

export const REQUIRED_ROLES = 'auth:roles'
export const Roles = (...roles: string[]) => SetMetadata(REQUIRED_ROLES, roles)

type AuthedRequest = Request & { user?: { id: string; orgId: string; roles: string[] } }

const REDACTED_FIELDS = new Set(['password', 'currentPassword', 'token', 'secret', 'apiKey'])

function redact(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body
  if (Array.isArray(body)) return body.map(redact)
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    out[key] = REDACTED_FIELDS.has(key) ? '[redacted]' : redact(value)
  }
  return out
}

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name)

  constructor(
    private readonly reflector: Reflector,
    private readonly auditLog: AuditLogRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const action = this.reflector.get<string | undefined>(AUDIT_ACTION, context.getHandler())
    if (!action) return next.handle()

    const http = context.switchToHttp()
    const req = http.getRequest<AuthedRequest>()
    const res = http.getResponse<Response>()
    const startedAt = Date.now()

    return next.handle().pipe(
      tap(() => {
        void this.auditLog
          .insert({
            action,
            actorId: req.user?.id ?? null,
            orgId: req.user?.orgId ?? null,
            method: req.method,
            route: req.route?.path ?? req.path,
            status: res.statusCode,
            durationMs: Date.now() - startedAt,
            payload: redact(req.body),
          })
          .catch((err: Error) => this.logger.warn(`audit insert failed for ${action}: ${err.message}`))
      }),
      catchError((err: unknown) => {
        const status = typeof err === 'object' && err && 'status' in err ? Number(err.status) : 500
        this.logger.debug(`${action} failed with ${status} after ${Date.now() - startedAt}ms`)
        return throwError(() => err)
      }),
    )
  }
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ])
    if (!required || required.length === 0) return true

    const { user } = context.switchToHttp().getRequest<AuthedRequest>()
    if (!user) throw new UnauthorizedException()
    if (!required.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException(`requires one of: ${required.join(', ')}`)
    }
    return true
  }
}

@Injectable()
export class InternalApiKeyGuard implements CanActivate {
  private readonly expectedDigest: Buffer

  constructor(config: ConfigService) {
    const key = config.getOrThrow<string>('INTERNAL_API_KEY')
    this.expectedDigest = createHash('sha256').update(key).digest()
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>()
    const header = req.header('x-internal-key')
    if (!header) throw new UnauthorizedException('missing internal key')

    const given = createHash('sha256').update(header).digest()
    if (!timingSafeEqual(given, this.expectedDigest)) {
      throw new UnauthorizedException('invalid internal key')
    }
    return true
  }
}
