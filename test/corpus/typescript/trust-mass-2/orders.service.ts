// corpus: path=src/orders/orders.controller.ts
import { Body, Controller, Param, Post, Put, Session } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository } from 'typeorm'
import { CreateOrderDto } from './dto/create-order.dto'
import { Order } from './order.entity'

@Controller('orders')
export class OrdersController {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  @Post()
  create(@Body() dto: CreateOrderDto, @Session() session: Record<string, any>) {
    return this.orders.save(this.orders.create({ ...dto, customerId: session.customerId })) // ok: mass-assignment
  }

  @Put(':id')
  async replace(@Param('id') id: string, @Body() body: Partial<Order>) {
    await this.orders.save({ ...body, id: Number(id) }) // expect: mass-assignment
    return this.orders.findOneBy({ id: Number(id) })
  }

  @Post('coupon')
  applyCoupon(@Body('discount') discount: number, @Session() session: Record<string, any>) {
    session.discount = discount // expect: trust-boundary
    return { ok: true }
  }

  @Post('currency')
  setCurrency(@Body('currency') currency: string, @Session() session: Record<string, any>) {
    session.currency = currency // ok: trust-boundary
    return { ok: true }
  }
}
