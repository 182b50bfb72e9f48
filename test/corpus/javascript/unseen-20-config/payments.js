// corpus: path=src/services/payments.js
const Stripe = require('stripe');
const sgMail = require('@sendgrid/mail');
const axios = require('axios');
const OpenAI = require('openai');

const stripe = Stripe('sk_live_51PqR7sT2uV9wX4yZ6aB8cD0eF3gH5iJ7kL9mN1oP3qR5sT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5'); // expect: hardcoded-secret
sgMail.setApiKey('SG.Kq8vT2mXw9Lr4zN7bJ1cF6dS0yG5hP3a.Zr8Tq2Vx5Nm1Lk7Hw4Bc9Df3Gs6Jp0YaRt2Wq8Xe5Mn'); // expect: hardcoded-secret
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const fx = axios.create({ baseURL: 'http://api.fxrates-pro.com/latest', timeout: 5000 }); // expect: cleartext-http
const ledger = axios.create({ baseURL: process.env.LEDGER_URL || 'http://localhost:7070' }); // ok: cleartext-http

const RECEIPT_TEMPLATE_ID = 'd-4f2c8e1a9b7d3f6e0c5a2b8d1e7f3a9c'; // ok: hardcoded-secret
const STRIPE_DOCS = 'http://stripe.com/docs/api/payment_intents'; // ok: cleartext-http

async function convert(amount, from, to) {
  const { data } = await fx.get('/convert', { params: { amount, from, to } });
  return data.result;
}

async function charge(customerId, amountCents, currency) {
  return stripe.paymentIntents.create({ customer: customerId, amount: amountCents, currency, confirm: true });
}

async function sendReceipt(email, order) {
  await sgMail.send({ to: email, from: 'receipts@shopwave.io', templateId: RECEIPT_TEMPLATE_ID, dynamicTemplateData: order });
}

async function summarise(text) {
  const res = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });
  return res.choices[0].message.content;
}

module.exports = { convert, charge, sendReceipt, summarise, ledger };
