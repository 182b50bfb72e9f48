// corpus: path=src/components/ReleaseNotes.tsx
import { useEffect, useState } from 'react'
import { marked } from 'marked'

export function ReleaseNotes({ version }: { version: string }) {
  const [notes, setNotes] = useState('')
  useEffect(() => {
    const q = new URLSearchParams(window.location.search)
    setNotes(q.get('preview') ?? '')
  }, [version])
  return <article className="notes" dangerouslySetInnerHTML={{ __html: marked.parse(notes) as string }} /> // expect: xss
}
