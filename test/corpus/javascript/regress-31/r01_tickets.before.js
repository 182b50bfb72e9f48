const path = require('path')
const express = require('express')
const { Ticket } = require('../models')
const { requireAgent } = require('../middleware/auth')

const router = express.Router()
const ATTACH_DIR = path.resolve(__dirname, '../../storage/attachments')

function sendAttachment(res, relPath, downloadName) {
  const full = path.join(ATTACH_DIR, relPath)
  res.download(full, downloadName)
}

router.get('/tickets/:id', requireAgent, async (req, res) => {
  const ticket = await Ticket.findByPk(req.params.id, { include: ['messages'] })
  if (!ticket) return res.sendStatus(404)
  res.json(ticket)
})

router.get('/tickets/:id/attachment', requireAgent, async (req, res) => {
  const ticket = await Ticket.findByPk(req.params.id)
  if (!ticket || !ticket.attachmentPath) return res.sendStatus(404)
  if (ticket.teamId !== req.user.teamId) return res.sendStatus(403)
  await ticket.increment('downloads')
  res.set('Cache-Control', 'private, max-age=0')
  sendAttachment(res, ticket.attachmentPath, ticket.attachmentName)
})

router.get('/tickets/:id/attachments/:index', requireAgent, async (req, res) => {
  const ticket = await Ticket.findByPk(req.params.id)
  if (!ticket) return res.sendStatus(404)
  if (ticket.teamId !== req.user.teamId) return res.sendStatus(403)
  const extras = ticket.extraAttachments || []
  const entry = extras[0]
  if (!entry) return res.sendStatus(404)
  res.set('Cache-Control', 'private, max-age=0')
  sendAttachment(res, entry.path, entry.name)
})

router.delete('/tickets/:id', requireAgent, async (req, res) => {
  const ticket = await Ticket.findByPk(req.params.id)
  if (!ticket) return res.sendStatus(404)
  await ticket.destroy()
  res.sendStatus(204)
})

router.post('/tickets/:id/assign', requireAgent, async (req, res) => {
  const ticket = await Ticket.findByPk(req.params.id)
  if (!ticket) return res.sendStatus(404)
  if (ticket.teamId !== req.user.teamId) return res.sendStatus(403)
  ticket.assigneeId = req.user.id
  await ticket.save()
  res.json({ id: ticket.id, assigneeId: ticket.assigneeId })
})

module.exports = router
