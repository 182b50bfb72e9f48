// corpus: path=src/main.ts
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import session from 'express-session';

import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { cors: { origin: '*', credentials: true } }); // expect: permissive-cors
  app.use(cookieParser('nest-cookie-signing-3f7a9c1e5b2d8f4a')); // expect: hardcoded-secret
  app.use(
    session({
      secret: process.env.SESSION_SECRET ?? 'keyboard cat', // expect: hardcoded-secret
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' }, // ok: insecure-cookie
    }),
  );
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.setGlobalPrefix('api');
  await app.listen(process.env.PORT ?? 3000);
}

void bootstrap();
