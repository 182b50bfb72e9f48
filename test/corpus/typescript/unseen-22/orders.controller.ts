// corpus: path=src/orders/orders.controller.ts
import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Res,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common'
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm'
import { DataSource, Repository } from 'typeorm'
import type { Response } from 'express'
import { JwtAuthGuard } from '../auth/jwt-auth.guard'
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator'
import { Order } from './order.entity'
import { ConfigService } from '@nestjs/config'

class ListOrdersQuery {
  status?: string
  sort?: string
  direction?: 'ASC' | 'DESC'
  customer?: string
  page?: string
}

class UpdateNoteDto {
  note!: string
}

const SORTABLE: Record<string, string> = {
  created: 'order.createdAt',
  total: 'order.totalCents',
  status: 'order.status',
}

@Controller('orders')
export class OrdersController {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService,
  ) {}

  @Get()
  @UseGuards(JwtAuthGuard)
  async list(@CurrentUser() user: AuthUser, @Query() query: ListOrdersQuery) {
    const page = Math.max(1, Number.parseInt(query.page ?? '1', 10))
    const qb = this.orders
      .createQueryBuilder('order')
      .where('order.accountId = :accountId', { accountId: user.accountId }) // ok: sql-injection
      .skip((page - 1) * 50)
      .take(50)

    if (query.status) {
      qb.andWhere(`order.status = '${query.status}'`) // expect: sql-injection
    }
    if (query.customer) {
      qb.andWhere('order.customerEmail ILIKE :customer', { customer: `%${query.customer}%` }) // ok: sql-injection
    }
    const column = SORTABLE[query.sort ?? 'created'] ?? SORTABLE.created
    qb.orderBy(column, query.direction === 'ASC' ? 'ASC' : 'DESC') // ok: sql-injection
    const [rows, total] = await qb.getManyAndCount()
    return { rows, total, page }
  }

  @Get('search')
  @UseGuards(JwtAuthGuard)
  async search(@CurrentUser() user: AuthUser, @Query('q') q: string, @Query('groupBy') groupBy = 'status') {
    const rows = await this.dataSource.query(
      `SELECT ${groupBy} AS bucket, count(*) AS n FROM orders WHERE account_id = $1 AND reference ILIKE $2 GROUP BY 1`, // expect: sql-injection
      [user.accountId, `%${q}%`],
    )
    return rows
  }

  @Get(':id')
  @UseGuards(JwtAuthGuard)
  async findOne(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number) {
    const row = await this.dataSource.query(`SELECT * FROM orders WHERE id = ${id} AND account_id = $1`, [user.accountId]) // ok: sql-injection
    return row[0] ?? null
  }

  @Post(':id/note')
  @UseGuards(JwtAuthGuard)
  async updateNote(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateNoteDto) {
    await this.orders.update({ id, accountId: user.accountId }, { note: dto.note.slice(0, 2000) })
    return { ok: true }
  }

  @Post(':id')
  @UseGuards(JwtAuthGuard)
  async patch(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() body: Partial<Order>) {
    const order = await this.orders.findOneByOrFail({ id, accountId: user.accountId })
    this.orders.merge(order, body) // expect: mass-assignment
    return this.orders.save(order)
  }

  @Get(':id/receipt')
  @UseGuards(JwtAuthGuard)
  async receipt(@Param('id', ParseIntPipe) id: number, @Query('returnTo') returnTo: string, @Res() res: Response) {
    const order = await this.orders.findOneByOrFail({ id })
    if (order.receiptUrl) {
      return res.redirect(order.receiptUrl) // ok: open-redirect
    }
    return res.redirect(returnTo || '/orders') // expect: open-redirect
  }

  @Get(':id/back')
  back(@Query('next') next: string | undefined, @Res() res: Response) {
    const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/orders'
    return res.redirect(target) // ok: open-redirect
  }

  @Post('sync')
  async sync(@Headers('x-sync-key') key: string, @Body() body: { since: string }) {
    const expected = this.config.getOrThrow<string>('ORDERS_SYNC_KEY')
    if (key !== expected) { // expect: timing-unsafe-comparison
      throw new UnauthorizedException()
    }
    const since = new Date(body.since)
    return this.orders.createQueryBuilder('o').where('o.updatedAt > :since', { since }).getMany()
  }
}
