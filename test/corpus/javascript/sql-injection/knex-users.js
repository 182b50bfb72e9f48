// corpus: path=src/users/queries.js
const knex = require('../db/knex');

async function findUser(id) {
  return knex('users').where({ id }).first();
}

async function listUsers({ page = 1, perPage = 50, sortBy = 'id', domain } = {}) {
  const query = knex('users')
    .select('id', 'email', 'name', 'created_at')
    .orderByRaw(`${sortBy} ASC`) // expect: sql-injection
    .limit(perPage)
    .offset((page - 1) * perPage);
  if (domain) {
    query.whereRaw('email LIKE ?', [`%@${domain}`]); // ok: sql-injection
  }
  return query;
}

async function countByDomain(domain) {
  const result = await knex.raw(`SELECT COUNT(*) AS n FROM users WHERE email LIKE '%@${domain}'`); // expect: sql-injection
  return Number(result.rows[0].n);
}

async function renameUser(id, name) {
  return knex('users').where('id', id).update({ name }); // ok: sql-injection
}

async function usersCreatedSince(date) {
  return knex.raw('SELECT id, email FROM users WHERE created_at >= ?', [date]); // ok: sql-injection
}

module.exports = { findUser, listUsers, countByDomain, renameUser, usersCreatedSince };
