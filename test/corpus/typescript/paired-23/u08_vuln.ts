// corpus: path=src/rules/evaluate.ts
import vm from 'node:vm'
import type { Request, Response } from 'express'

export function evaluateRule(req: Request, res: Response) {
  const { expression, order } = req.body as { expression: string; order: Record<string, unknown> }
  const result = vm.runInNewContext(expression, { order }, { timeout: 50 }) // expect: code-injection
  res.json({ matches: Boolean(result) })
}
