import swaggerBundle from 'swagger-ui-dist/swagger-ui-bundle.js'
import swaggerCss from 'swagger-ui-dist/swagger-ui.css'
import swaggerPackage from 'swagger-ui-dist/package.json'
import { AssetTable, type StaticAsset } from '../static-assets'

// Files the docs pages load, served by the Worker itself so /docs works offline and under a CSP
// without external origins.

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

const assets = new AssetTable(ASSET_PREFIX)

// The stylesheet points at a source map that is not shipped; browsers would ask for it and get a 404.
const stripSourceMap = (css: string) => css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '')

export const SWAGGER_UI_VERSION = swaggerPackage.version
export const SWAGGER_UI_CSS = assets.add(`swagger-ui-${SWAGGER_UI_VERSION}.css`, stripSourceMap(swaggerCss), CSS)
export const SWAGGER_UI_BUNDLE = assets.add(`swagger-ui-bundle-${SWAGGER_UI_VERSION}.js`, swaggerBundle, JS)
export const DOCS_INIT_SCRIPT = assets.addHashed('docs-init', 'js', INIT_SCRIPT, JS)
export const RULE_PAGE_STYLESHEET = assets.addHashed('rule-page', 'css', RULE_PAGE_CSS, CSS)

export function findDocsAsset(name: string): StaticAsset | undefined {
  return assets.find(name)
}
