// corpus: path=server/session.js
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const cookieParser = require('cookie-parser');

function installSessions(app, redisClient) {
  app.use(cookieParser('5f4dcc3b5aa765d61d8327deb882cf99a1b2c3d4')); // expect: hardcoded-secret
  app.use(
    session({ // ok: hardcoded-secret
      store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
      secret: process.env.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
    }),
  );
}

function installDevSessions(app) {
  app.use(
    session({
      secret: 'dev-only-8c1f2e9d7b6a5f4e3d2c1b0a', // expect: hardcoded-secret
      resave: false,
      saveUninitialized: true,
    }),
  );
}

module.exports = { installSessions, installDevSessions };
