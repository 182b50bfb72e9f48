// corpus: path=src/rules/evaluate.ts
import { compileExpression } from 'filtrex'
import type { Request, Response } from 'express'

export function evaluateRule(req: Request, res: Response) {
  const { expression, order } = req.body as { expression: string; order: Record<string, unknown> }
  const result = compileExpression(expression)(order) // ok: code-injection
  res.json({ matches: Boolean(result) })
}
