// corpus: path=src/api/openapi.ts
import type { OpenAPIV3_1 } from 'openapi-types';

const bearerExample =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImFjbWUtMjAyNCJ9.eyJzdWIiOiJ1c3JfOGYyYzFkIiwic2NvcGUiOiJvcmRlcnM6cmVhZCIsImV4cCI6MTcxNDU3MTQ5MH0.Zq3mT8vL1xK7pR4wN9yB2cH6sD0fJ5gA3eU8iO1uT4rE7wQ2zX5vC9bM6nL3kJ0hG'; // ok: hardcoded-secret

export const openapi: OpenAPIV3_1.Document = {
  openapi: '3.1.0',
  info: { title: 'Acme Retail API', version: '2024-06-01' },
  servers: [{ url: 'https://api.acme-retail.com/v1' }],
  components: {
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      apiKey: { type: 'apiKey', in: 'header', name: 'X-Acme-Api-Key' },
    },
    schemas: {
      TokenPair: {
        type: 'object',
        required: ['accessToken', 'refreshToken'],
        properties: {
          accessToken: { type: 'string', example: bearerExample },
          refreshToken: { type: 'string', example: 'rt_2c9f4e8a1b7d3f6e0a5c9b1d7e3f2a84c6b0' }, // ok: hardcoded-secret
          expiresIn: { type: 'integer', example: 900 },
        },
      },
      ApiKey: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'ulid', example: '01HXQ3M8Z4V7K2T9PB5N6RCW1D' },
          prefix: { type: 'string', example: 'ak_live_3f9c' },
          secret: { type: 'string', description: 'Shown once, at creation.', example: 'ak_live_3f9c1e7a2b8d4f6e0a5c9b1d7e3f2a84' }, // ok: hardcoded-secret
        },
      },
    },
  },
  paths: {
    '/auth/token': {
      post: {
        summary: 'Exchange credentials for a token pair',
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string', format: 'password' } } },
              examples: {
                default: { value: { email: 'jane@example.com', password: 'Winter-Sky-42!' } }, // ok: hardcoded-secret
              },
            },
          },
        },
        responses: { '200': { description: 'Token pair', content: { 'application/json': { schema: { $ref: '#/components/schemas/TokenPair' } } } } },
      },
    },
  },
  security: [{ bearerAuth: [] }, { apiKey: [] }],
};
