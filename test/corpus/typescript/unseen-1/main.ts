// corpus: path=src/main.ts
import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import session from 'express-session';
import cookieSession from 'cookie-session';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(helmet());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));

  app.enableCors({ origin: true, credentials: true }); // expect: permissive-cors

  app.use(
    session({
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: false, secure: true, maxAge: 86_400_000 }, // expect: insecure-cookie
    }),
  );

  app.use(
    cookieSession({
      name: 'prefs',
      keys: [process.env.PREFS_KEY!],
      secure: process.env.NODE_ENV === 'production',
      httpOnly: true,
    }),
  );

  await app.listen(process.env.PORT ?? 3000);
}

export async function bootstrapAdmin() {
  const admin = await NestFactory.create(AppModule, {
    cors: { origin: ['https://admin.example.com'], credentials: true }, // ok: permissive-cors
  });
  admin.use(
    session({
      secret: process.env.ADMIN_SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'strict' }, // ok: insecure-cookie
    }),
  );
  await admin.listen(3001);
}

export async function bootstrapPartnerApi() {
  const partner = await NestFactory.create(AppModule);
  partner.enableCors({
    origin: (origin: string | undefined, callback: (err: Error | null, allow?: boolean) => void) => callback(null, true), // expect: permissive-cors
    credentials: true,
  });
  await partner.listen(3002);
}

bootstrap();
