// corpus: path=src/graphql/resolvers.js
const { GraphQLError } = require('graphql')
const knex = require('../db/knex')
const { Order } = require('../models/mongo')

module.exports = {
  Query: {
    async orders(_parent, { status, sortBy }, { user }) {
      return knex('orders')
        .where({ account_id: user.accountId, status })
        .orderByRaw(`${sortBy || 'created_at'} desc`) // expect: sql-injection
    },

    async order(_parent, { id }, { user }) {
      const row = await knex('orders').where({ id, account_id: user.accountId }).first() // ok: sql-injection
      if (!row) throw new GraphQLError('not found', { extensions: { code: 'NOT_FOUND' } })
      return row
    },

    async searchOrders(_parent, { filter }, { user }) {
      return Order.find({ ...filter, accountId: user.accountId }).limit(50) // expect: nosql-injection
    },

    async ordersByTag(_parent, { tag }, { user }) {
      return Order.find({ tags: String(tag), accountId: user.accountId }).limit(50) // ok: nosql-injection
    },
  },

  Mutation: {
    async renameOrder(_parent, { id, name }, { user }) {
      await knex.raw(`UPDATE orders SET name = '${name}' WHERE id = ? AND account_id = ?`, [id, user.accountId]) // expect: sql-injection
      return { id, name }
    },

    async tagOrder(_parent, { id, tag }, { user }) {
      await knex('orders').where({ id, account_id: user.accountId }).update({ tag }) // ok: sql-injection
      return { id, tag }
    },
  },
}
