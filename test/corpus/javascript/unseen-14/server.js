// corpus: path=src/server.js
const express = require('express')
const session = require('express-session')
const RedisStore = require('connect-redis').default
const cors = require('cors')
const helmet = require('helmet')
const morgan = require('morgan')
const { createClient } = require('redis')

const config = require('./config')
const authRoutes = require('./routes/auth')
const orderRoutes = require('./routes/orders')

const app = express()
const redisClient = createClient({ url: config.redis.url })
redisClient.connect().catch((err) => console.error('redis connect failed', err))

app.set('trust proxy', 1)
app.use(helmet())
app.use(morgan(config.logFormat))
app.use(express.json({ limit: '1mb' }))

app.use(cors({ origin: true, credentials: true })) // expect: permissive-cors

app.use(
  session({ // expect: insecure-cookie
    store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
    secret: config.session.secret,
    resave: false,
    saveUninitialized: false,
    name: 'sid',
    cookie: { secure: false, httpOnly: true, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 8 },
  }),
)

app.use('/auth', authRoutes)
app.use('/orders', orderRoutes)

app.get('/healthz', (req, res) => {
  res.json({ status: 'ok', uptime: process.uptime() })
})

app.post('/preferences/theme', (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light'
  res.cookie('theme', theme, { maxAge: 31536000000, sameSite: 'lax' }) // ok: insecure-cookie
  res.sendStatus(204)
})

app.post('/auth/remember', (req, res) => {
  res.cookie('remember_token', req.user.rememberToken, { httpOnly: false, maxAge: 2592000000 }) // expect: insecure-cookie
  res.sendStatus(204)
})

app.use((err, req, res, next) => {
  console.error(err)
  res.status(err.status || 500).json({ error: 'internal error' })
})

app.listen(config.port, () => {
  console.log(`listening on ${config.port}`)
})
