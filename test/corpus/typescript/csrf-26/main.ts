// corpus: path=src/main.ts
import { NestFactory } from '@nestjs/core'
import type { NestExpressApplication } from '@nestjs/platform-express'
import * as cookieParser from 'cookie-parser'
import * as session from 'express-session'
import * as csurf from 'csurf'
import { AppModule } from './app.module'

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule)
  app.use(cookieParser())
  app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }))
  app.use(csurf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'DELETE'] }))  // expect: csrf-disabled
  await app.listen(Number(process.env.PORT ?? 3000))
}

void bootstrap()
