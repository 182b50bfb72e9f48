import { env } from 'cloudflare:workers'
import { parseUnifiedDiff } from '../../src/review'

/** One request the Worker made to GitHub. */
export interface GitHubCall {
  method: string
  /** Path below the API base, with the query string. */
  path: string
  headers: Record<string, string>
  body: any
}

export interface FakePull {
  headSha: string
  /** Per file: the `patch` the files API lists; `null` means GitHub left it out (too large). */
  files: { filename: string; patch: string | null; status?: string }[]
  /** What `Accept: application/vnd.github.v3.diff` answers. */
  wholeDiff?: string
  title?: string
  draft?: boolean
}

interface Failure {
  method: string
  path: RegExp
  status: number
  headers?: Record<string, string>
  body?: unknown
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

/**
 * GitHub's REST API as far as the App uses it, answered at the fetch boundary: every call is
 * recorded, App JWTs are verified against the test key, review comments must sit on a line of
 * the pull request's diff (422 otherwise, as GitHub does), and failures can be queued.
 */
export class FakeGitHub {
  readonly calls: GitHubCall[] = []
  readonly pulls = new Map<string, FakePull>()
  /** `.code-review.yml` by `owner/repo@sha`. */
  readonly configs = new Map<string, string>()
  /** Other file contents by `owner/repo@sha:path`. */
  readonly contents = new Map<string, string>()
  readonly permissions = new Map<string, string>()
  readonly reviews: { id: number; pull: string; body: any }[] = []
  readonly comments: { id: number; reviewId: number; pull: string; path: string; line: number; start_line?: number; body: string }[] = []
  readonly checkRuns = new Map<number, { id: number; create: any; updates: any[] }>()
  private failures: Failure[] = []
  private nextId = 1000
  private original = globalThis.fetch

  constructor(readonly base = env.GITHUB_API_URL!) {}

