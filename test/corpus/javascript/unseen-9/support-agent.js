// corpus: path=src/support/agent.js
const Anthropic = require('@anthropic-ai/sdk');
const express = require('express');
const { searchDocs } = require('./search');

const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const router = express.Router();

const BASE_INSTRUCTIONS = [
  'You answer questions about the Acme billing product.',
  'Use only the documentation excerpts provided. If unsure, say so.',
].join('\n');

router.post('/ask', async (req, res) => {
  const { question } = req.body;
  const docs = await searchDocs(question, { limit: 5 });
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 800,
    system: BASE_INSTRUCTIONS, // ok: prompt-injection
    messages: [{ role: 'user', content: `Docs:\n${docs.map((d) => d.text).join('\n---\n')}\n\nQuestion: ${question}` }], // ok: prompt-injection
  });
  res.json({ answer: msg.content[0].text });
});

router.post('/ask-as', async (req, res) => {
  const { question, tone, customerName } = req.body;
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 800,
    system: `${BASE_INSTRUCTIONS}\nThe customer is ${customerName}. Reply in this tone: ${tone}.`, // expect: prompt-injection
    messages: [{ role: 'user', content: question }],
  });
  res.json({ answer: msg.content[0].text });
});

module.exports = router;
