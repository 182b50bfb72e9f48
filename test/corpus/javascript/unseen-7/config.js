// corpus: path=config/index.js
require('dotenv').config();

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  port: Number(process.env.PORT || 8080),
  db: {
    host: process.env.DB_HOST || 'localhost',
    user: process.env.DB_USER || 'app',
    password: process.env.DB_PASSWORD, // ok: hardcoded-secret
  },
  mailgun: {
    apiKey: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0', // expect: hardcoded-secret
    domain: 'mg.example.com',
  },
  twilio: {
    accountSid: process.env.TWILIO_ACCOUNT_SID,
    authToken: 'b7f3c29d81e64a05c2d9e6f1a8b34c70', // expect: hardcoded-secret
  },
  sendgridKey: process.env.SENDGRID_API_KEY || 'SG.your-sendgrid-key-here', // ok: hardcoded-secret
  github: {
    clientId: 'Iv1.8a61f9b3a7aba766', // ok: hardcoded-secret
    clientSecret: '3f9d0c1e5b7a2c4e6f8a0b1d3e5f7a9c1b3d5e7f', // expect: hardcoded-secret
  },
  cookie: {
    name: 'app.sid',
    secure: false, // expect: insecure-cookie
    httpOnly: true,
  },
  debug: !isProd,
  paymentsUrl: 'http://payments.example-gateway.com/v2', // expect: cleartext-http
  docsUrl: 'http://www.w3.org/2001/XMLSchema', // ok: cleartext-http
};
