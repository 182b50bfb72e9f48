// corpus: path=src/main.ts
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter());
  app.enableCors({ origin: true, credentials: true }); // expect: permissive-cors
  await app.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });
  await app.register(fastifyCors, { origin: process.env.CORS_ORIGINS?.split(',') ?? [], credentials: true }); // ok: permissive-cors
  const admin = await NestFactory.create(AppModule);
  admin.enableCors(); // ok: permissive-cors
  await app.listen(3000, '0.0.0.0');
}

void bootstrap();
