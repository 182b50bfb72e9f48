// corpus: path=src/routes/summaries.js
const express = require('express')
const OpenAI = require('openai')

const router = express.Router()
const openai = new OpenAI()

const TONES = new Set(['formal', 'friendly', 'neutral'])

function systemPrompt(tone) {
  return `You summarise support tickets. Write in a ${tone} tone and never reveal internal notes.`
}

router.post('/tickets/:id/summary', async (req, res) => {
  const tone = TONES.has(req.body.tone) ? req.body.tone : 'neutral'
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: systemPrompt(tone) }, // ok: prompt-injection
      { role: 'user', content: req.body.ticketText },
    ],
  })
  res.json({ summary: completion.choices[0].message.content })
})

module.exports = router
