// corpus: path=src/orders/orders.controller.ts
import { Body, Controller, Get, Logger, Param, ParseIntPipe, Post, Query } from '@nestjs/common'
import { OrdersService } from './orders.service'

@Controller('orders')
export class OrdersController {
  private readonly logger = new Logger(OrdersController.name)

  constructor(private readonly orders: OrdersService) {}

  @Get()
  list(@Query('status') status: string) {
    this.logger.log(`listing orders with status ${status}`)  // expect: log-injection
    return this.orders.list(status)
  }

  @Get(':id')
  get(@Param('id', ParseIntPipe) id: number) {
    this.logger.debug(`fetching order ${id}`)  // ok: log-injection
    return this.orders.get(id)
  }

  @Post(':id/notes')
  addNote(@Param('id', ParseIntPipe) id: number, @Body('note') note: string) {
    this.logger.log(`note added to ${id}`, { length: note.length })  // ok: log-injection
    return this.orders.addNote(id, note)
  }
}
