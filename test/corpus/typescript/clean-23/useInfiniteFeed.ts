// corpus: path=src/hooks/useInfiniteFeed.ts
import { useCallback, useEffect, useRef, useState } from 'react'

export interface FeedItem {
  id: string
  kind: 'post' | 'comment' | 'follow'
  actor: { id: string; handle: string; avatarUrl: string }
  text: string
  link: string
  createdAt: string
}

interface Page {
  items: FeedItem[]
  nextCursor: string | null
}

export function useInfiniteFeed(filter: string) {
  const [items, setItems] = useState<FeedItem[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const loading = useRef(false)

  const loadMore = useCallback(async () => {
    if (loading.current || done) return
    loading.current = true
    try {
      const params = new URLSearchParams({ filter })
      if (cursor) params.set('cursor', cursor)
      const res = await fetch(`/api/feed?${params.toString()}`, { credentials: 'include' })
      if (!res.ok) throw new Error(`feed request failed: ${res.status}`)
      const page = (await res.json()) as Page
      setItems((prev) => {
        const seen = new Set(prev.map((i) => i.id))
        return [...prev, ...page.items.filter((i) => !seen.has(i.id))]
      })
      setCursor(page.nextCursor)
      if (!page.nextCursor) setDone(true)
    } catch (err) {
      setError(err as Error)
    } finally {
      loading.current = false
    }
  }, [cursor, done, filter])

  useEffect(() => {
    setItems([])
    setCursor(null)
    setDone(false)
  }, [filter])

  return { items, loadMore, done, error }
}
