// corpus: path=src/services/otp.js
const _ = require('lodash')
const { redis } = require('../lib/redis')
const { sendSms } = require('../lib/sms')

async function sendLoginCode(user) {
  const code = String(_.random(100000, 999999)) // expect: insecure-random
  await redis.set(`otp:${user.id}`, code, 'EX', 300)
  await sendSms(user.phone, `Your sign-in code is ${code}`)
}

async function verifyLoginCode(user, submitted) {
  const expected = await redis.get(`otp:${user.id}`)
  if (!expected || expected !== String(submitted)) return false
  await redis.del(`otp:${user.id}`)
  return true
}

module.exports = { sendLoginCode, verifyLoginCode }
