// corpus: path=server/mailer.js
'use strict';
const nodemailer = require('nodemailer');
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey(process.env.SENDGRID_API_KEY);

/** SendGrid dynamic template ids, one per transactional mail. */
const TEMPLATES = {
  WELCOME: 'd-f3018aaf0c87a7c4ee146e44527c2fee',
  RESET_PASSWORD: 'd-07e2d09cc6ff5540597d714e4448454d', // ok: hardcoded-secret
  NEW_API_TOKEN: 'd-d48117d8f4ad496107d6da2bc51b72c7', // ok: hardcoded-secret
};

// Fallback relay when SendGrid is down: the office Exchange box.
const relay = nodemailer.createTransport({
  host: 'smtp.office365.com',
  port: 587,
  requireTLS: true,
  auth: {
    user: 'noreply@acme-retail.com',
    pass: 'eKF4URPkccE1RjV52tBG', // expect: hardcoded-secret
  },
  dkim: {
    domainName: 'acme-retail.com',
    keySelector: 'relay2024',
    privateKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAw0+Ol736yETtQfX6bwapdDZJ8YdEY+bFpTyl7egc1v0w+PfyJWKgadTUQlsMs+2eTXPgDMKwr6IX5ImLj\n-----END RSA PRIVATE KEY-----', // expect: hardcoded-secret
  },
});

async function sendTemplate(to, template, data) {
  const msg = { to, from: { email: 'noreply@acme-retail.com', name: 'Acme Retail' }, templateId: TEMPLATES[template], dynamicTemplateData: data };
  try {
    await sgMail.send(msg);
  } catch (err) {
    if (err.code !== 503 && err.code !== 429) throw err;
    await relay.sendMail({ to, from: msg.from.email, subject: data.subject, html: data.fallbackHtml });
  }
}

function sendPasswordReset(user, resetUrl) {
  return sendTemplate(user.email, 'RESET_PASSWORD', { name: user.firstName, resetUrl, subject: 'Reset your password' });
}

function sendNewTokenNotice(user, token) {
  // Only the prefix and last four characters ever go into mail.
  const hint = `${token.slice(0, 8)}…${token.slice(-4)}`;
  return sendTemplate(user.email, 'NEW_API_TOKEN', { name: user.firstName, hint, subject: 'A new API token was created' });
}

module.exports = { sendPasswordReset, sendNewTokenNotice, TEMPLATES };
