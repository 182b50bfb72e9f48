// corpus: path=src/reports/repository.js
'use strict';

const { Pool } = require('pg');
const format = require('pg-format');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function revenueByDay(from, to) {
  const { rows } = await pool.query( // ok: sql-injection
    `SELECT date_trunc('day', paid_at) AS day, SUM(total_cents) AS revenue
       FROM payments
      WHERE paid_at BETWEEN $1 AND $2
      GROUP BY 1 ORDER BY 1`,
    [from, to],
  );
  return rows;
}

async function topProducts(category, limit) {
  const text =
    'SELECT p.sku, p.name, SUM(l.quantity) AS sold FROM order_lines l JOIN products p ON p.id = l.product_id ' +
    "WHERE p.category = '" + category + "' GROUP BY p.sku, p.name ORDER BY sold DESC LIMIT " + limit;
  const { rows } = await pool.query(text); // expect: sql-injection
  return rows;
}

async function exportTable(table, columns) {
  const sql = format('SELECT %I FROM %I', columns, table); // ok: sql-injection
  const { rows } = await pool.query(sql); // ok: sql-injection
  return rows;
}

async function searchCustomers(term) {
  const { rows } = await pool.query({ // ok: sql-injection
    text: 'SELECT id, name, email FROM customers WHERE name ILIKE $1 LIMIT 25',
    values: [`%${term}%`],
  });
  return rows;
}

async function customerNotes(customerId, search) {
  const { rows } = await pool.query( // expect: sql-injection
    `SELECT id, body FROM notes WHERE customer_id = $1 AND body LIKE '%${search}%'`,
    [customerId],
  );
  return rows;
}

module.exports = { revenueByDay, topProducts, exportTable, searchCustomers, customerNotes };
