// corpus: path=src/controllers/products.js
const { Sequelize, Product } = require('../models')

async function search(req, res) {
  const rows = await Product.findAll({
    where: Sequelize.literal(`name ILIKE '%${req.query.q}%'`), // expect: sql-injection
    limit: 20,
  })
  res.json(rows)
}

async function searchSafe(req, res) {
  const rows = await Product.findAll({
    where: { name: { [Sequelize.Op.iLike]: `%${req.query.q}%` } }, // ok: sql-injection
    limit: 20,
  })
  res.json(rows)
}

module.exports = { search, searchSafe }
