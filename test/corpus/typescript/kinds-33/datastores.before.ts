import knex, { type Knex } from 'knex'
import { Sequelize } from 'sequelize'
import Redis from 'ioredis'
import amqp from 'amqplib'
import { Client as Elastic } from '@elastic/elasticsearch'

const env = process.env

export const knexConfig: Knex.Config = {
  client: 'pg',
  connection: env.DATABASE_URL,
  pool: { min: 0, max: 10 },
  migrations: { tableName: 'knex_migrations' },
}

export const db = knex(knexConfig)

export const legacyShop = new Sequelize(env.SHOP_DB_NAME ?? 'shop', env.SHOP_DB_USER ?? 'shop', env.SHOP_DB_PASSWORD, {
  host: env.SHOP_DB_HOST ?? 'localhost',
  dialect: 'mysql',
  logging: false,
})

export const redis = new Redis({
  host: env.REDIS_HOST ?? '127.0.0.1',
  port: Number(env.REDIS_PORT ?? 6379),
  password: env.REDIS_PASSWORD,
  maxRetriesPerRequest: 3,
})

export async function connectQueue() {
  const conn = await amqp.connect(env.AMQP_URL!)
  return conn.createChannel()
}

export const search = new Elastic({
  node: env.ELASTIC_URL ?? 'http://localhost:9200',
  auth: env.ELASTIC_API_KEY ? { apiKey: env.ELASTIC_API_KEY } : undefined,
})
