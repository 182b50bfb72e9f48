// corpus: path=src/main.ts
import { Logger, ValidationPipe } from '@nestjs/common'
import { NestFactory } from '@nestjs/core'
import { SwaggerModule, DocumentBuilder } from '@nestjs/swagger'
import cookieParser from 'cookie-parser'
import { AppModule } from './app.module'

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { bufferLogs: true })
  app.use(cookieParser())
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }))
  app.enableCors({ origin: process.env.WEB_ORIGIN?.split(',') ?? ['http://localhost:3000'], credentials: true }) // ok: permissive-cors

  if (process.env.NODE_ENV !== 'production') {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('Orders API').setVersion('1.0').build())
    SwaggerModule.setup('docs', app, document)
  }

  const port = Number(process.env.PORT ?? 3000)
  await app.listen(port)
  Logger.log(`Orders API listening on ${port}`, 'Bootstrap')
}

void bootstrap()
