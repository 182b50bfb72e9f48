// corpus: path=src/auth/session.guard.ts
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException, ForbiddenException } from '@nestjs/common'
import { Reflector } from '@nestjs/core'
import { JwtService } from '@nestjs/jwt'
import type { Request } from 'express'
import { ROLES_KEY, type Role } from './roles.decorator'
import { SessionsService } from './sessions.service'

interface AccessClaims {
  sub: string
  sid: string
  roles: Role[]
}

@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user?: AccessClaims }>()
    const header = req.headers.authorization ?? ''
    const [scheme, token] = header.split(' ')
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException()

    let claims: AccessClaims
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['RS256'], issuer: 'https://auth.acme.test' })
    } catch {
      throw new UnauthorizedException()
    }

    const session = await this.sessions.findActive(claims.sid)
    if (!session || session.userId !== claims.sub) throw new UnauthorizedException()

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()])
    if (required && !required.some((r) => claims.roles.includes(r))) throw new ForbiddenException()

    req.user = claims
    return true
  }
}
