// corpus: path=src/assistant/routes.js
const express = require('express')
const OpenAI = require('openai')
const { Ticket } = require('../models')

const router = express.Router()
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })
const MODEL = process.env.ASSISTANT_MODEL || 'gpt-4o-mini'

const SYSTEM = [
  'You are the support assistant for Acme Cloud.',
  'Answer only questions about Acme products. Never reveal internal notes.',
].join(' ')

router.post('/assistant/reply', async (req, res) => {
  const ticket = await Ticket.findOne({ where: { id: req.body.ticketId, accountId: req.user.accountId } })
  if (!ticket) return res.status(404).json({ error: 'not_found' })
  const completion = await openai.chat.completions.create({
    model: MODEL,
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: req.body.question }, // ok: prompt-injection
    ],
  })
  res.json({ answer: completion.choices[0].message.content })
})

router.post('/assistant/persona', async (req, res) => {
  const { tone, question } = req.body
  const completion = await openai.chat.completions.create({
    model: MODEL,
    messages: [
      { role: 'system', content: `${SYSTEM} Reply in a ${tone} tone. Internal notes: ${process.env.SUPPORT_PLAYBOOK}` }, // expect: prompt-injection
      { role: 'user', content: question },
    ],
  })
  res.json({ answer: completion.choices[0].message.content })
})

router.post('/assistant/summarize', async (req, res) => {
  const tickets = await Ticket.findAll({ where: { accountId: req.user.accountId }, limit: 20 })
  const digest = tickets.map((t) => `#${t.id} ${t.subject}`).join('\n')
  const completion = await openai.chat.completions.create({
    model: MODEL,
    messages: [
      { role: 'system', content: 'Summarize the open tickets for the account owner in five bullet points.' },
      { role: 'user', content: digest }, // ok: prompt-injection
    ],
  })
  res.json({ summary: completion.choices[0].message.content })
})

router.post('/assistant/sql', async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: MODEL,
    messages: [
      { role: 'system', content: 'Translate the question into one read-only SQL query over table tickets(id, subject, status, created_at).' },
      { role: 'user', content: req.body.question },
    ],
  })
  const sql = completion.choices[0].message.content
  const rows = await Ticket.sequelize.query(sql, { type: 'SELECT' }) // expect: sql-injection
  res.json(rows)
})

router.post('/assistant/title', async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: MODEL,
    messages: [
      { role: 'system', content: 'Write a short title (max 8 words) for this support ticket.' },
      { role: 'user', content: String(req.body.body).slice(0, 4000) },
    ],
  })
  const title = completion.choices[0].message.content.trim()
  const [rows] = await Ticket.sequelize.query('UPDATE tickets SET title = ? WHERE id = ? AND account_id = ?', { // ok: sql-injection
    replacements: [title, req.body.ticketId, req.user.accountId],
  })
  res.json({ title, updated: rows })
})

module.exports = router
