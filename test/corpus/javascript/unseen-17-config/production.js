// corpus: path=config/production.js
module.exports = {
  port: Number(process.env.PORT) || 8080,
  logLevel: 'info',
  db: {
    host: process.env.DB_HOST,
    port: 5432,
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: 'tally',
    ssl: { rejectUnauthorized: true },
    pool: { min: 2, max: 20, idleTimeoutMillis: 30000 },
  },
  session: {
    secret: process.env.SESSION_SECRET,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  },
  redis: {
    url: process.env.REDIS_URL,
    password: 'r3d1s-Pr0d-7Kq2Xw9Lm', // expect: hardcoded-secret
    keyPrefix: 'tally:',
  },
  mail: {
    from: 'Tally <no-reply@tally.example.com>',
    transport: 'ses',
    templatesUrl: 'http://templates.tallymail.com/v1', // expect: cleartext-http
  },
  auth: {
    passwordMinLength: 12,
    passwordResetPath: '/account/reset-password',
    tokenHeader: 'x-tally-token', // ok: hardcoded-secret
    jwtIssuer: 'https://auth.tally.example.com/',
    jwksUri: 'https://auth.tally.example.com/.well-known/jwks.json',
    accessTokenTtl: '15m',
    refreshTokenCookie: 'tally_rt', // ok: hardcoded-secret
  },
  features: {
    newCheckout: 'ff_new_checkout_2024q3',
    secretSantaPromo: false,
  },
};
