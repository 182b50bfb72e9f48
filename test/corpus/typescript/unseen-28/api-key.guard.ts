// corpus: path=src/auth/api-key.guard.ts
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import { Reflector } from '@nestjs/core'
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { Request } from 'express'
import { ApiKeysService } from './api-keys.service'
import { IS_PUBLIC_KEY } from './public.decorator'

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly config: ConfigService,
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()])
    if (isPublic) return true
    const req = context.switchToHttp().getRequest<Request>()
    const presented = req.header('x-api-key')
    if (!presented) throw new UnauthorizedException('missing api key')

    const breakGlass = this.config.get<string>('BREAK_GLASS_API_KEY')
    if (breakGlass && presented === breakGlass) { // expect: timing-unsafe-comparison
      req.user = { id: 'break-glass', role: 'admin', tenantId: null }
      return true
    }

    const digest = createHash('sha256').update(presented).digest()
    const key = await this.keys.findByPrefix(presented.slice(0, 8))
    if (!key || key.revokedAt !== null) throw new UnauthorizedException('unknown api key')
    const stored = Buffer.from(key.digest, 'hex')
    if (stored.length !== digest.length || !timingSafeEqual(stored, digest)) throw new UnauthorizedException('unknown api key') // ok: timing-unsafe-comparison
    req.user = { id: key.ownerId, role: key.role, tenantId: key.tenantId }
    return true
  }
}

@Injectable()
export class PartnerSignatureGuard implements CanActivate {
  constructor(private readonly config: ConfigService) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request & { rawBody?: Buffer }>()
    const timestamp = req.header('x-partner-timestamp') ?? ''
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) throw new UnauthorizedException('stale request')
    const mac = createHmac('sha256', this.config.getOrThrow<string>('PARTNER_SIGNING_SECRET'))
      .update(`${timestamp}.${req.rawBody?.toString('utf8') ?? ''}`)
      .digest('hex')
    return mac === req.header('x-partner-signature') // expect: timing-unsafe-comparison
  }
}
