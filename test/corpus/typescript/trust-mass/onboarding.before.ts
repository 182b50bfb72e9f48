import { Router } from 'express'
import { z } from 'zod'
import { prisma } from '../lib/prisma'
import { requireUser } from '../middleware/require-user'

export const onboarding = Router()

const OrgInput = z.object({ name: z.string().min(2).max(64), size: z.enum(['1-10', '11-50', '51+']) })

onboarding.post('/org', requireUser, async (req, res) => {
  const input = OrgInput.parse(req.body)
  const org = await prisma.organization.create({ data: { ...input, ownerId: req.user!.id } })
  res.status(201).json({ id: org.id })
})
