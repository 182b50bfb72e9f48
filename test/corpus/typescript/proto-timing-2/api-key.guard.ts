// corpus: path=src/auth/api-key.guard.ts
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import type { Request } from 'express'

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly config: ConfigService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>()
    const provided = request.header('x-api-key')
    if (!provided) throw new UnauthorizedException('missing api key') // ok: timing-unsafe-comparison
    if (provided !== this.config.get<string>('PARTNER_API_KEY')) throw new UnauthorizedException('invalid api key') // expect: timing-unsafe-comparison
    return true
  }
}
