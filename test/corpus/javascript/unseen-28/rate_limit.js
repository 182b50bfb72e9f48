// corpus: path=src/lib/rate-limit.js
const Redis = require('ioredis')

const redis = new Redis(process.env.REDIS_URL)

const SLIDING_WINDOW = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, 0, now - window)
local count = redis.call('ZCARD', key)
if count >= limit then return 0 end
redis.call('ZADD', key, now, now .. '-' .. math.random())
redis.call('PEXPIRE', key, window)
return 1
`

redis.defineCommand('slidingWindow', { numberOfKeys: 1, lua: SLIDING_WINDOW })

function limiter({ windowMs = 60000, limit = 100 } = {}) {
  return async (req, res, next) => {
    const key = `rl:${req.ip}:${req.baseUrl}`
    const allowed = await redis.slidingWindow(key, Date.now(), windowMs, limit)
    if (!allowed) return res.status(429).json({ error: 'too_many_requests' })
    next()
  }
}

async function resetFor(req, res) {
  const pattern = req.body.pattern
  const removed = await redis.eval(`local keys = redis.call('KEYS', 'rl:${pattern}') for _, k in ipairs(keys) do redis.call('DEL', k) end return #keys`, 0) // expect: code-injection
  res.json({ removed })
}

async function resetKey(req, res) {
  const removed = await redis.eval("return redis.call('DEL', KEYS[1])", 1, `rl:${req.body.ip}:${req.body.route}`) // ok: code-injection
  res.json({ removed })
}

async function quota(req, res) {
  const counts = await redis.eval( // ok: code-injection
    "local out = {} for i, k in ipairs(KEYS) do out[i] = redis.call('ZCARD', k) end return out",
    req.body.routes.length,
    ...req.body.routes.map((r) => `rl:${req.ip}:${r}`),
  )
  res.json({ counts })
}

module.exports = { limiter, resetFor, resetKey, quota }
