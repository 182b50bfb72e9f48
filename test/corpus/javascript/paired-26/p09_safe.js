// corpus: path=src/middleware/cart.js
function loadCart(req, res, next) {
  const raw = req.cookies.cart
  try {
    req.cart = raw ? JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) : { items: [] } // ok: unsafe-deserialization
  } catch {
    req.cart = { items: [] }
  }
  next()
}

module.exports = { loadCart }
