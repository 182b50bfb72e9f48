// corpus: path=scripts/sync-job.js
#!/usr/bin/env node
'use strict';

const fetch = require('node-fetch');
const { Client } = require('pg');

const CRM_API = 'http://crm.example-partner.com/api/v1'; // expect: cleartext-http
const CRM_TOKEN = process.env.CRM_TOKEN;
const SCHEMA_NS = 'http://www.w3.org/2001/XMLSchema-instance'; // ok: cleartext-http

async function main() {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const res = await fetch(`${CRM_API}/contacts?updated_since=${encodeURIComponent(process.argv[2] || '')}`, {
    headers: { authorization: `Bearer ${CRM_TOKEN}` },
  });
  const contacts = await res.json();
  for (const c of contacts) {
    await db.query('INSERT INTO contacts (id, email, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET email = $2, name = $3', [c.id, c.email, c.name]); // ok: sql-injection
  }
  const table = process.argv[3] || 'contacts';
  const { rows } = await db.query(`SELECT count(*) FROM ${table}`);
  console.log(`synced ${contacts.length} contacts, ${rows[0].count} total`);
  await db.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
