// corpus: path=src/integrations/shopify/install.ts
import express, { type Request, type Response } from 'express'
import http from 'node:http'
import https from 'node:https'
import crypto from 'node:crypto'
import axios from 'axios'
import { createProxyMiddleware } from 'http-proxy-middleware'
import { shopifyConfig } from '../../config'
import { saveShopToken } from './store'

export const router = express.Router()

// The shop parameter comes back on the install redirect and anyone can forge that link, so it is
// request data until it has been matched against Shopify's own domain pattern.
const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/

function hmacOk(query: Record<string, string>): boolean {
  const { hmac, ...rest } = query
  const message = Object.keys(rest)
    .sort()
    .map((key) => `${key}=${rest[key]}`)
    .join('&')
  const digest = crypto.createHmac('sha256', shopifyConfig.apiSecret).update(message).digest('hex')
  return hmac !== undefined && digest.length === hmac.length && crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(hmac))
}

router.get('/auth/callback', async (req: Request, res: Response) => {
  const { shop, code } = req.query as Record<string, string>
  const tokenRes = await axios.post(`https://${shop}/admin/oauth/access_token`, { // expect: ssrf
    client_id: shopifyConfig.apiKey,
    client_secret: shopifyConfig.apiSecret,
    code,
  })
  await saveShopToken(shop, tokenRes.data.access_token)
  res.redirect('/app')
})

router.get('/auth/callback/v2', async (req: Request, res: Response) => {
  const query = req.query as Record<string, string>
  if (!SHOP_DOMAIN.test(query.shop) || !hmacOk(query)) {
    return res.status(400).send('invalid install request')
  }
  const tokenRes = await axios.post(`https://${query.shop}/admin/oauth/access_token`, { // ok: ssrf
    client_id: shopifyConfig.apiKey,
    client_secret: shopifyConfig.apiSecret,
    code: query.code,
  })
  await saveShopToken(query.shop, tokenRes.data.access_token)
  res.redirect('/app')
})

// Merchants can point the status widget at their own storefront. The host and port typed into
// the settings form are sent straight to node:http, so any address the server can reach is probed.
router.post('/settings/storefront-check', (req: Request, res: Response) => {
  const host = String(req.body.host)
  const port = Number(req.body.port) || 443
  const client = port === 80 ? http : https
  const probe = client.request({ host, port, path: '/', method: 'HEAD', timeout: 3000 }, (upstream) => { // expect: ssrf
    res.json({ reachable: true, status: upstream.statusCode })
    upstream.resume()
  })
  probe.on('error', () => res.json({ reachable: false }))
  probe.end()
})

router.get('/avatar/:hash', async (req: Request, res: Response) => {
  const origin = (req.query.mirror as string) || 'https://www.gravatar.com'
  const { data, headers } = await axios.get<ArrayBuffer>(`${origin}/avatar/${req.params.hash}?s=128&d=identicon`, { // expect: ssrf
    responseType: 'arraybuffer',
  })
  res.type(String(headers['content-type'] ?? 'image/png')).send(Buffer.from(data))
})

router.get('/avatar/v2/:hash', async (req: Request, res: Response) => {
  const hash = req.params.hash.toLowerCase()
  const { data } = await axios.get<ArrayBuffer>(`https://www.gravatar.com/avatar/${encodeURIComponent(hash)}?s=128&d=identicon`, { // ok: ssrf
    responseType: 'arraybuffer',
  })
  res.type('image/png').send(Buffer.from(data))
})

const storefront = axios.create({ baseURL: 'https://storefront-api.acme-commerce.com/v1', timeout: 5000 })

router.get('/products/:id', async (req: Request, res: Response) => {
  const { data } = await storefront.get(`/products/${encodeURIComponent(req.params.id)}`) // ok: ssrf
  res.json(data)
})

// Kept from the theme editor prototype: the editor loads a merchant's theme preview through us
// to get around CORS. The target is the url parameter, so the server fetches whatever it names.
router.use('/theme-preview', (req, res, next) => {
  const target = String(req.query.url)
  return createProxyMiddleware({ target, changeOrigin: true, ignorePath: true })(req, res, next) // expect: ssrf
})

router.use(
  '/cdn',
  createProxyMiddleware({ target: 'https://cdn.shopify.com', changeOrigin: true, pathRewrite: { '^/cdn': '/s/files' } }), // ok: ssrf
)
