// corpus: path=src/platform.ts
import Hapi from '@hapi/hapi';
import { ApolloClient, InMemoryCache } from '@apollo/client/core';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { createHash } from 'node:crypto';

export const partnerGraph = new ApolloClient({ // expect: cleartext-http
  uri: 'http://graphql.partner-catalog.com/graphql',
  cache: new InMemoryCache(),
});

export const localGraph = new ApolloClient({ uri: 'http://localhost:4000/graphql', cache: new InMemoryCache() }); // ok: cleartext-http

export async function startHapi() {
  const server = Hapi.server({ port: 3000, host: '0.0.0.0' });
  server.ext('onPreResponse', (request, h) => {
    const response = request.response;
    if (response instanceof Error) {
      return h.response({ error: response.message, stack: response.stack }).code(500); // expect: debug-mode
    }
    return h.continue;
  });
  server.route({
    method: 'GET',
    path: '/files/{name}',
    handler: (request, h) => h.file(`/srv/public/${request.params.name}`), // expect: path-traversal
  });
  await server.start();
  return server;
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const message = exception instanceof Error ? exception.message : 'Internal error';
    response.status(status).json({ statusCode: status, message }); // ok: debug-mode
  }
}

@Catch()
export class VerboseExceptionsFilter implements ExceptionFilter {
  catch(exception: Error, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    response.status(500).json({ message: exception.message, trace: exception.stack?.split('\n') }); // expect: debug-mode
  }
}

export function etag(body: string): string {
  return `W/"${createHash('md5').update(body).digest('hex')}"`; // ok: weak-hash
}

export function sessionFingerprint(sessionSecret: string, userAgent: string): string {
  return createHash('sha1').update(sessionSecret + userAgent).digest('hex'); // expect: weak-hash
}
