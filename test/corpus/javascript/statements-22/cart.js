const { priceOf, isDiscontinued } = require('./prices')

function cartTotal(cart) {
  let total = 0
  for (const line of cart.lines) {
    total += priceOf(line.sku) * line.qty
  }
  return total
}

function dropDiscontinued(cart) {
  cart.lines.forEach((line, index) => {
    if (isDiscontinued(line.sku)) {
      cart.lines.splice(index, 1) // expect: mutate-while-iterating
    }
  })
  return cart
}

function dropDiscontinuedV2(cart) {
  cart.lines = cart.lines.filter((line) => !isDiscontinued(line.sku))
  return cart
}

function mergeDuplicates(cart) {
  const seen = new Map()
  for (const line of cart.lines) {
    const prev = seen.get(line.sku)
    if (prev) {
      prev.qty += line.qty
      cart.lines.splice(cart.lines.indexOf(line), 1) // expect: mutate-while-iterating
    } else {
      seen.set(line.sku, line) // ok: mutate-while-iterating
    }
  }
  return cart
}

function mergeDuplicatesV2(cart) {
  const merged = new Map()
  for (const line of cart.lines) {
    const prev = merged.get(line.sku)
    if (prev) prev.qty += line.qty
    else merged.set(line.sku, { ...line })
  }
  cart.lines = [...merged.values()]
  return cart
}

function addFreeGifts(cart, gifts) {
  const extra = []
  for (const line of cart.lines) {
    const gift = gifts[line.sku]
    if (gift) extra.push({ sku: gift, qty: 1, price: 0 }) // ok: mutate-while-iterating
  }
  cart.lines.push(...extra)
  return cart
}

module.exports = { cartTotal, dropDiscontinued, dropDiscontinuedV2, mergeDuplicates, mergeDuplicatesV2, addFreeGifts }
