// corpus: path=apps/api/src/router.ts
import { initServer, createExpressEndpoints } from '@ts-rest/express'
import type { Express } from 'express'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import { Prisma } from '@prisma/client'

import { contract } from '@acme/contract'
import { prisma } from './prisma'

// ts-rest hands each handler the request's params, query and body after the contract's zod
// schemas parsed them; strings in those schemas are still whatever the caller typed.
const s = initServer()
const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

const router = s.router(contract, {
  getInvoice: async ({ params }) => {
    const invoice = await prisma.invoice.findUnique({ where: { id: params.id } })
    return invoice ? { status: 200, body: invoice } : { status: 404, body: { message: 'not found' } }
  },

  searchInvoices: async ({ query }) => {
    const rows = await prisma.$queryRawUnsafe( // expect: sql-injection
      `SELECT id, number, total FROM "Invoice" WHERE "customerName" ILIKE '%${query.customer}%' LIMIT ${query.limit}`,
    )
    return { status: 200, body: rows }
  },

  searchInvoicesV2: async ({ query }) => {
    const rows = await prisma.$queryRaw( // ok: sql-injection
      Prisma.sql`SELECT id, number, total FROM "Invoice" WHERE "customerName" ILIKE ${'%' + query.customer + '%'} LIMIT ${query.limit}`,
    )
    return { status: 200, body: rows }
  },

  updateInvoice: async ({ params, body }) => {
    const invoice = await prisma.invoice.update({ where: { id: params.id }, data: body }) // expect: mass-assignment
    return { status: 200, body: invoice }
  },

  updateInvoiceV2: async ({ params, body }) => {
    const invoice = await prisma.invoice.update({ // ok: mass-assignment
      where: { id: params.id },
      data: { notes: body.notes, dueDate: body.dueDate },
    })
    return { status: 200, body: invoice }
  },

  renderPdf: async ({ params, query }) => {
    const out = `/tmp/invoices/${params.id}.pdf`
    await execAsync(`wkhtmltopdf --title "${query.title}" http://localhost:3000/invoices/${params.id}/print ${out}`) // expect: command-injection
    return { status: 200, body: { file: out } }
  },

  renderPdfV2: async ({ params, query }) => {
    const out = `/tmp/invoices/${params.id}.pdf`
    await execFileAsync('wkhtmltopdf', ['--title', String(query.title), `http://localhost:3000/invoices/${params.id}/print`, out]) // ok: command-injection
    return { status: 200, body: { file: out } }
  },

  deleteInvoices: async ({ body }) => {
    const count = await prisma.$executeRawUnsafe(`DELETE FROM "Invoice" WHERE id IN (${body.ids.map((id) => `'${id}'`).join(',')})`) // expect: sql-injection
    return { status: 200, body: { count } }
  },

  deleteInvoicesV2: async ({ body }) => {
    const { count } = await prisma.invoice.deleteMany({ where: { id: { in: body.ids } } }) // ok: sql-injection
    return { status: 200, body: { count } }
  },
})

export function registerRoutes(app: Express) {
  createExpressEndpoints(contract, router, app)
}
