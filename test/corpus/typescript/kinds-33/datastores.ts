// corpus: path=src/config/datastores.ts
import knex, { type Knex } from 'knex'
import { Sequelize } from 'sequelize'
import Redis from 'ioredis'
import amqp from 'amqplib'
import { Client as Elastic } from '@elastic/elasticsearch'

const env = process.env

export const knexConfig: Knex.Config = {
  client: 'pg',
  connection: env.DATABASE_URL ?? 'postgres://postgres:postgres@localhost:5432/billing_dev', // ok: hardcoded-secret
  pool: { min: 0, max: 10 },
  migrations: { tableName: 'knex_migrations' },
}

export const db = knex(knexConfig)

// The reporting replica was wired in while the secrets manager entry was pending, with the
// production read user's password in the URL.
export const reporting = knex({
  client: 'pg',
  connection: 'postgres://reporting_ro:Vq7rT2pLx9mK4wZs@billing-replica.cluster-c9x2.eu-west-1.rds.amazonaws.com:5432/billing', // expect: hardcoded-secret
  pool: { min: 0, max: 4 },
})

export const legacyShop = new Sequelize(env.SHOP_DB_NAME ?? 'shop', env.SHOP_DB_USER ?? 'shop', env.SHOP_DB_PASSWORD, {
  host: env.SHOP_DB_HOST ?? 'localhost',
  dialect: 'mysql',
  logging: false,
})

export const archive = new Sequelize('shop_archive', 'archive_admin', 'Hq4mZ8vR2wLp7TnX', { // expect: hardcoded-secret
  host: 'mysql-archive.internal.acme-shop.net',
  dialect: 'mysql',
  logging: false,
})

export const redis = new Redis({
  host: env.REDIS_HOST ?? '127.0.0.1',
  port: Number(env.REDIS_PORT ?? 6379),
  password: env.REDIS_PASSWORD,
  maxRetriesPerRequest: 3,
})

export const sessionsRedis = new Redis({
  host: 'sessions.x7k2pq.ng.0001.euw1.cache.amazonaws.com',
  port: 6379,
  password: 'r3dPr0d7Gx2KqW9mLs4T', // expect: hardcoded-secret
  tls: {},
})

export async function connectQueue() {
  const conn = await amqp.connect(env.AMQP_URL ?? 'amqp://guest:guest@localhost:5672') // ok: hardcoded-secret
  return conn.createChannel()
}

export async function connectOrdersQueue() {
  const conn = await amqp.connect('amqps://orders:Xk29fLq7Wm3pR8sD@b-4f1c2d.mq.eu-west-1.amazonaws.com:5671') // expect: hardcoded-secret
  return conn.createChannel()
}

export const search = new Elastic({
  node: env.ELASTIC_URL ?? 'http://localhost:9200',
  auth: env.ELASTIC_API_KEY ? { apiKey: env.ELASTIC_API_KEY } : undefined,
})

export const logsSearch = new Elastic({
  node: 'https://logs-7f2a.es.eu-west-1.aws.found.io:9243',
  auth: { username: 'elastic', password: 'pN4xW8qZ2mR6tK9vB3cJ' }, // expect: hardcoded-secret
})
