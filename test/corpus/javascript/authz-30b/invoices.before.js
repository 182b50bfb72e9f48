const express = require('express')
const { prisma } = require('../db')
const { requireAuth } = require('../middleware/auth')

const router = express.Router()

router.get('/invoices/:id', requireAuth, async (req, res) => {
  const invoice = await prisma.invoice.findFirst({ where: { id: req.params.id, userId: req.user.id } })
  if (!invoice) return res.sendStatus(404)
  res.json(invoice)
})

router.patch('/invoices/:id', requireAuth, async (req, res) => {
  const { id } = req.params
  const invoice = await prisma.invoice.findFirst({
    where: { id, userId: req.user.id },
  })
  if (!invoice) return res.sendStatus(404)
  const updated = await prisma.invoice.update({ where: { id: invoice.id }, data: { memo: req.body.memo } })
  res.json(updated)
})

router.delete('/invoices/:id', requireAuth, async (req, res) => {
  const { count } = await prisma.invoice.deleteMany({ where: { id: req.params.id, userId: req.user.id, status: 'draft' } })
  res.sendStatus(count ? 204 : 404)
})

router.get('/invoices/:id/lines', requireAuth, async (req, res) => {
  const lines = await prisma.invoiceLine.findMany({ where: { invoiceId: req.params.id, invoice: { userId: req.user.id } } })
  res.json(lines)
})

module.exports = router
