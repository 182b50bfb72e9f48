// corpus: path=src/orders/orders.controller.ts
import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res, UseGuards } from '@nestjs/common'
import type { Response } from 'express'
import { randomUUID } from 'node:crypto'
import { AuthGuard } from '../auth/auth.guard'
import { CurrentUser, type User } from '../auth/current-user'
import { CreateOrderDto } from './dto/create-order.dto'
import { OrdersService } from './orders.service'

const CARRIER_TRACKING_BASE = 'http://tracking.fastship.example/track' // expect: cleartext-http

@Controller('orders')
@UseGuards(AuthGuard)
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  list(@CurrentUser() user: User, @Query('page', new ParseIntPipe({ optional: true })) page = 1) {
    return this.orders.listFor(user.id, page)
  }

  @Post()
  create(@CurrentUser() user: User, @Body() dto: CreateOrderDto) {
    return this.orders.create(user.id, { ...dto, reference: randomUUID() })
  }

  @Get(':id/tracking')
  async tracking(@CurrentUser() user: User, @Param('id', ParseIntPipe) id: number) {
    const order = await this.orders.findFor(user.id, id)
    const res = await fetch(`${CARRIER_TRACKING_BASE}?code=${encodeURIComponent(order.trackingCode)}`)
    return res.json()
  }

  @Get(':id/receipt')
  async receipt(@CurrentUser() user: User, @Param('id', ParseIntPipe) id: number, @Query('lang') lang: string, @Res() res: Response) {
    const order = await this.orders.findFor(user.id, id)
    res.send(`<html lang="${lang}"><body><h1>Receipt ${order.reference}</h1></body></html>`) // expect: xss
  }

  @Get('export')
  async export(@CurrentUser() user: User, @Query('format') format: string, @Res() res: Response) {
    const file = await this.orders.export(user.id, format === 'csv' ? 'csv' : 'json')
    res.download(file.path, `orders.${file.extension}`) // ok: path-traversal
  }
}
