// corpus: path=src/common/all-exceptions.filter.js
const { Catch, HttpException, HttpStatus } = require('@nestjs/common')

class AllExceptionsFilter {
  catch(exception, host) {
    const ctx = host.switchToHttp()
    const response = ctx.getResponse()
    const request = ctx.getRequest()
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR
    response.status(status).json({  // expect: error-exposure
      statusCode: status,
      path: request.url,
      message: exception.message,
      stack: exception.stack,
    })
  }
}

module.exports = Catch()(AllExceptionsFilter)
