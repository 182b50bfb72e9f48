import { describe, it, type ExpectStatic } from 'vitest'
import { createApp } from '../../src/app'
import { api } from '../helpers'

const ASSET_URL = /(?:src|href)="([^"]+)"/g

async function page(path: string) {
  const res = await api(path)
  return { res, html: await res.text() }
}

function expectStrictCsp(csp: string | null, expect: ExpectStatic) {
  expect(csp).toBeTruthy()
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain('unsafe-eval')
  expect(csp).not.toMatch(/https?:|\*/)
  expect(csp).toMatch(/script-src 'self'(;|$)/)
  expect(csp).toMatch(/style-src 'self'(;|$)/)
}

describe('/docs works offline', () => {
  it('loads only same-origin files, with no inline script or style, under a strict CSP', async ({ expect }) => {
    const { res, html } = await page('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expectStrictCsp(res.headers.get('content-security-policy'), expect)
    expect(res.headers.get('cache-control')).toBe('no-cache')

    expect(html).not.toMatch(/<style/i)
    expect(html).not.toMatch(/\son\w+=/i) // no inline event handlers
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts.length).toBe(2)
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\//)
      expect(body!.trim()).toBe('')
    }
    const urls = [...html.matchAll(ASSET_URL)].map((m) => m[1]!)
    expect(urls.length).toBe(3)
    for (const url of urls) expect(url, url).toMatch(/^\/docs\/assets\/[\w.-]+$/)
  })

  it('serves every file the page names, versioned and cacheable forever', async ({ expect }) => {
    const { html } = await page('/docs')
    const urls = [...html.matchAll(ASSET_URL)].map((m) => m[1]!)
    const bodies: Record<string, string> = {}
    for (const url of urls) {
      const res = await api(url)
      expect(res.status, url).toBe(200)
      expect(res.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('content-type'), url).toMatch(url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/)
      bodies[url] = await res.text()
    }
    const bundle = Object.entries(bodies).find(([url]) => url.includes('swagger-ui-bundle'))!
    expect(bundle[0]).toMatch(/swagger-ui-bundle-\d+\.\d+\.\d+\.js$/)
    expect(bundle[1].length).toBeGreaterThan(1_000_000)
    expect(bundle[1]).toContain('SwaggerUIBundle')
    const css = Object.entries(bodies).find(([url]) => url.endsWith('.css'))!
    expect(css[1]).toContain('.swagger-ui')
    expect(css[1]).not.toContain('sourceMappingURL')
    // The initializer points at our own document and turns off the external validator badge.
    const init = Object.entries(bodies).find(([url]) => url.includes('docs-init-'))!
    expect(html).toContain('data-openapi-url="/openapi.json"')
    expect(init[1]).toContain('root.dataset.openapiUrl')
    expect(init[1]).toContain('validatorUrl: null')
    // Nothing the page loads reaches for another origin at start-up.
    expect(init[1]).not.toMatch(/https?:\/\//)
  })

  it('answers 404 in the error shape for unknown or outdated asset names', async ({ expect }) => {
    for (const path of ['/docs/assets/nope.js', '/docs/assets/swagger-ui-bundle-0.0.1.js']) {
      const res = await api(path)
      expect(res.status, path).toBe(404)
      expect(await res.json()).toMatchObject({ error: { code: 'not_found', request_id: expect.any(String) } })
    }
  })

  it('keeps the rule pages working under the same CSP, their style from a same-origin stylesheet', async ({ expect }) => {
    const { res, html } = await page('/docs/rules/python/sql-injection')
    expect(res.status).toBe(200)
    expectStrictCsp(res.headers.get('content-security-policy'), expect)
    expect(html).toContain('python/sql-injection')
    expect(html).not.toMatch(/<style|<script/i)
    const [stylesheet] = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!)
    expect(stylesheet).toMatch(/^\/docs\/assets\/rule-page-[0-9a-f]{8}\.css$/)
    const css = await api(stylesheet!)
    expect(css.status).toBe(200)
    expect(await css.text()).toContain('max-width:46rem')
    expect((await api('/docs/rules/python/nope')).status).toBe(404)
  })
})

describe('OpenAPI document', () => {
  it('documents every route the Worker serves, the docs and the document itself included', async ({ expect }) => {
    const doc = await (await api('/openapi.json')).json<Record<string, any>>()
    for (const path of ['/openapi.json', '/docs', '/docs/assets/{file}', '/docs/rules/{namespace}/{name}']) {
      expect(doc.paths[path]?.get?.summary, path).toBeTruthy()
    }
    const served = createApp()
      .routes.filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`)
    for (const route of new Set(served)) {
      const [method, path] = route.split(' ') as [string, string]
      expect(doc.paths[path]?.[method], route).toBeDefined()
    }
  })

  it('lists no response that nothing can trigger (the report never answers 406)', async ({ expect }) => {
    const doc = await (await api('/openapi.json')).json<Record<string, any>>()
    expect(Object.keys(doc.paths['/api/changesets/{changeset_id}/report'].get.responses)).not.toContain('406')
  })
})
