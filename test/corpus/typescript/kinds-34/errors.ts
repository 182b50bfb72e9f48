// corpus: path=src/http/errors.ts
import type { ErrorRequestHandler, RequestHandler } from 'express'
import { serializeError } from 'serialize-error'
import { logger } from '../logger'

export class HttpError extends Error {
  constructor(public status: number, message: string, public details?: unknown) {
    super(message)
  }
}

type Problem = { type: string; title: string; status: number; detail?: string; instance?: string }

function toProblem(err: Error, status: number, instance: string): Problem {
  return {
    type: 'about:blank',
    title: status >= 500 ? 'Internal Server Error' : err.message,
    status,
    detail: err.stack,
    instance,
  }
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ type: 'about:blank', title: 'Not Found', status: 404, instance: req.originalUrl })
}

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const status = err instanceof HttpError ? err.status : 500
  logger.error({ err, path: req.path }, 'request failed')
  if (req.accepts(['json', 'application/problem+json']) === 'application/problem+json') {
    return res.status(status).type('application/problem+json').send(JSON.stringify(toProblem(err, status, req.originalUrl))) // expect: debug-mode
  }
  res.status(status).json({ error: serializeError(err) }) // expect: debug-mode
}

export const publicErrorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const status = err instanceof HttpError ? err.status : 500
  logger.error({ err: serializeError(err), path: req.path }, 'request failed')
  res.status(status).json({ error: status >= 500 ? 'Internal Server Error' : err.message, requestId: req.get('x-request-id') }) // ok: debug-mode
}
