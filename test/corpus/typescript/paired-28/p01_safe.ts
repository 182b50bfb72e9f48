// corpus: path=src/modules/orders/orders.service.ts
import { Injectable } from '@nestjs/common'
import { PrismaService } from '../prisma/prisma.service'

export interface OrderSummary {
  id: string
  total: number
  status: string
}

@Injectable()
export class OrdersService {
  constructor(private readonly prisma: PrismaService) {}

  async findByCustomerEmail(email: string): Promise<OrderSummary[]> {
    return this.prisma.$queryRaw<OrderSummary[]>` // ok: sql-injection
      SELECT o.id, o.total, o.status FROM "Order" o JOIN "Customer" c ON c.id = o."customerId" WHERE c.email = ${email} ORDER BY o."createdAt" DESC
    `
  }
}

import { Controller, Get, Query } from '@nestjs/common'

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get('by-email')
  byEmail(@Query('email') email: string) {
    return this.orders.findByCustomerEmail(email)
  }
}
