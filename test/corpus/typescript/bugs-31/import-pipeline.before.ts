import { parse } from 'csv-parse'
import { createReadStream } from 'node:fs'

import { db } from '../db'

export interface ImportRow {
  sku: string
  name: string
  priceCents: number
}

export async function readRows(file: string): Promise<ImportRow[]> {
  const rows: ImportRow[] = []
  const parser = createReadStream(file).pipe(parse({ columns: true, trim: true }))
  for await (const record of parser) {
    rows.push({ sku: record.sku, name: record.name, priceCents: Math.round(Number(record.price) * 100) })
  }
  return rows
}

export async function importFile(file: string): Promise<number> {
  const rows = await readRows(file)
  await db.transaction(async (tx) => {
    for (const row of rows) await tx.product.upsert({ where: { sku: row.sku }, update: row, create: row })
  })
  return rows.length
}
