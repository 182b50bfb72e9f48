// corpus: path=src/mocks/handlers.ts
import { http, HttpResponse, delay } from 'msw'

const MOCK_ACCESS_TOKEN = 'mock-access-token'
const MOCK_REFRESH_TOKEN = 'mock-refresh-token'

const mockUser = {
  id: 'usr_demo',
  email: 'demo@acme.dev',
  name: 'Demo User',
  avatarUrl: 'https://avatars.acme.dev/demo.png',
  twoFactorEnabled: false,
}

const mockKeys = [
  { id: 'key_1', name: 'Production', prefix: 'ak_live_3f9a', lastUsedAt: '2026-11-30T10:15:00Z', createdAt: '2026-01-04T09:00:00Z' },
  { id: 'key_2', name: 'Staging', prefix: 'ak_test_8c21', lastUsedAt: null, createdAt: '2026-03-17T14:30:00Z' },
  { id: 'key_3', name: 'Local dev', prefix: 'ak_test_0b7e', lastUsedAt: '2026-12-01T08:00:00Z', createdAt: '2026-06-02T16:45:00Z' },
]

const mockSecrets = [
  { name: 'DATABASE_URL', updatedAt: '2026-11-01T12:00:00Z', version: 3 },
  { name: 'STRIPE_SECRET_KEY', updatedAt: '2026-10-20T08:30:00Z', version: 1 },
  { name: 'SENDGRID_API_KEY', updatedAt: '2026-09-12T17:05:00Z', version: 2 },
]

export const handlers = [
  http.post('/api/oauth/token', async ({ request }) => {
    const body = (await request.json()) as { grant_type: string }
    await delay(150)
    if (body.grant_type === 'refresh_token') {
      return HttpResponse.json({ access_token: MOCK_ACCESS_TOKEN, token_type: 'Bearer', expires_in: 900 })
    }
    return HttpResponse.json({
      access_token: MOCK_ACCESS_TOKEN,
      refresh_token: MOCK_REFRESH_TOKEN,
      token_type: 'Bearer',
      expires_in: 900,
      scope: 'openid profile email',
    })
  }),
  http.get('/api/v1/me', () => HttpResponse.json(mockUser)),
  http.get('/api/v1/api-keys', () => HttpResponse.json({ data: mockKeys })),
  http.post('/api/v1/api-keys', async ({ request }) => {
    const { name } = (await request.json()) as { name: string }
    return HttpResponse.json(
      { id: 'key_new', name, prefix: 'ak_test_d41d', secret: 'ak_test_d41d8cd98f00b204e9800998ecf8427e', createdAt: new Date().toISOString() },
      { status: 201 },
    )
  }),
  http.delete('/api/v1/api-keys/:id', () => new HttpResponse(null, { status: 204 })),
  http.get('/api/v1/projects/:projectId/secrets', () => HttpResponse.json({ data: mockSecrets })),
  http.put('/api/v1/projects/:projectId/secrets/:name', async ({ params }) =>
    HttpResponse.json({ name: params.name, updatedAt: new Date().toISOString(), version: 4 }),
  ),
  http.post('/api/auth/login', async ({ request }) => {
    const { password } = (await request.json()) as { email: string; password: string }
    if (password !== 'demo-password') {
      return HttpResponse.json({ error: { code: 'auth/invalid-credentials', message: 'Email or password is incorrect' } }, { status: 401 })
    }
    return HttpResponse.json({ user: mockUser, accessToken: MOCK_ACCESS_TOKEN })
  }),
]
