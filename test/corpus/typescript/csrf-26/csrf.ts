// corpus: path=src/security/csrf.ts
import csrf from 'csurf'
import type { Application, NextFunction, Request, Response } from 'express'

export class Csrf {
  public enableFor(app: Application): void {
    app.use(
      process.env.NODE_ENV === 'production'
        ? csrf({ cookie: true })
        : csrf({
            ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'],  // ok: csrf-disabled
            cookie: true,
          }),
      (req: Request, res: Response, next: NextFunction) => {
        res.locals.csrfToken = req.csrfToken()
        next()
      },
    )
  }
}
