// corpus: path=src/components/FeedList.tsx
import { useEffect, useRef } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useInfiniteFeed, type FeedItem } from '../hooks/useInfiniteFeed'
import { timeAgo } from '../lib/time'

const FILTERS = ['all', 'posts', 'comments', 'follows'] as const
type Filter = (typeof FILTERS)[number]

function isFilter(value: string | null): value is Filter {
  return value !== null && (FILTERS as readonly string[]).includes(value)
}

function FeedRow({ item }: { item: FeedItem }) {
  return (
    <li className={`feed-row feed-row--${item.kind}`}>
      <img src={item.actor.avatarUrl} alt="" width={28} height={28} loading="lazy" />
      <div>
        <a href={`/u/${encodeURIComponent(item.actor.handle)}`} className="handle">
          @{item.actor.handle}
        </a>{' '}
        <a href={item.link}>{item.text}</a>
        <time dateTime={item.createdAt} title={new Date(item.createdAt).toLocaleString()}>
          {timeAgo(item.createdAt)}
        </time>
      </div>
    </li>
  )
}

export function FeedList() {
  const [params, setParams] = useSearchParams()
  const raw = params.get('filter')
  const filter: Filter = isFilter(raw) ? raw : 'all'
  const { items, loadMore, done, error } = useInfiniteFeed(filter)
  const sentinel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const el = sentinel.current
    if (!el) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadMore()
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [loadMore])

  useEffect(() => {
    document.title = filter === 'all' ? 'Feed' : `Feed · ${filter}`
  }, [filter])

  return (
    <section>
      <nav className="filters">
        {FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={f === filter} onClick={() => setParams({ filter: f })}>
            {f}
          </button>
        ))}
      </nav>
      {error && <p role="alert">Could not load the feed: {error.message}</p>}
      <ul className="feed">
        {items.map((item) => (
          <FeedRow key={item.id} item={item} />
        ))}
      </ul>
      {!done && <div ref={sentinel} className="sentinel" />}
    </section>
  )
}
