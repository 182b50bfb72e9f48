// corpus: path=src/middleware/cart.js
const serialize = require('node-serialize')

function loadCart(req, res, next) {
  const raw = req.cookies.cart
  req.cart = raw ? serialize.unserialize(Buffer.from(raw, 'base64').toString('utf8')) : { items: [] } // expect: unsafe-deserialization
  next()
}

module.exports = { loadCart }
