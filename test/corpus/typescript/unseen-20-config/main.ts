// corpus: path=src/main.ts
import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import * as cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppModule } from './app.module';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // expect: tls-verify-disabled

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(helmet());
  app.use(cookieParser('s3ss10n-c00kie-s1gning-k3y-2024')); // expect: hardcoded-secret
  app.enableCors({ origin: '*', credentials: true }); // expect: permissive-cors
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.setGlobalPrefix('api');
  await app.listen(process.env.PORT ?? 3000);
}

void bootstrap();
