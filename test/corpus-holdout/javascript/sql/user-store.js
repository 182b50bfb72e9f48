// corpus: path=lib/user-store.js
import mysql from 'mysql2/promise'
import knexFactory from 'knex'

const db = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 })
const knex = knexFactory({ client: 'mysql2', connection: process.env.DATABASE_URL })

export async function findByEmail(email) {
  const [rows] = await db.execute('SELECT * FROM users WHERE email = ?', [email]) // ok: sql-injection
  return rows[0] ?? null
}

export async function findByUsername(username) {
  const [rows] = await db.query(`SELECT * FROM users WHERE username = '${username}'`) // expect: sql-injection
  return rows[0] ?? null
}

export async function listByRole(role, orderBy) {
  return knex('users').where({ role }).orderByRaw(orderBy) // expect: sql-injection
}

export async function listActive(limit = 50) {
  return knex('users').where('active', true).orderBy('last_seen_at', 'desc').limit(limit) // ok: sql-injection
}

export async function countSignupsSince(date) {
  const result = await knex.raw('SELECT COUNT(*) AS n FROM users WHERE created_at >= ?', [date]) // ok: sql-injection
  return result[0][0].n
}

export async function deactivate(ids) {
  const list = ids.join(',')
  return knex.raw(`UPDATE users SET active = 0 WHERE id IN (${list})`) // expect: sql-injection
}
