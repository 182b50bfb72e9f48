// corpus: path=src/auth/jwt.guard.ts
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common'
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose'
import jsonwebtoken from 'jsonwebtoken'

const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'))

@Injectable()
export class JwtGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest()
    const token = String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, '')
    try {
      const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com/', audience: 'api' }) // ok: jwt-weak
      req.user = payload
      return true
    } catch {
      throw new UnauthorizedException()
    }
  }
}

@Injectable()
export class PreviewGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest()
    const token = String(req.headers['x-preview-token'] ?? '')
    const claims = decodeJwt(token) // expect: jwt-weak
    req.previewUser = claims.sub
    return claims.scope === 'preview'
  }
}

@Injectable()
export class LegacyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest()
    const token = String(req.cookies?.legacy ?? '')
    const claims = jsonwebtoken.verify(token, process.env.LEGACY_SECRET ?? '', { ignoreExpiration: true, algorithms: ['none', 'HS256'] }) // expect: jwt-weak
    req.user = claims
    return true
  }
}

export function serviceToken(): string {
  return jsonwebtoken.sign({ sub: 'billing-service' }, 'a8f5f167f44f4964e6c998dee827110c', { expiresIn: '5m' }) // expect: hardcoded-secret
}
