const { priceOf } = require('./prices')

function cartTotal(cart) {
  let total = 0
  for (const line of cart.lines) {
    total += priceOf(line.sku) * line.qty
  }
  return total
}

module.exports = { cartTotal }
