import { z } from '@hono/zod-openapi'
import { html } from 'hono/html'
import { ApiError, jsonErrorResponse } from '../errors'
import type { App } from '../types'
import { DOCS_INIT_SCRIPT, findDocsAsset, SWAGGER_UI_BUNDLE, SWAGGER_UI_CSS } from './docs-assets'

const IMMUTABLE = 'public, max-age=31536000, immutable'

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Code Review Assistant API',
    version: '1.0.0',
    description:
      'Submit changesets (unified diffs), get them reviewed in the background, triage the findings, ' +
      'export reports (Markdown, SARIF, reviewdog rdjson, JSON) and watch reviews live over WebSocket or SSE.',
  },
  servers: [{ url: '/' }],
}

/** The OpenAPI document, the Swagger UI page and the files it loads: all public, all same-origin. */
export function registerDocsRoutes(app: App) {
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/openapi.json',
    tags: ['docs'],
    summary: 'This OpenAPI 3.1 document',
    responses: { 200: { description: 'The document', content: { 'application/json': { schema: z.object({}).passthrough() } } } },
  })
  app.doc31('/openapi.json', (c) => ({ ...OPENAPI_INFO, info: { ...OPENAPI_INFO.info, version: c.env.APP_VERSION } }))

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/docs',
    tags: ['docs'],
    summary: 'Interactive API documentation (Swagger UI)',
    description: 'Works offline: the page loads only files this service serves itself.',
    responses: { 200: { description: 'An HTML page', content: { 'text/html': { schema: z.string() } } } },
  })
  app.get('/docs', (c) => {
    // The page names the asset versions, so it must be revalidated; the assets never change.
    c.header('Cache-Control', 'no-cache')
    return c.html(html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Code Review Assistant API</title>
<link rel="stylesheet" href="${SWAGGER_UI_CSS}"></head>
<body><div id="swagger-ui" data-openapi-url="/openapi.json"></div>
<script src="${SWAGGER_UI_BUNDLE}"></script>
<script src="${DOCS_INIT_SCRIPT}"></script>
</body></html>`)
  })

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/docs/assets/{file}',
    tags: ['docs'],
    summary: 'A script or stylesheet of the docs pages',
    description: 'Names carry a version or content hash, so responses are cacheable forever.',
    request: { params: z.object({ file: z.string().openapi({ example: 'swagger-ui-bundle-5.35.0.js' }) }) },
    responses: {
      200: { description: 'The file', content: { 'text/javascript': { schema: z.string() }, 'text/css': { schema: z.string() } } },
      404: jsonErrorResponse('No such file (or an older version)'),
    },
  })
  app.get('/docs/assets/:file', (c) => {
    const asset = findDocsAsset(c.req.param('file'))
    if (!asset) throw new ApiError('not_found', `No docs asset ${c.req.param('file')}`)
    return c.body(asset.body, 200, { 'Content-Type': asset.contentType, 'Cache-Control': IMMUTABLE })
  })
}
