const knex = require('../db/knex');

async function findUser(id) {
  return knex('users').where({ id }).first();
}

async function listUsers({ page = 1, perPage = 50 } = {}) {
  return knex('users')
    .select('id', 'email', 'name', 'created_at')
    .orderBy('id')
    .limit(perPage)
    .offset((page - 1) * perPage);
}

module.exports = { findUser, listUsers };
