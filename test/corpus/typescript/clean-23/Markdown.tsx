// corpus: path=src/components/Markdown.tsx
import { useMemo } from 'react'
import { marked } from 'marked'
import DOMPurify from 'dompurify'

marked.setOptions({ gfm: true, breaks: true })

export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => {
    const rendered = marked.parse(source, { async: false }) as string
    return DOMPurify.sanitize(rendered, { USE_PROFILES: { html: true } })
  }, [source])
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}

export function InlineCode({ children }: { children: string }) {
  return <code className="inline">{children}</code>
}
