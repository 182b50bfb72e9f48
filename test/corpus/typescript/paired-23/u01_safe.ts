// corpus: path=src/repositories/invoices.repository.ts
import type { Knex } from 'knex'

export class InvoicesRepository {
  constructor(private readonly db: Knex) {}

  search(accountId: string, text: string) {
    return this.db('invoices')
      .where({ account_id: accountId })
      .whereRaw('lower(customer_name) like ?', [`%${text.toLowerCase()}%`]) // ok: sql-injection
      .limit(50)
  }
}

import type { Request, Response } from 'express'

export function searchInvoices(repo: InvoicesRepository) {
  return async (req: Request, res: Response) => {
    res.json(await repo.search(res.locals.accountId, String(req.query.q ?? '')))
  }
}
