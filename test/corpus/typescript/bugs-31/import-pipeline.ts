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

function dropDuplicates(rows: ImportRow[]): ImportRow[] {
  const seen = new Set<string>()
  for (const row of rows) {
    if (seen.has(row.sku)) rows.splice(rows.indexOf(row), 1) // expect: mutate-while-iterating
    else seen.add(row.sku)
  }
  return rows
}

export async function importFile(file: string): Promise<number> {
  const rows = dropDuplicates(await readRows(file))
  let imported = 0
  await db.transaction(async (tx) => {
    for (const row of rows) {
      try {
        await tx.product.upsert({ where: { sku: row.sku }, update: row, create: row })
        imported++
      } finally {
        if (imported % 500 === 0) continue // expect: finally-control-flow
      }
    }
  })
  return imported
}
