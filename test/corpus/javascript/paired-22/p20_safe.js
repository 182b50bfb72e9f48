// corpus: path=src/cors.js
const cors = require('cors')

const ALLOWED = (process.env.CORS_ORIGINS || '').split(',').filter(Boolean)

const corsMiddleware = cors({
  origin: (origin, callback) => callback(null, !origin || ALLOWED.includes(origin)), // ok: permissive-cors
  credentials: true,
})

module.exports = { corsMiddleware }
