// corpus: path=src/routes/projects.ts
import { Router } from 'express'
import { z } from 'zod'
import { prisma } from '../db'

export const router = Router()

const NewProject = z.object({ name: z.string().min(1).max(120), description: z.string().max(2000).optional() })

router.post('/projects', async (req, res) => {
  const input = NewProject.parse(req.body)
  const project = await prisma.project.create({
    data: { ...input, ownerId: req.user!.id }, // ok: mass-assignment
  })
  res.status(201).json(project)
})
