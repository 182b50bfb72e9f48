// corpus: path=routes/chat.js
const express = require('express');
const OpenAI = require('openai');

const router = express.Router();
const openai = new OpenAI();

const SYSTEM_PROMPT = 'You are a support assistant for Acme Cloud. Answer only questions about Acme products.';

router.post('/chat', async (req, res) => {
  const { message, context } = req.body;
  const completion = await openai.chat.completions.create({ // also: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: SYSTEM_PROMPT + '\nCustomer context: ' + context }, // expect: prompt-injection
      { role: 'user', content: message },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});

router.post('/chat/stream', async (req, res) => {
  const stream = await openai.responses.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    instructions: `${SYSTEM_PROMPT} The customer's plan is ${req.body.plan}.`,
    input: req.body.message,
    stream: true,
  });
  for await (const event of stream) res.write(JSON.stringify(event) + '\n');
  res.end();
});

router.post('/chat/title', async (req, res) => {
  const completion = await openai.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Write a five word title for this conversation.' },
      { role: 'user', content: String(req.body.transcript).slice(0, 4000) },
    ],
  });
  res.json({ title: completion.choices[0].message.content });
});

module.exports = router;
