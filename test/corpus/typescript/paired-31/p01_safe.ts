// corpus: path=src/main.ts
import { NestFactory } from '@nestjs/core'
import * as cookieParser from 'cookie-parser'
import * as csurf from 'csurf'
import * as session from 'express-session'
import { AppModule } from './app.module'

async function bootstrap() {
  const app = await NestFactory.create(AppModule)
  app.use(cookieParser())
  app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }))
  app.use(csurf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] })) // ok: csrf-disabled
  await app.listen(3000)
}

void bootstrap()
