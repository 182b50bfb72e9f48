const express = require('express')
const session = require('express-session')
const RedisStore = require('connect-redis').default
const { createClient } = require('redis')
const { Pool } = require('pg')
const helmet = require('helmet')
const morgan = require('morgan')
const nodemailer = require('nodemailer')

const routes = require('./routes')

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
const redis = createClient({ url: process.env.REDIS_URL })
redis.connect().catch((err) => console.error('redis connect failed', err))

const mailer = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

const app = express()
app.set('trust proxy', 1)
app.use(helmet())
app.use(morgan('combined'))
app.use(express.json())

app.use(session({
  store: new RedisStore({ client: redis, prefix: 'sess:' }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
}))

app.locals.db = pool
app.locals.mailer = mailer
app.use('/api', routes)

app.use((err, req, res, next) => {
  console.error(err)
  res.status(500).json({ error: 'Internal Server Error' })
})

module.exports = app
