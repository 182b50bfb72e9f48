// corpus: path=src/cors.js
const cors = require('cors')

const corsMiddleware = cors({
  origin: (origin, callback) => callback(null, true), // expect: permissive-cors
  credentials: true,
})

module.exports = { corsMiddleware }
