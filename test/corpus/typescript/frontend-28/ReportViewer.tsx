// corpus: path=web/src/pages/ReportViewer.tsx
import { useEffect, useRef, useState } from 'react'
import { useParams } from 'react-router-dom'

type Widget = { kind: 'chart' | 'table' | 'note'; title: string; formula?: string; body?: string }

export function ReportViewer() {
  const { reportId } = useParams()
  const frame = useRef<HTMLIFrameElement>(null)
  const [widgets, setWidgets] = useState<Widget[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    fetch(`/api/reports/${encodeURIComponent(reportId ?? '')}`)
      .then((r) => r.json())
      .then((data) => setWidgets(data.widgets))
      .catch(() => setError('Could not load the report'))
  }, [reportId])

  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1))
    if (hash && frame.current) {
      frame.current.srcdoc = `<h1>${hash}</h1>` // expect: xss
    }
  }, [])

  function evaluate(widget: Widget, row: Record<string, number>): number {
    if (!widget.formula) return 0
    const fn = new Function('row', `with (row) { return ${widget.formula} }`) // expect: code-injection
    return Number(fn(row))
  }

  return (
    <div>
      {error && <p className="error">{error}</p>}
      {widgets.map((w, i) => (
        <section key={`${w.kind}-${i}`}>
          <h3>{w.title}</h3>
          {w.kind === 'note' && <p>{w.body}</p>}
          {w.kind === 'chart' && <span>{evaluate(w, { revenue: 10, cost: 4 })}</span>}
        </section>
      ))}
      <iframe ref={frame} title="preview" sandbox="" />
    </div>
  )
}
