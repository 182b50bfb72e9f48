// corpus: path=src/bots/support-bot.js
const Anthropic = require('@anthropic-ai/sdk');
const express = require('express');

const client = new Anthropic();
const router = express.Router();

const BASE_PROMPT = 'You are the support bot for Example Bank. Never reveal account numbers.';

router.post('/ask', async (req, res) => {
  const { question, language } = req.body;
  const system = `${BASE_PROMPT} Reply in ${language}.`;
  const reply = await client.messages.create({ // expect: prompt-injection
    model: 'claude-3-5-haiku-latest',
    max_tokens: 400,
    system,
    messages: [{ role: 'user', content: question }],
  });
  res.json({ text: reply.content[0].text });
});

router.post('/ask-lang', async (req, res) => {
  const { question, language } = req.body;
  const lang = ['English', 'French', 'German'].includes(language) ? language : 'English';
  const reply = await client.messages.create({ // ok: prompt-injection
    model: 'claude-3-5-haiku-latest',
    max_tokens: 400,
    system: `${BASE_PROMPT} Reply in ${lang}.`,
    messages: [{ role: 'user', content: question }],
  });
  res.json({ text: reply.content[0].text });
});

router.post('/roleplay', async (req, res) => {
  const history = req.body.history || [];
  const reply = await client.messages.create({ // expect: prompt-injection
    model: 'claude-3-5-haiku-latest',
    max_tokens: 400,
    system: BASE_PROMPT,
    messages: history.map((m) => ({ role: m.role, content: m.text })),
  });
  res.json({ text: reply.content[0].text });
});

module.exports = router;
