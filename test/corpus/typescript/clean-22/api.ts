// corpus: path=src/lib/api.ts
export interface Invoice {
  id: string
  number: string
  issuedAt: string
  totalCents: number
  currency: string
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible'
  pdfUrl: string | null
}

export interface Member {
  id: string
  email: string
  name: string
  role: 'owner' | 'admin' | 'member'
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const BASE = import.meta.env.VITE_API_BASE ?? '/api'

function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? ''
}

async function request<T>(method: string, path: string, init: { body?: unknown; signal?: AbortSignal; query?: Record<string, string | number | undefined> } = {}): Promise<T> {
  const url = new URL(`${BASE}${path}`, window.location.origin)
  for (const [key, value] of Object.entries(init.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    signal: init.signal,
    headers: {
      accept: 'application/json',
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(method !== 'GET' ? { 'x-csrf-token': csrfToken() } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  })
  if (res.status === 204) return undefined as T
  const payload = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null
  if (!res.ok) {
    throw new ApiError(res.status, payload?.error?.code ?? 'http_error', payload?.error?.message ?? res.statusText)
  }
  return payload as T
}

export const api = {
  listInvoices(accountId: string, opts: { signal?: AbortSignal; page?: number } = {}) {
    return request<Invoice[]>('GET', `/accounts/${encodeURIComponent(accountId)}/invoices`, { signal: opts.signal, query: { page: opts.page } })
  },
  getInvoice(id: string) {
    return request<Invoice>('GET', `/invoices/${encodeURIComponent(id)}`)
  },
  listMembers(accountId: string, search?: string) {
    return request<Member[]>('GET', `/accounts/${encodeURIComponent(accountId)}/members`, { query: { search } })
  },
  inviteMember(accountId: string, email: string, role: Member['role']) {
    return request<Member>('POST', `/accounts/${encodeURIComponent(accountId)}/members`, { body: { email, role } })
  },
  removeMember(accountId: string, memberId: string) {
    return request<void>('DELETE', `/accounts/${encodeURIComponent(accountId)}/members/${encodeURIComponent(memberId)}`)
  },
}
