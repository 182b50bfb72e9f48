/* eslint-disable @typescript-eslint/no-empty-object-type -- declaration merging into generated interfaces */
// Secrets are not in wrangler.toml, so `wrangler types` cannot see them; they are declared here
// once. Set them with `wrangler secret put NAME` (production) or in `.dev.vars` (local).
interface AppSecrets {
  /** Bootstrap credential that may only manage API keys. */
  ADMIN_TOKEN?: string
  /** HMAC key for WebSocket/SSE tickets. */
  TICKET_SECRET?: string
  /** HMAC key for review page links (`/r/{id}?t=…`); rotating it revokes every link. */
  PAGE_LINK_SECRET?: string
  /** The previous PAGE_LINK_SECRET, still accepted while a rotation is under way. */
  PAGE_LINK_SECRET_PREVIOUS?: string
  /** Bearer key for the OpenAI-compatible AI provider. */
  AI_API_KEY?: string
  /** Workers AI, when the `[ai]` binding is enabled in wrangler.toml. */
  AI?: Ai
}

interface Env extends AppSecrets {}

declare namespace Cloudflare {
  interface Env extends AppSecrets {}
}
