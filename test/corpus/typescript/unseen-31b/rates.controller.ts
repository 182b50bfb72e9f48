// corpus: path=src/rates/rates.controller.ts
import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Query, UsePipes, ValidationPipe, UseInterceptors, Res, Headers, HttpCode, RawBodyRequest, Req, BadRequestException } from '@nestjs/common'
import { ClassSerializerInterceptor } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import { DataSource } from 'typeorm'
import { IsIn, IsISO8601, IsString, Length } from 'class-validator'
import type { Request, Response } from 'express'
import Stripe from 'stripe'
import { exec } from 'node:child_process'

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

export class RateQueryDto {
  @IsIn(['USD', 'EUR', 'GBP', 'JPY'])
  currency!: string

  @IsISO8601()
  since!: string
}

export class ExportDto {
  @IsString()
  @Length(1, 64)
  label!: string
}

@Controller('rates')
@UseInterceptors(ClassSerializerInterceptor)
export class RatesController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  @UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }))
  async list(@Query() q: RateQueryDto) {
    return this.ds.query(`SELECT day, rate FROM fx_rates WHERE currency = '${q.currency}' AND day >= '${q.since}'`) // ok: sql-injection
  }

  @Get('pair/:base/:quote')
  async pair(@Param('base') base: string, @Param('quote') quote: string) {
    return this.ds.query(`SELECT day, rate FROM fx_pairs WHERE base = '${base}' AND quote = '${quote}'`) // expect: sql-injection
  }

  @Get('history/:id')
  async history(@Param('id', ParseIntPipe) id: number) {
    return this.ds.query(`SELECT * FROM fx_history WHERE id = ${id}`) // ok: sql-injection
  }

  @Get('batch/:batchId')
  async batch(@Param('batchId', new ParseUUIDPipe()) batchId: string) {
    return this.ds.query(`SELECT * FROM fx_batches WHERE id = '${batchId}'`) // ok: sql-injection
  }

  @Post('export')
  @UsePipes(new ValidationPipe({ whitelist: true }))
  async export(@Body() dto: ExportDto) {
    return new Promise((resolve, reject) => {
      exec(`./bin/export-rates --label "${dto.label}"`, (err, stdout) => (err ? reject(err) : resolve(stdout))) // expect: command-injection
    })
  }

  @Post('webhooks/stripe')
  @HttpCode(200)
  async stripeWebhook(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!)
    } catch {
      throw new BadRequestException('Invalid signature')
    }
    if (event.type === 'checkout.session.completed') {
      const session = event.data.object as Stripe.Checkout.Session
      // customer_details is what the buyer typed on the Stripe checkout page: signed by Stripe, written by anyone.
      await this.ds.query(`INSERT INTO fx_customers (email, name) VALUES ('${session.customer_details?.email}', '${session.customer_details?.name}')`) // expect: sql-injection
      await this.ds.query('UPDATE fx_orders SET paid = true WHERE stripe_session = $1', [session.id]) // ok: sql-injection
    }
    return { received: true }
  }

  @Get('chart')
  async chart(@Query('title') title: string, @Res() res: Response) {
    res.type('html').send(`<html><body><h1>${title}</h1><canvas id="chart"></canvas></body></html>`) // expect: xss
  }
}
