// corpus: path=src/main.ts
import { NestFactory } from '@nestjs/core'
import { ValidationPipe, VersioningType, Logger } from '@nestjs/common'
import { SwaggerModule, DocumentBuilder } from '@nestjs/swagger'
import type { NestExpressApplication } from '@nestjs/platform-express'
import session from 'express-session'
import cookieParser from 'cookie-parser'
import helmet from 'helmet'
import RedisStore from 'connect-redis'
import { createClient } from 'redis'
import { AppModule } from './app.module'

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true })
  const logger = new Logger('bootstrap')

  app.use(helmet())
  app.use(cookieParser())
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' })
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
  app.set('trust proxy', 1)

  app.enableCors({ // expect: permissive-cors
    origin: (origin, cb) => cb(null, true),
    credentials: true,
  })

  const redis = createClient({ url: process.env.REDIS_URL })
  await redis.connect()

  app.use(
    session({
      store: new RedisStore({ client: redis, prefix: 'sess:' }),
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: false, sameSite: 'lax', maxAge: 7 * 24 * 3600 * 1000 }, // expect: insecure-cookie
    }),
  )

  if (process.env.NODE_ENV !== 'production') {
    const config = new DocumentBuilder().setTitle('Shop API').setVersion('1.0').addBearerAuth().build()
    SwaggerModule.setup('docs', app, SwaggerModule.createDocument(app, config))
  }

  const port = Number(process.env.PORT ?? 3000)
  await app.listen(port)
  logger.log(`listening on ${port}`)
}

void bootstrap()
