// corpus: path=src/cart/cart.js
function removeOutOfStock(items, stock) {
  for (let i = 0; i < items.length; i++) {
    if (!stock[items[i].sku]) {
      items.splice(i, 1); // expect: mutate-while-iterating
    }
  }
  return items;
}

function removeOutOfStockSafe(items, stock) {
  for (let i = items.length - 1; i >= 0; i--) {
    if (!stock[items[i].sku]) {
      items.splice(i, 1); // ok: mutate-while-iterating
    }
  }
  return items;
}

function dropExpired(coupons, now = Date.now()) {
  coupons.forEach((coupon, index) => {
    if (coupon.expiresAt < now) {
      coupons.splice(index, 1); // expect: mutate-while-iterating
    }
  });
  return coupons;
}

function addFreeGifts(items) {
  for (const item of items) {
    if (item.giftSku) {
      items.push({ sku: item.giftSku, quantity: 1, price: 0 }); // expect: mutate-while-iterating
    }
  }
  return items;
}

function addFreeGiftsSafe(items) {
  const gifts = items.filter((i) => i.giftSku).map((i) => ({ sku: i.giftSku, quantity: 1, price: 0 }));
  items.push(...gifts); // ok: mutate-while-iterating
  return items;
}

function totals(items) {
  const bySku = new Map();
  for (const item of items) {
    bySku.set(item.sku, (bySku.get(item.sku) || 0) + item.quantity); // ok: mutate-while-iterating
  }
  return bySku;
}

async function checkout(cart, payments) {
  try {
    return await payments.charge(cart.total);
  } finally {
    cart.locked = false;
    return null; // expect: finally-control-flow
  }
}

async function checkoutSafe(cart, payments) {
  try {
    return await payments.charge(cart.total);
  } finally {
    cart.locked = false; // ok: finally-control-flow
  }
}

function drainQueue(queue) {
  while (queue.length) {
    const job = queue.shift();
    try {
      job.run();
    } finally {
      if (job.fatal) break; // expect: finally-control-flow
    }
  }
}

module.exports = { removeOutOfStock, removeOutOfStockSafe, dropExpired, addFreeGifts, addFreeGiftsSafe, totals, checkout, checkoutSafe, drainQueue };
