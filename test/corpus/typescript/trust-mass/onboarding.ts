// corpus: path=src/routes/onboarding.ts
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

onboarding.post('/step', requireUser, (req, res) => {
  req.session.onboarding = { ...req.session.onboarding, ...req.body } // expect: trust-boundary
  res.json({ next: nextStep(req.session.onboarding) })
})

onboarding.post('/finish', requireUser, async (req, res) => {
  const org = await prisma.organization.create({ data: { ...req.body, ownerId: req.user!.id } }) // expect: mass-assignment
  await prisma.membership.create({ data: { orgId: org.id, userId: req.user!.id, role: 'owner' } }) // ok: mass-assignment
  res.status(201).json({ id: org.id })
})

onboarding.post('/team', requireUser, async (req, res) => {
  const team = await prisma.team.create({ data: req.body }) // expect: mass-assignment
  res.status(201).json(team)
})

function nextStep(state: Record<string, unknown> | undefined): string {
  if (!state?.company) return 'company'
  if (!state?.invites) return 'invites'
  return 'done'
}
