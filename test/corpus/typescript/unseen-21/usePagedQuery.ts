// corpus: path=src/hooks/usePagedQuery.ts
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'next/navigation'

export interface Page<T> {
  items: T[]
  total: number
  nextCursor?: string
}

interface Options {
  pageSize?: number
  debounceMs?: number
}

export function usePagedQuery<T>(endpoint: string, { pageSize = 20, debounceMs = 250 }: Options = {}) {
  const searchParams = useSearchParams()
  const query = searchParams.get('q') ?? ''
  const [items, setItems] = useState<T[]>([])
  const [total, setTotal] = useState(0)
  const [cursor, setCursor] = useState<string | undefined>()
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const abortRef = useRef<AbortController | null>(null)

  const url = useMemo(() => {
    const u = new URL(endpoint, window.location.origin)
    if (query) u.searchParams.set('q', query)
    u.searchParams.set('limit', String(pageSize))
    return u
  }, [endpoint, query, pageSize])

  const load = useCallback(
    async (after?: string) => {
      abortRef.current?.abort()
      const controller = new AbortController()
      abortRef.current = controller
      setLoading(true)
      try {
        const target = new URL(url)
        if (after) target.searchParams.set('cursor', after)
        const res = await fetch(target, { signal: controller.signal, credentials: 'same-origin' })
        if (!res.ok) throw new Error(`request failed: ${res.status}`)
        const page = (await res.json()) as Page<T>
        setItems((prev) => (after ? [...prev, ...page.items] : page.items))
        setTotal(page.total)
        setCursor(page.nextCursor)
        setError(null)
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e as Error)
      } finally {
        setLoading(false)
      }
    },
    [url],
  )

  useEffect(() => {
    const t = setTimeout(() => void load(), debounceMs)
    return () => clearTimeout(t)
  }, [load, debounceMs])

  return {
    items,
    total,
    loading,
    error,
    hasMore: Boolean(cursor),
    loadMore: () => cursor && load(cursor),
    reload: () => load(),
  }
}
