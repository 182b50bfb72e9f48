// corpus: path=src/invoices/InvoicesController.ts
// tsoa controller: @Path, @Query and @Body parameters are filled from the HTTP request by the
// generated routes; tsoa checks their declared types, so a string is still any text.
import { Body, Controller, Get, Path, Post, Query, Route, Security, SuccessResponse, Request } from 'tsoa'
import type { Request as ExRequest } from 'express'
import axios from 'axios'
import Handlebars from 'handlebars'
import { Pool } from 'pg'

const pool = new Pool()
const invoiceTemplate = Handlebars.compile('<h1>Invoice {{number}}</h1><p>{{customer}}</p>')

interface WebhookTest {
  url: string
}

@Route('invoices')
@Security('jwt')
export class InvoicesController extends Controller {
  @Get('{number}')
  public async getInvoice(@Path() number: string) {
    const { rows } = await pool.query(`SELECT * FROM invoices WHERE number = '${number}'`) // expect: sql-injection
    return rows[0]
  }

  @Get('by-id/{id}')
  public async getById(@Path() id: number) {
    const { rows } = await pool.query(`SELECT * FROM invoices WHERE id = ${id}`) // ok: sql-injection
    return rows[0]
  }

  @Get('{number}/html')
  public async invoiceHtml(@Path() number: string, @Query() customer?: string) {
    this.setHeader('Content-Type', 'text/html')
    return invoiceTemplate({ number, customer }) // ok: xss
  }

  @Get('{number}/banner')
  public async banner(@Path() number: string, @Query() note?: string) {
    this.setHeader('Content-Type', 'text/html')
    return `<div class="banner">Invoice ${number}: ${note ?? ''}</div>` // expect: xss
  }

  @Post('webhooks/test')
  @SuccessResponse(202)
  public async testWebhook(@Body() body: WebhookTest) {
    await axios.post(body.url, { type: 'invoice.test' }, { timeout: 5000 }) // expect: ssrf
    this.setStatus(202)
  }

  @Get('export')
  public async exportCsv(@Query() filename: string, @Request() req: ExRequest) {
    const res = req.res!
    res.setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(filename)}"`) // ok: header-injection
    const { rows } = await pool.query('SELECT number, total FROM invoices ORDER BY number')
    return rows.map((r) => `${r.number},${r.total}`).join('\n')
  }
}
