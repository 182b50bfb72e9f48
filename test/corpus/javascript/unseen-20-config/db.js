// corpus: path=src/lib/db.js
const { Pool } = require('pg');
const mongoose = require('mongoose');

const pool = new Pool({
  connectionString: 'postgres://shop_app:9fQ2xLm7Vt4Rk8Wz@db.prod.shopwave.io:5432/shop', // expect: hardcoded-secret
  ssl: { rejectUnauthorized: false }, // expect: tls-verify-disabled
  max: 20,
});

const reportingPool = new Pool({
  connectionString: process.env.REPORTING_DATABASE_URL,
  ssl: { rejectUnauthorized: true, ca: process.env.PG_CA_CERT }, // ok: tls-verify-disabled
});

async function connectMongo() {
  await mongoose.connect('mongodb+srv://catalog:Lk8vQ2zX7mRt4Wn9@catalog.x7k2p.mongodb.net/catalog?retryWrites=true'); // expect: hardcoded-secret
}

async function connectLocalMongo() {
  await mongoose.connect('mongodb://localhost:27017/catalog_dev'); // ok: hardcoded-secret
}

module.exports = { pool, reportingPool, connectMongo, connectLocalMongo };
