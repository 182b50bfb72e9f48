// corpus: path=scripts/sync-inventory.js
#!/usr/bin/env node
const fs = require('node:fs/promises')
const path = require('node:path')
const { parseArgs } = require('node:util')
const { Pool } = require('pg')

const { values } = parseArgs({
  options: {
    file: { type: 'string', short: 'f' },
    'dry-run': { type: 'boolean', default: false },
    batch: { type: 'string', default: '500' },
  },
})

const pool = new Pool({ connectionString: process.env.DATABASE_URL })

function chunk(items, size) {
  const out = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

async function upsert(client, rows) {
  const text = `insert into inventory (sku, quantity, updated_at)
    select * from unnest($1::text[], $2::int[], $3::timestamptz[])
    on conflict (sku) do update set quantity = excluded.quantity, updated_at = excluded.updated_at`
  await client.query(text, [rows.map((r) => r.sku), rows.map((r) => r.quantity), rows.map(() => new Date())]) // ok: sql-injection
}

async function main() {
  const file = path.resolve(values.file || 'inventory.json')
  const rows = JSON.parse(await fs.readFile(file, 'utf8'))
  const size = parseInt(values.batch)
  const client = await pool.connect()
  try {
    for (const batch of chunk(rows, size)) {
      if (values['dry-run']) {
        console.log(`would upsert ${batch.length} rows`)
        continue
      }
      await upsert(client, batch)
    }
    rows.forEach(async (row) => { // expect: async-in-loop-callback
      await client.query('update products set in_stock = $1 where sku = $2', [row.quantity > 0, row.sku])
    })
  } finally {
    client.release()
  }
  await pool.end()
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
