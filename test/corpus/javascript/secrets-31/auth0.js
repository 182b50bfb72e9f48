// corpus: path=server/auth.js
const { auth, requiresAuth } = require('express-openid-connect');
const { ManagementClient } = require('auth0');
const { createClerkClient } = require('@clerk/clerk-sdk-node');

const AUTH0_DOMAIN = 'fieldnote.eu.auth0.com';

const authConfig = {
  authRequired: false,
  auth0Logout: true,
  baseURL: 'https://app.fieldnote.io',
  issuerBaseURL: `https://${AUTH0_DOMAIN}`,
  clientID: 'Qk9vX2mL7pR4tW8nB1cY5hJ3fD6sG0aZ', // ok: hardcoded-secret
  clientSecret: 'o3667yVoRGjkd6EaKzcmX3YroPRX4G3BoEOPO5MA_lIMyLot0Zbev0ZMlkVyjK', // expect: hardcoded-secret
  secret: process.env.SESSION_SECRET,
  routes: { login: '/login', logout: '/logout', callback: '/auth/callback' },
};

const management = new ManagementClient({
  domain: AUTH0_DOMAIN,
  clientId: 'Wn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vLm2Rt', // ok: hardcoded-secret
  clientSecret: process.env.AUTH0_MGMT_SECRET || '<management-client-secret>', // ok: hardcoded-secret
});

const clerk = createClerkClient({
  secretKey: 'sk_live_dnYfJIVs1GAp79op2a7WHSdbD2Qsn1HZXToP7YbTQ8', // expect: hardcoded-secret
  publishableKey: 'pk_live_Y2xlcmsuZmllbGRub3RlLmlvJA', // ok: hardcoded-secret
});

const SCOPES = {
  readNotes: 'read:notes',
  writeNotes: 'write:notes',
  manageTokens: 'manage:tokens', // ok: hardcoded-secret
};

function mount(app) {
  app.use(auth(authConfig));
  app.get('/me', requiresAuth(), (req, res) => res.json(req.oidc.user));
  app.get('/admin/users/:id', requiresAuth(), async (req, res, next) => {
    try {
      const user = await management.users.get({ id: req.params.id });
      res.json({ id: user.data.user_id, email: user.data.email });
    } catch (err) {
      next(err);
    }
  });
  app.get('/admin/clerk/:id', requiresAuth(), async (req, res, next) => {
    try {
      res.json(await clerk.users.getUser(req.params.id));
    } catch (err) {
      next(err);
    }
  });
}

module.exports = { mount, SCOPES };
