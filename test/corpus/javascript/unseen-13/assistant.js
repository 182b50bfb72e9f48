// corpus: path=src/services/assistant.js
const OpenAI = require('openai')
const Anthropic = require('@anthropic-ai/sdk')
const { KnowledgeBase } = require('./kb')

const openai = new OpenAI()
const anthropic = new Anthropic()

const SYSTEM_PROMPT = [
  'You are the help-desk assistant for Acme Cloud.',
  'Answer only from the provided articles. If unsure, say you do not know.',
].join('\n')

async function answer(req, res) {
  const { question } = req.body
  const articles = await KnowledgeBase.search(question, { limit: 4 })
  const completion = await openai.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: `Articles:\n${articles.map((a) => a.body).join('\n\n')}\n\nQuestion: ${question}` },
    ],
  })
  res.json({ answer: completion.choices[0].message.content })
}

async function answerAs(req, res) {
  const { question, persona } = req.body
  const completion = await openai.chat.completions.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: SYSTEM_PROMPT + '\nSpeak as ' + persona + '.' },
      { role: 'user', content: question },
    ],
  })
  res.json({ answer: completion.choices[0].message.content })
}

async function summarise(req, res) {
  const message = await anthropic.messages.create({ // expect: prompt-injection
    model: 'claude-3-5-haiku-latest',
    max_tokens: 512,
    system: `Summarise tickets for the ${req.body.team} team. ${req.body.instructions || ''}`,
    messages: [{ role: 'user', content: req.body.ticket }],
  })
  res.json({ summary: message.content[0].text })
}

async function translate(req, res) {
  const language = ['fr', 'de', 'es'].includes(req.query.lang) ? req.query.lang : 'en'
  const message = await anthropic.messages.create({ // ok: prompt-injection
    model: 'claude-3-5-haiku-latest',
    max_tokens: 1024,
    system: `Translate the user's text into ${language}. Output only the translation.`,
    messages: [{ role: 'user', content: req.body.text }],
  })
  res.json({ text: message.content[0].text })
}

module.exports = { answer, answerAs, summarise, translate }
