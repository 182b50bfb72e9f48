// corpus: path=src/common/tenant.middleware.ts
import { Injectable, Logger, type NestMiddleware } from '@nestjs/common'
import type { NextFunction, Request, Response } from 'express'

@Injectable()
export class TenantMiddleware implements NestMiddleware {
  private readonly logger = new Logger(TenantMiddleware.name)

  use(req: Request, res: Response, next: NextFunction) {
    const tenant = req.header('x-tenant-id') ?? 'default'
    this.logger.log(`request for tenant ${tenant}`) // expect: log-injection
    res.locals.tenant = tenant
    next()
  }
}
