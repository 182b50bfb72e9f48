const express = require('express');
const OpenAI = require('openai');

const router = express.Router();
const openai = new OpenAI();

const SYSTEM_PROMPT = 'You are a support assistant for Acme Cloud. Answer only questions about Acme products.';

router.post('/chat', async (req, res) => {
  const { message } = req.body;
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: message },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});

module.exports = router;
