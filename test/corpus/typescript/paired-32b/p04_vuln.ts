// corpus: path=src/common/all-exceptions.filter.ts
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common'
import type { Response } from 'express'

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>()
    if (exception instanceof HttpException) {
      res.status(exception.getStatus()).json(exception.getResponse())
      return
    }
    const error = exception as Error
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ statusCode: 500, message: error.message }) // expect: error-exposure
  }
}
