import { describe, it } from 'vitest'
import { createApp } from '../../src/app'
import { api } from '../helpers'

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and documents every registered API route with its errors', async ({ expect }) => {
    const res = await api('/openapi.json')
    expect(res.status).toBe(200)
    const doc = await res.json<Record<string, any>>()
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.components.schemas.Error).toBeDefined()
    expect(doc.components.securitySchemes.Bearer).toMatchObject({ type: 'http', scheme: 'bearer' })

    const app = createApp()
    const undocumented = ['/openapi.json', '/docs', '/docs/rules/:namespace/:name']
    const registered = app.routes
      .filter((r) => r.method !== 'ALL' && !undocumented.includes(r.path))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`)
    expect(registered.length).toBeGreaterThan(15)
    for (const route of new Set(registered)) {
      const [method, path] = route.split(' ') as [string, string]
      const operation = doc.paths[path]?.[method]
      expect(operation, route).toBeDefined()
      expect(operation.summary, route).toBeTruthy()
      if (path.startsWith('/api/')) {
        expect(operation.security, route).toBeDefined()
        expect(Object.keys(operation.responses), route).toEqual(expect.arrayContaining(['401', '404', '422', '500']))
        expect(operation.responses['401'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error')
      }
    }
  })

  it('documents the submission body with examples and its required fields', async ({ expect }) => {
    const doc = await (await api('/openapi.json')).json<Record<string, any>>()
    const schema = doc.components.schemas.SubmitChangeset
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'author']))
    expect(schema.properties.title.example).toBeTruthy()
    const post = doc.paths['/api/changesets'].post
    expect(post.requestBody.required).toBe(true)
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['202', '413', '415']))
  })

  it('serves interactive docs at /docs', async ({ expect }) => {
    const res = await api('/docs')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('/openapi.json')
  })
})
