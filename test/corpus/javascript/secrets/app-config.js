// corpus: path=config/default.js
module.exports = {
  port: Number(process.env.PORT) || 3000,
  db: {
    host: process.env.DB_HOST || 'localhost',
    user: process.env.DB_USER || 'app',
    password: process.env.DB_PASSWORD, // ok: hardcoded-secret
  },
  mail: {
    host: 'smtp.mailgun.org',
    user: 'postmaster@mg.example.com',
    pass: 'c0b1f7e2d9a84f6b3e5d2c1a9f8e7d6c-us21', // expect: hardcoded-secret
  },
  github: {
    clientId: 'Iv1.8a61f9b3a7aba766', // ok: hardcoded-secret
    clientSecret: process.env.GITHUB_CLIENT_SECRET, // ok: hardcoded-secret
    token: 'ghp_R8kD2vX9mQ4nL7pT1wZ6yB3cF5hJ0sA2eG8u', // expect: hardcoded-secret
  },
  slackWebhook: 'https://hooks.slack.com/services/T04ABCDEF/B05GHIJKL/q9XzR2mW7vN4kP8tL1yC6bDs', // expect: hardcoded-secret
  session: {
    secret: 'keyboard cat', // expect: hardcoded-secret
    maxAgeMs: 1000 * 60 * 60 * 24,
  },
  featureFlags: {
    newCheckout: process.env.FF_NEW_CHECKOUT === '1',
  },
  placeholderApiKey: 'YOUR_API_KEY_HERE', // ok: hardcoded-secret
};
