// corpus: path=src/controllers/customers.js
const { QueryTypes } = require('sequelize');
const axios = require('axios');
const { sequelize, Customer } = require('../models');
const logger = require('../logger');

function buildFilter(field, value) {
  return `${field} = '${value}'`;
}

async function findCustomers(where, orderBy) {
  return sequelize.query(`SELECT id, name, email FROM customers WHERE ${where} ORDER BY ${orderBy}`, { // expect: sql-injection
    type: QueryTypes.SELECT,
  });
}

async function fetchAvatar(url) {
  const { data } = await axios.get(url, { responseType: 'arraybuffer', timeout: 5000 }); // expect: ssrf
  return Buffer.from(data);
}

exports.list = async (req, res) => {
  const where = buildFilter('region', req.query.region || 'eu');
  const rows = await findCustomers(where, req.query.sort || 'name');
  res.json(rows);
};

exports.show = async (req, res) => {
  const rows = await sequelize.query('SELECT id, name, email FROM customers WHERE id = :id', { // ok: sql-injection
    replacements: { id: req.params.id },
    type: QueryTypes.SELECT,
  });
  if (!rows.length) return res.status(404).json({ error: 'not found' });
  res.json(rows[0]);
};

exports.importAvatar = async (req, res) => {
  const customer = await Customer.findByPk(req.params.id);
  if (!customer) return res.status(404).end();
  const image = await fetchAvatar(req.body.avatarUrl);
  customer.avatar = image;
  await customer.save();
  logger.info({ customerId: customer.id }, 'avatar imported');
  res.status(204).end();
};

exports.refreshGravatar = async (req, res) => {
  const customer = await Customer.findByPk(req.params.id);
  const hash = require('crypto').createHash('sha256').update(customer.email.trim().toLowerCase()).digest('hex');
  customer.avatar = await fetchAvatar(`https://www.gravatar.com/avatar/${hash}?d=404`);
  await customer.save();
  res.status(204).end();
};
