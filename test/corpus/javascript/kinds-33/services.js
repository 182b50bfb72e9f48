// corpus: path=src/config/services.js
'use strict'

const amqp = require('amqplib')
const { Sequelize } = require('sequelize')
const { createClient } = require('redis')
const ldap = require('ldapjs')
const twilio = require('twilio')
const { Client: ElasticClient } = require('@elastic/elasticsearch')
const { SignJWT, jwtVerify } = require('jose')
const axios = require('axios')

const isProduction = process.env.NODE_ENV === 'production'

// --- message broker -------------------------------------------------------------------------

async function connectBroker() {
  if (!isProduction) {
    // RabbitMQ's own default account, which only accepts connections from localhost.
    return amqp.connect('amqp://guest:guest@localhost:5672') // ok: hardcoded-secret
  }
  return amqp.connect('amqps://billing-svc:Hq7vR2mLx9Tk4Wz8@rabbitmq.prod.fieldbook.io:5671/billing') // expect: hardcoded-secret
}

async function connectBrokerFromEnv() {
  return amqp.connect(process.env.AMQP_URL, { heartbeat: 30 })
}

// --- databases ------------------------------------------------------------------------------

const sequelize = new Sequelize('fieldbook', 'fieldbook_app', 'Tr7kLq2pXv9mWz4N', { // expect: hardcoded-secret
  host: 'db.prod.fieldbook.io',
  dialect: 'postgres',
  logging: false,
  pool: { max: 10, idle: 10000 },
})

const reportingDb = new Sequelize(process.env.REPORTING_DB, process.env.REPORTING_USER, process.env.REPORTING_PASSWORD, { // ok: hardcoded-secret
  host: process.env.REPORTING_HOST,
  dialect: 'postgres',
  logging: false,
})

const cache = createClient({
  url: 'rediss://default:p8Xq3LmV7tK2wZ9r@cache.prod.fieldbook.io:6380', // expect: hardcoded-secret
  socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 3000) },
})

const search = new ElasticClient({
  node: 'https://search.prod.fieldbook.io:9200',
  auth: { username: 'elastic', password: 'E1astic-Vq8mT3xLw' }, // expect: hardcoded-secret
})

const searchFromEnv = new ElasticClient({
  node: process.env.ELASTIC_NODE,
  auth: { apiKey: process.env.ELASTIC_API_KEY }, // ok: hardcoded-secret
})

// --- directory ------------------------------------------------------------------------------

function directoryClient() {
  const client = ldap.createClient({ url: 'ldaps://ldap.corp.fieldbook.io:636' })
  return new Promise((resolve, reject) => {
    client.bind('cn=svc-portal,ou=services,dc=fieldbook,dc=io', 'Ld4p!Portal#2024', (err) => { // expect: hardcoded-secret
      if (err) return reject(err)
      resolve(client)
    })
  })
}

// --- third-party APIs ----------------------------------------------------------------------

const sms = twilio('AC3f9d0c1e5b7a2c4e6f8a0b1d3e5f7a9c', '9b1d3f5e7a0c2e4b6d8f1a3c5e7b9d2f') // expect: hardcoded-secret

const smsFromEnv = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN) // ok: hardcoded-secret

class LedgerClient {
  static API_BASE = 'https://api.ledgerly.io/v2' // ok: hardcoded-secret
  static TOKEN_HEADER = 'X-Ledgerly-Token' // ok: hardcoded-secret
  static API_TOKEN = 'lgr_live_4Tq8Xv2Lm7Rn1Wz5Bc9Yd3Hf6Js0GaKp' // expect: hardcoded-secret

  constructor({ timeout = 5000, retries = 2 } = {}) {
    this.http = axios.create({
      baseURL: LedgerClient.API_BASE,
      timeout,
      headers: { [LedgerClient.TOKEN_HEADER]: LedgerClient.API_TOKEN },
    })
    this.retries = retries
  }

  balances(accountId) {
    return this.http.get(`/accounts/${encodeURIComponent(accountId)}/balances`)
  }
}

// The export partner only supports HTTP basic auth.
function exportPartnerClient(username = 'fieldbook-export', password = 'Xp0rt-9fQ2xLm7Vt4R') { // expect: hardcoded-secret
  return axios.create({
    baseURL: 'https://sftp-gw.partner.example/api',
    auth: { username, password },
  })
}

function archivePartnerClient() {
  const credentials = Buffer.from(`${process.env.ARCHIVE_USER}:${process.env.ARCHIVE_PASSWORD}`).toString('base64')
  return axios.create({
    baseURL: 'https://archive.partner.example/api',
    headers: { Authorization: `Basic ${credentials}` }, // ok: hardcoded-secret
  })
}

function legacyReportsClient() {
  return axios.create({
    baseURL: 'https://reports.partner.example',
    headers: { Authorization: 'Basic ' + Buffer.from('fieldbook:Rp7mQ2vLx8Tk').toString('base64') }, // expect: hardcoded-secret
  })
}

// --- internal tokens ------------------------------------------------------------------------

const serviceKey = new TextEncoder().encode('c7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2') // expect: hardcoded-secret

const sessionKey = new TextEncoder().encode(process.env.SESSION_JWT_SECRET) // ok: hardcoded-secret

async function serviceToken(subject) {
  return new SignJWT({ scope: 'internal' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setExpirationTime('5m')
    .sign(serviceKey)
}

async function verifySession(token) {
  const { payload } = await jwtVerify(token, sessionKey, { algorithms: ['HS256'] })
  return payload
}

module.exports = {
  connectBroker,
  connectBrokerFromEnv,
  sequelize,
  reportingDb,
  cache,
  search,
  searchFromEnv,
  directoryClient,
  sms,
  smsFromEnv,
  LedgerClient,
  exportPartnerClient,
  archivePartnerClient,
  legacyReportsClient,
  serviceToken,
  verifySession,
}
