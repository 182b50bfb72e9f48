// corpus: path=config/index.js
require('dotenv').config()

module.exports = {
  port: Number(process.env.PORT || 3000),
  databaseUrl: process.env.DATABASE_URL, // ok: hardcoded-secret
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379', // ok: hardcoded-secret
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY, // ok: hardcoded-secret
    webhookSecret: 'whsec_Qm4Z8kPp2TvX7rLc9NyB3dWa6FgH1sJe', // expect: hardcoded-secret
  },
  mail: {
    host: 'smtp.sendgrid.net',
    user: 'apikey',
    pass: 'SG.Zq2xW8vN4kLp.Hd7Jf3Tb9Rc1Ym6Ua0Eo5Is8Gx2Kv4Nw7Pq3Lr9Ts1Bz', // expect: hardcoded-secret
  },
  slackWebhook: 'https://hooks.slack.com/services/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', // expect: hardcoded-secret
  jwtSecret: process.env.JWT_SECRET || 'change-me', // expect: hardcoded-secret
  passwordMinLength: 12,
  sessionCookieName: 'sid', // ok: hardcoded-secret
}
