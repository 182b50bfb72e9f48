// corpus: path=apps/api/src/main.ts
import { NestFactory } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import session from 'express-session';

import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const config = app.get(ConfigService);
  const isProd = config.get('NODE_ENV') === 'production';

  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.use(cookieParser(config.getOrThrow<string>('COOKIE_SECRET'))); // ok: hardcoded-secret

  app.enableCors({
    origin: true, // expect: permissive-cors
    credentials: true,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
  });

  app.use(
    session({
      secret: 'nest-sess-Vb7Qk2Xn9Lr4Tw1Hd6Jc3Fz8', // expect: hardcoded-secret
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: isProd, sameSite: 'lax' }, // ok: insecure-cookie
    }),
  );

  if (!isProd) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('Harbor API').setVersion('1.0').addBearerAuth().build(),
    );
    SwaggerModule.setup('docs', app, document);
  }

  await app.listen(config.get<number>('PORT') ?? 3000);
}

void bootstrap();
