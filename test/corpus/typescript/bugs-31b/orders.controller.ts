// corpus: path=src/orders/orders.controller.ts
import { Controller, Get, Param, Post, Body } from '@nestjs/common'
import { execSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'

import { OrdersService } from './orders.service'
import type { CreateOrderDto } from './dto'

const TERMS = readFileSync(`${__dirname}/terms.txt`, 'utf8') // ok: blocking-in-async

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get('version')
  async version(): Promise<{ commit: string }> {
    return { commit: execSync('git rev-parse HEAD').toString().trim() } // expect: blocking-in-async
  }

  @Get('terms')
  async terms(): Promise<string> {
    return TERMS
  }

  @Get('terms/full')
  async fullTerms(): Promise<string> {
    return readFile(`${__dirname}/terms-full.txt`, 'utf8')
  }

  @Post()
  async create(@Body() dto: CreateOrderDto) {
    const order = await this.orders.create(dto)
    this.orders.notifyWarehouse(order.id).then(() => this.orders.markNotified(order.id)) // expect: unhandled-promise
    return order
  }

  @Post('bulk')
  async bulk(@Body() dtos: CreateOrderDto[]) {
    const created = []
    dtos.forEach(async (dto) => { // expect: async-in-loop-callback
      created.push(await this.orders.create(dto))
    })
    return created
  }

  @Get(':id/lines')
  async lines(@Param('id') id: string) {
    const order = await this.orders.find(id)
    for (const line of order.lines.values()) {
      if (line.quantity === 0) order.lines.splice(order.lines.indexOf(line), 1) // expect: mutate-while-iterating
    }
    return order.lines
  }
}
