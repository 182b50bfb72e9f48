// corpus: path=src/constants.js
'use strict'

// Public identifiers only: everything here ships to the browser bundle as well.
const PUBLIC = Object.freeze({
  GOOGLE_MAPS_BROWSER_KEY: 'AIzaSyBq6b1x3YDm0r2kTq7sXv9wZc4Ue8Lh5Np', // ok: hardcoded-secret
  RECAPTCHA_SITE_KEY: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', // ok: hardcoded-secret
  PLAUSIBLE_DOMAIN: 'shop.example.com',
  PAYPAL_CLIENT_ID: 'AZDxjDScFpQtjWTOUtWKbyN_bDt4OgqaF4eYXlewfBP4-8aqX3PiV8e1GWU6liB2CUXlkA59kJXE7M6R', // ok: hardcoded-secret
  INTERCOM_APP_ID: 'r4nd0m1d',
})

const ASSET_HASHES = Object.freeze({
  'app.js': 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC', // ok: hardcoded-secret
  'vendor.js': 'sha384-9aIt2nRpC12Uk9gS9baDl411NQApFmC26EwAOH8WgZl5MYYxFfc+NcPb1dKGj7Sk',
  'app.css': 'sha384-KyZXEAg3QhqLMpG8r+8fhAXLRk2vvoC2f3B09zVXn8CA5QIVfZOJ3BCsw2P0p/We',
})

const ORDER_STATUS = Object.freeze({
  PENDING: 'pending',
  PAID: 'paid',
  SHIPPED: 'shipped',
  DELIVERED: 'delivered',
  CANCELLED: 'cancelled',
  REFUNDED: 'refunded',
})

const HEADERS = Object.freeze({
  API_KEY: 'X-Shop-Api-Key',
  SIGNATURE: 'Shop-Signature',
  IDEMPOTENCY_KEY: 'Idempotency-Key',
  REQUEST_ID: 'X-Request-Id',
})

const ERROR_CODES = Object.freeze({
  INVALID_PASSWORD: 'auth/invalid-password',
  TOKEN_EXPIRED: 'auth/token-expired',
  SECRET_ROTATED: 'webhooks/secret-rotated',
  API_KEY_REVOKED: 'auth/api-key-revoked',
  CARD_DECLINED: 'payments/card-declined',
})

const PLACEHOLDERS = Object.freeze({
  password: '••••••••',
  apiKey: 'shk_live_••••••••••••',
  cardNumber: '1234 5678 9012 3456',
})

const DEFAULT_AVATAR =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=' // ok: hardcoded-secret

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
const TEST_ORDER_ID = '00000000-0000-4000-8000-000000000000'

module.exports = { PUBLIC, ASSET_HASHES, ORDER_STATUS, HEADERS, ERROR_CODES, PLACEHOLDERS, DEFAULT_AVATAR, EMPTY_SHA256, TEST_ORDER_ID }
