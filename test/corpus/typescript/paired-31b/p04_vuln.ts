// corpus: path=src/routes/projects.ts
import { Router } from 'express'
import { prisma } from '../db'

export const router = Router()

router.post('/projects', async (req, res) => {
  const project = await prisma.project.create({
    data: { ...req.body, ownerId: req.user!.id }, // expect: mass-assignment
  })
  res.status(201).json(project)
})
