// corpus: path=src/cart/cart.spec.ts
import { describe, expect, it } from 'vitest'
import { addItem, applyCoupon, cartTotals, emptyCart, removeItem, type Cart } from './cart'

const book = { sku: 'BOOK-1', name: 'Refactoring', priceCents: 4500 }
const pen = { sku: 'PEN-2', name: 'Fountain pen', priceCents: 1200 }

describe('cart', () => {
  it('starts empty', () => {
    expect(cartTotals(emptyCart())).toEqual({ subtotalCents: 0, discountCents: 0, totalCents: 0, items: 0 })
  })

  it('adds and merges lines by sku', () => {
    let cart: Cart = emptyCart()
    cart = addItem(cart, book, 1)
    cart = addItem(cart, book, 2)
    cart = addItem(cart, pen, 1)
    expect(cart.lines).toHaveLength(2)
    expect(cart.lines.find((l) => l.sku === 'BOOK-1')?.quantity).toBe(3)
    expect(cartTotals(cart).subtotalCents).toBe(3 * 4500 + 1200)
  })

  it('removes a line when quantity reaches zero', () => {
    let cart = addItem(emptyCart(), pen, 2)
    cart = removeItem(cart, 'PEN-2', 2)
    expect(cart.lines).toEqual([])
  })

  it('rejects negative quantities', () => {
    expect(() => addItem(emptyCart(), pen, -1)).toThrow(/quantity/)
  })

  it.each([
    ['TEN', 1000, 4500 - 450],
    ['FIVEOFF', 500, 4500 - 500],
  ])('applies coupon %s', (code, _value, expected) => {
    const cart = applyCoupon(addItem(emptyCart(), book, 1), code)
    expect(cartTotals(cart).totalCents).toBe(expected)
  })

  it('ignores unknown coupons', () => {
    const cart = applyCoupon(addItem(emptyCart(), book, 1), 'NOPE')
    expect(cart.coupon).toBeUndefined()
    expect(cartTotals(cart).discountCents).toBe(0)
  })

  it('never discounts below zero', () => {
    const cart = applyCoupon(addItem(emptyCart(), { ...pen, priceCents: 300 }, 1), 'FIVEOFF')
    expect(cartTotals(cart).totalCents).toBe(0)
  })
})
