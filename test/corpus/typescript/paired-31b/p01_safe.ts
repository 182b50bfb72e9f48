// corpus: path=src/reports/formula.controller.ts
import { Body, Controller, Post } from '@nestjs/common'
import { evaluate } from 'mathjs'

class FormulaDto {
  expression!: string
  values!: Record<string, number>
}

@Controller('reports')
export class FormulaController {
  @Post('formula')
  evaluate(@Body() dto: FormulaDto) {
    const result = evaluate(dto.expression, { ...dto.values }) // ok: code-injection
    return { result: Number(result) }
  }
}
