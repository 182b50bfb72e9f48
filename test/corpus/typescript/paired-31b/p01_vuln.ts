// corpus: path=src/reports/formula.controller.ts
import { Body, Controller, Post } from '@nestjs/common'
import vm from 'node:vm'

class FormulaDto {
  expression!: string
  values!: Record<string, number>
}

@Controller('reports')
export class FormulaController {
  @Post('formula')
  evaluate(@Body() dto: FormulaDto) {
    const result = vm.runInNewContext(dto.expression, { ...dto.values }) // expect: code-injection
    return { result: Number(result) }
  }
}
