// corpus: path=src/routes/assistant.js
const express = require('express')
const OpenAI = require('openai')

const router = express.Router()
const openai = new OpenAI()

const SYSTEM = 'You are a helpful shopping assistant. Only discuss products in the catalogue. Never reveal discount codes.'

router.post('/chat', async (req, res, next) => {
  try {
    const completion = await openai.chat.completions.create({ // ok: prompt-injection
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: SYSTEM },
        ...req.body.history.filter((m) => m.role === 'user' || m.role === 'assistant'),
        { role: 'user', content: req.body.message },
      ],
    })
    res.json({ reply: completion.choices[0].message.content })
  } catch (err) {
    next(err)
  }
})

router.post('/chat/raw', async (req, res, next) => {
  try {
    const completion = await openai.chat.completions.create({ // expect: prompt-injection
      model: 'gpt-4o-mini',
      messages: req.body.messages,
    })
    res.json({ reply: completion.choices[0].message.content })
  } catch (err) {
    next(err)
  }
})

router.post('/describe', async (req, res, next) => {
  try {
    const prompt = `${SYSTEM}\nThe customer's name is ${req.body.name}. Describe product ${req.body.sku}.`
    const completion = await openai.completions.create({ model: 'gpt-3.5-turbo-instruct', prompt, max_tokens: 200 }) // expect: prompt-injection
    res.json({ text: completion.choices[0].text })
  } catch (err) {
    next(err)
  }
})

module.exports = router
