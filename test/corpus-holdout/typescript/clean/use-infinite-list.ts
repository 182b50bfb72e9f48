// corpus: path=src/hooks/use-infinite-list.ts
import { useCallback, useEffect, useRef, useState } from 'react'

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface InfiniteListState<T> {
  items: T[]
  loading: boolean
  error: Error | null
  hasMore: boolean
  loadMore: () => void
  reset: () => void
}

/**
 * Cursor pagination for feeds. Keeps one request in flight, drops responses that arrive after a
 * reset (the key changed while a page was loading), and exposes a sentinel ref for scrolling.
 */
export function useInfiniteList<T>(key: string, fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>): InfiniteListState<T> {
  const [items, setItems] = useState<T[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [hasMore, setHasMore] = useState(true)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const generation = useRef(0)
  const controller = useRef<AbortController | null>(null)

  const reset = useCallback(() => {
    generation.current += 1
    controller.current?.abort()
    controller.current = null
    setItems([])
    setCursor(null)
    setHasMore(true)
    setError(null)
    setLoading(false)
  }, [])

  const loadMore = useCallback(() => {
    if (loading || !hasMore) return
    const current = generation.current
    const ac = new AbortController()
    controller.current = ac
    setLoading(true)
    fetchPage(cursor, ac.signal)
      .then((page) => {
        if (current !== generation.current) return
        setItems((prev) => [...prev, ...page.items])
        setCursor(page.nextCursor)
        setHasMore(page.nextCursor !== null)
        setError(null)
      })
      .catch((err: unknown) => {
        if (current !== generation.current || ac.signal.aborted) return
        setError(err instanceof Error ? err : new Error(String(err)))
      })
      .finally(() => {
        if (current === generation.current) setLoading(false)
      })
  }, [cursor, fetchPage, hasMore, loading])

  useEffect(() => {
    reset()
  }, [key, reset])

  useEffect(() => () => controller.current?.abort(), [])

  return { items, loading, error, hasMore, loadMore, reset }
}

export function useSentinel(onVisible: () => void, enabled: boolean) {
  const ref = useRef<HTMLDivElement | null>(null)
  useEffect(() => {
    const node = ref.current
    if (!node || !enabled) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onVisible()
    }, { rootMargin: '200px' })
    observer.observe(node)
    return () => observer.disconnect()
  }, [enabled, onVisible])
  return ref
}
