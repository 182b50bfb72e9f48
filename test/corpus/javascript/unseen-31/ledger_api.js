// corpus: path=src/ledger/api.js
const express = require('express')
const session = require('express-session')
const PgStore = require('connect-pg-simple')(session)
const postgres = require('postgres')
const jwt = require('jsonwebtoken')
const fs = require('fs')

const sql = postgres(process.env.DATABASE_URL, { max: 10 })
const PARTNER_KEY = fs.readFileSync(process.env.PARTNER_PUBLIC_KEY_PATH)
const app = express()
app.use(express.json())
app.set('trust proxy', 1)

app.use(
  session({
    store: new PgStore({ conString: process.env.DATABASE_URL }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 }, // ok: insecure-cookie
  }),
)

function partnerAuth(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer\s+/i, '')
  try {
    req.partner = jwt.verify(token, PARTNER_KEY, { ignoreExpiration: true }) // expect: jwt-weak
    next()
  } catch (err) {
    res.status(401).json({ error: 'invalid token' })
  }
}

function partnerAuthStrict(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer\s+/i, '')
  try {
    req.partner = jwt.verify(token, PARTNER_KEY, { algorithms: ['RS256'], audience: 'ledger', clockTolerance: 30 }) // ok: jwt-weak
    next()
  } catch (err) {
    res.status(401).json({ error: 'invalid token' })
  }
}

function userAuth(req, res, next) {
  if (!req.session.userId) return res.status(401).json({ error: 'login required' })
  next()
}

app.get('/entries', userAuth, async (req, res) => {
  const { account, from, to } = req.query
  const rows = await sql`select id, amount, memo, booked_at from entries where account_id = ${account} and booked_at between ${from} and ${to} order by booked_at` // ok: sql-injection
  res.json(rows)
})

app.get('/entries/sorted', userAuth, async (req, res) => {
  const column = req.query.column || 'booked_at'
  const rows = await sql.unsafe(`select id, amount, memo from entries where account_id = $1 order by ${column}`, [req.query.account]) // expect: sql-injection
  res.json(rows)
})

app.get('/entries/by-column', userAuth, async (req, res) => {
  const column = ['booked_at', 'amount', 'memo'].includes(req.query.column) ? req.query.column : 'booked_at'
  const rows = await sql`select id, amount, memo from entries where account_id = ${req.query.account} order by ${sql(column)}` // ok: sql-injection
  res.json(rows)
})

app.post('/partner/entries', partnerAuth, async (req, res) => {
  const [entry] = await sql`insert into entries ${sql(req.body, 'account_id', 'amount', 'memo')} returning id` // ok: mass-assignment
  res.status(201).json(entry)
})

app.post('/partner/entries/bulk', partnerAuthStrict, async (req, res) => {
  const values = req.body.entries.map((e) => `('${e.account_id}', ${e.amount}, '${e.memo}')`).join(', ')
  await sql.unsafe(`insert into entries (account_id, amount, memo) values ${values}`) // expect: sql-injection
  res.status(201).json({ inserted: req.body.entries.length })
})

app.post('/login', async (req, res) => {
  const { email, password } = req.body
  const [user] = await sql`select id, password_hash from users where email = ${email}`
  if (!user || !(await require('bcrypt').compare(password, user.password_hash))) {
    console.warn(`failed login for ${email} with password ${password}`) // expect: sensitive-logging, log-injection
    return res.status(401).json({ error: 'invalid credentials' })
  }
  req.session.regenerate((err) => {
    if (err) return res.status(500).json({ error: 'session error' })
    req.session.userId = user.id
    res.json({ ok: true })
  })
})

app.post('/preferences', userAuth, (req, res) => {
  req.session.role = req.body.role // expect: trust-boundary
  req.session.theme = req.body.theme === 'dark' ? 'dark' : 'light' // ok: trust-boundary
  res.json({ ok: true })
})

module.exports = app
