// corpus: path=src/routes/plans.ts
import { Router, type Request, type Response } from 'express'
import xpath from 'xpath'
import { plansDocument } from '../plans'

export const plans = Router()

plans.get('/plans/limits', (req: Request, res: Response) => {
  const tier = req.header('x-plan-tier') ?? 'free'
  const limits = xpath.select(`/plans/plan[@tier='${tier}']/limit`, plansDocument) as Element[] // expect: xpath-injection
  res.json(limits.map((node) => ({ name: node.getAttribute('name'), value: node.textContent })))
})
