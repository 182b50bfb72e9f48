// corpus: path=src/users/users.js
const express = require('express');
const mysql = require('mysql2/promise');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const { Sequelize, QueryTypes, Op } = require('sequelize');

const pool = mysql.createPool({ uri: process.env.MYSQL_URL });
const sequelize = new Sequelize(process.env.DATABASE_URL);
const router = express.Router();

async function findUsersByEmailDomain(domain) {
  const [rows] = await pool.query(`SELECT id, email FROM users WHERE email LIKE '%@${domain}'`); // expect: sql-injection
  return rows;
}

async function findUsersByEmailDomainSafe(domain) {
  const [rows] = await pool.execute('SELECT id, email FROM users WHERE email LIKE ?', [`%@${domain}`]); // ok: sql-injection
  return rows;
}

function buildSort(column, direction) {
  return `${column} ${direction === 'desc' ? 'DESC' : 'ASC'}`;
}

async function listUsers(sort, dir) {
  return knex('users').select('id', 'email').orderByRaw(buildSort(sort, dir)); // expect: sql-injection
}

async function countByRole(role) {
  return sequelize.query(`SELECT COUNT(*) AS n FROM users WHERE role = '${role}'`, { type: QueryTypes.SELECT }); // expect: sql-injection
}

async function countByRoleSafe(role) {
  return sequelize.query('SELECT COUNT(*) AS n FROM users WHERE role = :role', { replacements: { role }, type: QueryTypes.SELECT }); // ok: sql-injection
}

async function searchByName(name) {
  return knex('users').where('name', 'ilike', `%${name}%`).limit(20); // ok: sql-injection
}

async function searchByNameRaw(name) {
  return knex('users').whereRaw(`name ILIKE '%${name}%'`).limit(20); // expect: sql-injection
}

async function activeSince(date) {
  const User = sequelize.models.User;
  return User.findAll({ where: { lastSeen: { [Op.gte]: date } } }); // ok: sql-injection
}

router.get('/by-domain', async (req, res) => {
  res.json(await findUsersByEmailDomain(req.query.domain));
});

router.get('/by-domain-safe', async (req, res) => {
  res.json(await findUsersByEmailDomainSafe(req.query.domain));
});

router.get('/', async (req, res) => {
  res.json(await listUsers(req.query.sort || 'created_at', req.query.dir));
});

router.get('/count/:role', async (req, res) => {
  res.json(await countByRole(req.params.role));
});

router.get('/count-safe/:role', async (req, res) => {
  res.json(await countByRoleSafe(req.params.role));
});

router.get('/search', async (req, res) => {
  res.json(await searchByName(req.query.name));
});

router.get('/search-raw', async (req, res) => {
  res.json(await searchByNameRaw(req.query.name));
});

router.get('/active', async (req, res) => {
  res.json(await activeSince(new Date(req.query.since)));
});

module.exports = router;
