// corpus: path=src/auth/roles.guard.ts
import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata } from '@nestjs/common'
import { Reflector } from '@nestjs/core'
import type { Request } from 'express'

export type Role = 'owner' | 'admin' | 'member' | 'viewer'

export const ROLES_KEY = 'roles'
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles)

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 }

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ])
    if (!required?.length) return true

    const req = context.switchToHttp().getRequest<Request & { user?: { id: string; role: Role } }>()
    const role = req.user?.role
    if (!role) throw new ForbiddenException('no role on session')

    const lowest = Math.min(...required.map((r) => RANK[r]))
    if (RANK[role] < lowest) {
      throw new ForbiddenException(`requires one of: ${required.join(', ')}`)
    }
    return true
  }
}
