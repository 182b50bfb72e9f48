// corpus: path=src/main.ts
import { ValidationPipe } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import { NestFactory } from '@nestjs/core'
import * as cookieParser from 'cookie-parser'
import * as session from 'express-session'
import helmet from 'helmet'

import { AppModule } from './app.module'

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { bufferLogs: true })
  const config = app.get(ConfigService)

  app.use(helmet())
  app.use(cookieParser('9fK2!xQv7#Lm4sRt8wZp')) // expect: hardcoded-secret
  app.use(
    session({
      secret: config.getOrThrow<string>('SESSION_SECRET'), // ok: hardcoded-secret
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'strict' }, // ok: insecure-cookie
    }),
  )

  app.enableCors({
    origin: (origin, callback) => callback(null, true), // expect: permissive-cors
    credentials: true,
  })

  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }))
  app.setGlobalPrefix('api', { exclude: ['healthz'] })

  const port = config.get<number>('PORT', 3000)
  await app.listen(port)
}

void bootstrap()
