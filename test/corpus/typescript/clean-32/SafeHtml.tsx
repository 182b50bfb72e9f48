// corpus: path=src/components/issue/IssueBody.tsx
'use client'

import DOMPurify from 'isomorphic-dompurify'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useRouter, useSearchParams } from 'next/navigation'
import hljs from 'highlight.js/lib/common'
import { formatDistanceToNow } from 'date-fns'
import type { Issue } from '@/types'

const PURIFY_CONFIG = {
  ALLOWED_TAGS: ['p', 'a', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'img', 'h2', 'h3', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'class'],
  ALLOW_DATA_ATTR: false,
}

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('rel', 'noopener noreferrer nofollow')
    node.setAttribute('target', '_blank')
  }
})

export function IssueBody({ issue }: { issue: Issue }) {
  const html = useMemo(() => DOMPurify.sanitize(issue.bodyHtml, PURIFY_CONFIG), [issue.bodyHtml])
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    ref.current?.querySelectorAll('pre code').forEach((block) => hljs.highlightElement(block as HTMLElement))
  }, [html])

  return <div ref={ref} className="prose max-w-none" dangerouslySetInnerHTML={{ __html: html }} /> // ok: xss
}

export function IssueHeader({ issue }: { issue: Issue }) {
  const router = useRouter()
  const search = useSearchParams()
  const [copied, setCopied] = useState(false)
  const tab = search.get('tab') === 'activity' ? 'activity' : 'details'

  async function copyLink() {
    await navigator.clipboard.writeText(`${window.location.origin}/issues/${issue.number}`)
    setCopied(true)
    setTimeout(() => setCopied(false), 1500)
  }

  function selectTab(next: 'details' | 'activity') {
    const params = new URLSearchParams(search.toString())
    params.set('tab', next)
    router.replace(`?${params.toString()}`, { scroll: false }) // ok: open-redirect
  }

  return (
    <header className="flex items-center gap-3">
      <h1 className="text-xl font-semibold">
        {issue.title} <span className="text-muted">#{issue.number}</span>
      </h1>
      <span className={`badge badge-${issue.status.toLowerCase()}`}>{issue.status}</span>
      <span title={issue.createdAt}>{formatDistanceToNow(new Date(issue.createdAt), { addSuffix: true })}</span>
      <button type="button" onClick={copyLink}>
        {copied ? 'Copied' : 'Copy link'}
      </button>
      <nav>
        <button aria-pressed={tab === 'details'} onClick={() => selectTab('details')}>
          Details
        </button>
        <button aria-pressed={tab === 'activity'} onClick={() => selectTab('activity')}>
          Activity
        </button>
      </nav>
    </header>
  )
}

export function CodeSnippet({ code, language }: { code: string; language: string }) {
  const highlighted = useMemo(() => hljs.highlight(code, { language: hljs.getLanguage(language) ? language : 'plaintext' }).value, [code, language])
  return (
    <pre>
      <code className={`hljs language-${language}`} dangerouslySetInnerHTML={{ __html: highlighted }} /> {/* ok: xss */}
    </pre>
  )
}