  install(): this {
    this.original = globalThis.fetch
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      if (!request.url.startsWith(this.base + '/')) return this.original(input, init)
      return this.handle(request)
    }) as typeof fetch
    return this
  }

  uninstall(): void {
    globalThis.fetch = this.original
  }

  /** The next matching call fails once with this answer. */
  failNext(method: string, path: RegExp, status: number, headers: Record<string, string> = {}, body: unknown = { message: 'failure' }) {
    this.failures.push({ method, path, status, headers, body })
  }

  callsTo(method: string, path: RegExp): GitHubCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path))
  }

  private async handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const path = url.pathname.slice(new URL(this.base).pathname.length) + url.search
    const text = request.method === 'GET' ? '' : await request.text()
    const call: GitHubCall = { method: request.method, path, headers: Object.fromEntries(request.headers), body: text ? JSON.parse(text) : null }
    this.calls.push(call)

    const failure = this.failures.findIndex((f) => f.method === request.method && f.path.test(path))
    if (failure !== -1) {
      const [f] = this.failures.splice(failure, 1)
      return json(f!.body, f!.status, f!.headers)
    }
    const route = (method: string, pattern: RegExp) => (request.method === method ? pattern.exec(url.pathname.slice(new URL(this.base).pathname.length)) : null)
    let m: RegExpExecArray | null

    if ((m = route('POST', /^\/app\/installations\/(\d+)\/access_tokens$/))) {
      if (!(await this.verifyJwt(request.headers.get('authorization')))) return json({ message: 'A JSON web token could not be decoded' }, 401)
      return json({ token: `ghs_installation_${m[1]}`, expires_at: new Date(Date.now() + 3600_000).toISOString() }, 201)
    }
    if (!/^token ghs_installation_\d+$/.test(request.headers.get('authorization') ?? '')) return json({ message: 'Bad credentials' }, 401)

    if ((m = route('GET', /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/))) {
      const at = `${m[1]}/${m[2]}@${url.searchParams.get('ref')}`
      const file = decodeURIComponent(m[3]!)
      const text = file === '.code-review.yml' ? this.configs.get(at) : this.contents.get(`${at}:${file}`)
      return text === undefined ? json({ message: 'Not Found' }, 404) : new Response(text)
    }
    if ((m = route('GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/))) {
      const pull = this.pull(m)
      const page = Number(url.searchParams.get('page') ?? 1)
      const size = Number(url.searchParams.get('per_page') ?? 30)
      const files = pull.files.map((f) => ({
        filename: f.filename,
        status: f.status ?? 'modified',
        changes: 1,
        ...(f.patch === null ? {} : { patch: f.patch }),
      }))
      return json(files.slice((page - 1) * size, page * size))
    }
    if ((m = route('GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/))) {
      const pull = this.pull(m)
      if (request.headers.get('accept') === 'application/vnd.github.v3.diff') return new Response(pull.wholeDiff ?? '')
      return json({ state: 'open', draft: pull.draft ?? false, title: pull.title ?? 'A pull request', user: { login: 'octocat' }, head: { sha: pull.headSha } })
    }
    if ((m = route('POST', /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/))) {
      const id = this.nextId++
      this.checkRuns.set(id, { id, create: call.body, updates: [] })
      return json({ id }, 201)
    }
    if ((m = route('PATCH', /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/))) {
      const run = this.checkRuns.get(Number(m[3]))
      if (!run) return json({ message: 'Not Found' }, 404)
      if ((call.body.output?.annotations?.length ?? 0) > 50) return json({ message: 'Only 50 annotations per request' }, 422)
      run.updates.push(call.body)
      return json({ id: run.id })
    }
    if ((m = route('POST', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/))) {
      const key = `${m[1]}/${m[2]}#${m[3]}`
      const pull = this.pull(m)
      for (const c of call.body.comments ?? []) {
        const patch = pull.files.find((f) => f.filename === c.path)?.patch ?? ''
        const lines = new Set(parseUnifiedDiff(patch, c.path)[0]?.hunks.flatMap((h) => h.lines.map((l) => l.newLine)) ?? [])
        if (!lines.has(c.line) || (c.start_line !== undefined && !lines.has(c.start_line))) {
          return json({ message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] }, 422)
        }
      }
      const id = this.nextId++
      this.reviews.push({ id, pull: key, body: call.body })
      for (const c of call.body.comments ?? []) this.comments.push({ id: this.nextId++, reviewId: id, pull: key, ...c })
      return json({ id }, 200)
    }
    if ((m = route('GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews\/(\d+)\/comments$/))) {
      return json(this.comments.filter((c) => c.reviewId === Number(m![4])).map((c) => ({ id: c.id, path: c.path, line: c.line, body: c.body })))
    }
    if ((m = route('GET', /^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)\/permission$/))) {
      return json({ permission: this.permissions.get(decodeURIComponent(m[3]!)) ?? 'read' })
    }
    return json({ message: `fake GitHub has no route for ${request.method} ${path}` }, 404)
  }

  private pull(m: RegExpExecArray): FakePull {
    const pull = this.pulls.get(`${m[1]}/${m[2]}#${m[3]}`)
    if (!pull) throw new Error(`fake GitHub: no pull request ${m[1]}/${m[2]}#${m[3]}`)
    return pull
  }

  /** RS256 over header.payload with the test App's public key; `iat` in the past, `exp` at most 10 minutes out. */
  private async verifyJwt(authorization: string | null): Promise<boolean> {
    const jwt = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
    if (!jwt) return false
    const [header, payload, signature] = jwt.split('.')
    const der = Uint8Array.from(atob(env.TEST_GITHUB_PUBLIC_KEY.replace(/-----[^-]+-----|\s/g, '')), (c) => c.charCodeAt(0))
    const key = await crypto.subtle.importKey('spki', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify'])
    const bytes = (s: string) => Uint8Array.from(atob(s.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0))
    const valid = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, bytes(signature!), new TextEncoder().encode(`${header}.${payload}`))
    const claims = JSON.parse(new TextDecoder().decode(bytes(payload!)))
    const now = Date.now() / 1000
    return valid && claims.iss === env.GITHUB_APP_ID && claims.iat <= now - 30 && claims.exp <= now + 600 && claims.exp > now
  }
}
