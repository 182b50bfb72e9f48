// corpus: path=services/audit/consumer.js
'use strict'

// Consumes `storefront.events`. The public storefront API produces to this topic straight from
// the request: `search.performed` carries the shopper's query, `review.submitted` the review form,
// `profile.updated` the profile form. Nothing between the API and the topic validates those
// fields, so a message's value is as untrusted as the request that produced it.

const { Kafka, logLevel } = require('kafkajs')
const { MongoClient } = require('mongodb')
const mysql = require('mysql2/promise')
const pino = require('pino')
const { spawn } = require('node:child_process')

const log = pino({ level: process.env.LOG_LEVEL || 'info' })
const kafka = new Kafka({ clientId: 'audit', brokers: process.env.KAFKA_BROKERS.split(','), logLevel: logLevel.WARN })
const consumer = kafka.consumer({ groupId: 'audit-writer' })
const mongo = new MongoClient(process.env.MONGO_URL)
const sql = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 4 })

const REVIEW_STATES = ['pending', 'published', 'hidden']

async function recordSearch(evt) {
  // Analytics table keyed by day; the term is free text.
  await sql.query(`INSERT INTO search_terms (day, term) VALUES (CURDATE(), '${evt.term}')`) // expect: sql-injection
  await sql.execute('INSERT INTO search_terms_v2 (day, term) VALUES (CURDATE(), ?)', [evt.term]) // ok: sql-injection
}

async function recordReview(evt) {
  const reviews = mongo.db('shop').collection('reviews')
  // Moderators look reviews up by the author's handle.
  const previous = await reviews.findOne({ author: evt.author, productId: evt.productId }) // expect: nosql-injection
  const prior = await reviews.findOne({ author: String(evt.author), productId: String(evt.productId) }) // ok: nosql-injection
  const state = REVIEW_STATES.includes(evt.state) ? evt.state : 'pending'
  await reviews.updateOne(
    { _id: (previous || prior || {})._id || evt.reviewId },
    { $set: { body: String(evt.body), rating: Number(evt.rating), state } },
    { upsert: true },
  )
}

async function recordProfile(evt) {
  const profiles = mongo.db('shop').collection('profiles')
  const changes = evt.changes || {}
  const update = {}
  for (const key of ['displayName', 'bio', 'locale']) {
    if (typeof changes[key] === 'string') update[key] = changes[key]
  }
  await profiles.updateOne({ userId: String(evt.userId) }, { $set: update }) // ok: mass-assignment
  log.info('profile updated for %s', String(evt.userId))
}

async function renderAvatar(evt) {
  // Avatar initials are rendered with ImageMagick for users without a photo.
  const convert = spawn(`convert -size 128x128 xc:#ccc -gravity center -annotate 0 "${evt.initials}" /srv/avatars/${evt.userId}.png`, { shell: true }) // expect: command-injection
  await new Promise((resolve, reject) => convert.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`convert exited ${code}`)))))
}

async function renderAvatarArgs(evt) {
  const initials = String(evt.initials).slice(0, 2)
  const convert = spawn('convert', ['-size', '128x128', 'xc:#ccc', '-gravity', 'center', '-annotate', '0', initials, `/srv/avatars/${Number(evt.userId)}.png`]) // ok: command-injection
  await new Promise((resolve, reject) => convert.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`convert exited ${code}`)))))
}

const handlers = {
  'search.performed': recordSearch,
  'review.submitted': recordReview,
  'profile.updated': recordProfile,
  'avatar.requested': renderAvatar,
  'avatar.requested.v2': renderAvatarArgs,
}

async function main() {
  await mongo.connect()
  await consumer.connect()
  await consumer.subscribe({ topic: 'storefront.events', fromBeginning: false })
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const evt = JSON.parse(message.value.toString())
      const type = message.headers && message.headers['event-type'] ? message.headers['event-type'].toString() : evt.type
      log.info(`received ${type} on ${topic}/${partition}`) // expect: log-injection
      const handle = handlers[type]
      if (!handle) {
        log.warn({ offset: message.offset }, 'no handler for event type')
        return
      }
      const started = Date.now()
      try {
        await handle(evt)
      } catch (err) {
        log.error({ err, offset: message.offset }, 'event handler failed')
        throw err
      }
      log.debug({ ms: Date.now() - started }, 'event handled')
    },
  })
}

main().catch((err) => {
  log.fatal({ err }, 'audit consumer crashed')
  process.exit(1)
})
