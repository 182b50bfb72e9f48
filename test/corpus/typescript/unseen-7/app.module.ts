// corpus: path=src/main.ts
import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import cookieSession from 'cookie-session';
import { AppModule } from './app.module';

export const graphqlConfig = GraphQLModule.forRoot<ApolloDriverConfig>({
  driver: ApolloDriver,
  autoSchemaFile: true,
  playground: true, // expect: debug-mode
  includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production', // ok: debug-mode
});

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { cors: { origin: true, credentials: true } }); // expect: permissive-cors
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  app.use(
    cookieSession({
      name: 'session',
      keys: [process.env.COOKIE_KEY_1!, process.env.COOKIE_KEY_2!],
      httpOnly: false, // expect: insecure-cookie
      maxAge: 7 * 24 * 3600 * 1000,
    }),
  );
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
