import swaggerBundle from 'swagger-ui-dist/swagger-ui-bundle.js'
import swaggerCss from 'swagger-ui-dist/swagger-ui.css'
import swaggerPackage from 'swagger-ui-dist/package.json'

/**
 * Files the docs pages load, served by the Worker itself so /docs works offline and under a
 * CSP without external origins. Every name carries a version or a content hash, so a file can be
 * cached forever: a new release changes the name, never the bytes behind one.
 */
export interface DocsAsset {
  body: string
  contentType: string
}

const JS = 'text/javascript; charset=utf-8'
const CSS = 'text/css; charset=utf-8'

export const ASSET_PREFIX = '/docs/assets/'

// Same origin as the page, so `script-src 'self'` covers it; no inline script. The page says
// where the document is; the validator badge would call an external service, so it is off.
const INIT_SCRIPT = `const root = document.getElementById('swagger-ui')
window.ui = SwaggerUIBundle({
  url: root.dataset.openapiUrl,
  domNode: root,
  deepLinking: true,
  validatorUrl: null,
})
`

const RULE_PAGE_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
pre{background:#f5f5f5;padding:.75rem;overflow:auto}
code{font-size:.95em}
`

/** FNV-1a: a stable short name for our own small files; not a security hash. */
function contentHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

const assets = new Map<string, DocsAsset>()

function addAsset(name: string, body: string, contentType: string): string {
  assets.set(name, { body, contentType })
  return ASSET_PREFIX + name
}

// The stylesheet points at a source map that is not shipped; browsers would ask for it and get a 404.
const stripSourceMap = (css: string) => css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '')

export const SWAGGER_UI_VERSION = swaggerPackage.version
export const SWAGGER_UI_CSS = addAsset(`swagger-ui-${SWAGGER_UI_VERSION}.css`, stripSourceMap(swaggerCss), CSS)
export const SWAGGER_UI_BUNDLE = addAsset(`swagger-ui-bundle-${SWAGGER_UI_VERSION}.js`, swaggerBundle, JS)
export const DOCS_INIT_SCRIPT = addAsset(`docs-init-${contentHash(INIT_SCRIPT)}.js`, INIT_SCRIPT, JS)
export const RULE_PAGE_STYLESHEET = addAsset(`rule-page-${contentHash(RULE_PAGE_CSS)}.css`, RULE_PAGE_CSS, CSS)

export function findDocsAsset(name: string): DocsAsset | undefined {
  return assets.get(name)
}

export function docsAssetNames(): string[] {
  return [...assets.keys()]
}
