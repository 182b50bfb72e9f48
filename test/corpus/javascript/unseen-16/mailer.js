// corpus: path=src/services/mailer.js
'use strict';

const nodemailer = require('nodemailer');
const pug = require('pug');
const path = require('path');
const crypto = require('crypto');
const config = require('../config');

const transport = nodemailer.createTransport({
  host: config.smtp.host,
  port: 587,
  auth: { user: config.smtp.user, pass: process.env.SMTP_PASSWORD },
});

const templates = {
  welcome: pug.compileFile(path.join(__dirname, '../views/email/welcome.pug')),
  reset: pug.compileFile(path.join(__dirname, '../views/email/reset.pug')),
};

function resetToken() {
  return crypto.randomBytes(32).toString('hex');
}

function unsubscribeCode(userId) {
  return userId.toString(36) + Math.random().toString(36).slice(2, 10); // expect: insecure-random
}

async function sendWelcome(user) {
  const html = templates.welcome({ name: user.name, unsubscribe: unsubscribeCode(user.id) });
  await transport.sendMail({ to: user.email, subject: 'Welcome aboard', html });
}

async function sendReset(user) {
  const token = resetToken();
  const html = templates.reset({ name: user.name, link: `${config.appUrl}/reset/${token}` });
  await transport.sendMail({ to: user.email, subject: 'Reset your password', html });
  return token;
}

module.exports = { sendWelcome, sendReset };
