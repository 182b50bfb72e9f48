// corpus: path=src/audit/audit.interceptor.ts
import { CallHandler, ExecutionContext, Injectable, NestInterceptor, Controller, Get, Query, UseInterceptors, Param, ParseIntPipe, DefaultValuePipe, ParseEnumPipe } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import { Observable, tap } from 'rxjs'
import type { Request } from 'express'
import { exec } from 'node:child_process'

enum Period {
  Day = 'day',
  Week = 'week',
  Month = 'month',
}

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>()
    const started = Date.now()
    return next.handle().pipe(
      tap(() => {
        void this.ds.query(
          `INSERT INTO audit_log (path, agent, took_ms) VALUES ('${req.originalUrl}', '${req.headers['user-agent']}', ${Date.now() - started})`, // expect: sql-injection
        )
      }),
    )
  }
}

@Injectable()
export class SafeAuditInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>()
    const started = Date.now()
    return next.handle().pipe(
      tap(() => {
        void this.ds.query('INSERT INTO audit_log (path, agent, took_ms) VALUES ($1, $2, $3)', [req.originalUrl, req.headers['user-agent'], Date.now() - started]) // ok: sql-injection
      }),
    )
  }
}

@Controller('audit')
@UseInterceptors(SafeAuditInterceptor)
export class AuditController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get('summary')
  summary(@Query('period', new ParseEnumPipe(Period)) period: Period, @Query('top', new DefaultValuePipe(10), ParseIntPipe) top: number) {
    return this.ds.query(`SELECT path, count(*) AS n FROM audit_log WHERE at > now() - interval '1 ${period}' GROUP BY path ORDER BY n DESC LIMIT ${top}`) // ok: sql-injection
  }

  @Get('grep')
  grep(@Query('pattern') pattern: string) {
    return new Promise((resolve) => exec(`grep -c "${pattern}" /var/log/app/access.log`, (_err, out) => resolve(out))) // expect: command-injection
  }

  @Get('by-user/:userId')
  byUser(@Param('userId') userId: string) {
    return this.ds.query(`SELECT path, at FROM audit_log WHERE user_id = ${userId} ORDER BY at DESC LIMIT 100`) // expect: sql-injection
  }
}
