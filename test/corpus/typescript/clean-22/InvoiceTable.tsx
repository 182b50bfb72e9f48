// corpus: path=src/components/billing/InvoiceTable.tsx
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useSearchParams, useNavigate, Link } from 'react-router-dom'
import { formatMoney } from '../../lib/money'
import { api, type Invoice } from '../../lib/api'

type SortKey = 'issuedAt' | 'total' | 'status'

const STATUS_LABEL: Record<Invoice['status'], string> = {
  draft: 'Draft',
  open: 'Open',
  paid: 'Paid',
  void: 'Void',
  uncollectible: 'Uncollectible',
}

function compare(a: Invoice, b: Invoice, key: SortKey): number {
  switch (key) {
    case 'total':
      return a.totalCents - b.totalCents
    case 'status':
      return a.status.localeCompare(b.status)
    default:
      return new Date(a.issuedAt).getTime() - new Date(b.issuedAt).getTime()
  }
}

export function InvoiceTable({ accountId }: { accountId: string }) {
  const [params, setParams] = useSearchParams()
  const navigate = useNavigate()
  const [invoices, setInvoices] = useState<Invoice[]>([])
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)

  const sort = (params.get('sort') as SortKey | null) ?? 'issuedAt'
  const desc = params.get('dir') !== 'asc'
  const query = params.get('q') ?? ''

  useEffect(() => {
    const controller = new AbortController()
    setLoading(true)
    api
      .listInvoices(accountId, { signal: controller.signal })
      .then((rows) => {
        setInvoices(rows)
        setError(null)
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : 'Could not load invoices')
      })
      .finally(() => setLoading(false))
    return () => controller.abort()
  }, [accountId])

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase()
    const filtered = needle ? invoices.filter((inv) => inv.number.toLowerCase().includes(needle)) : invoices
    const sorted = [...filtered].sort((a, b) => compare(a, b, sort))
    return desc ? sorted.reverse() : sorted
  }, [invoices, query, sort, desc])

  const toggleSort = useCallback(
    (key: SortKey) => {
      const next = new URLSearchParams(params)
      if (sort === key) next.set('dir', desc ? 'asc' : 'desc')
      else {
        next.set('sort', key)
        next.set('dir', 'desc')
      }
      setParams(next, { replace: true })
    },
    [params, setParams, sort, desc],
  )

  if (loading) return <p aria-busy="true">Loading invoices…</p>
  if (error) return <p role="alert">{error}</p>

  return (
    <div className="invoice-table">
      <input
        type="search"
        placeholder="Search by number"
        defaultValue={query}
        onChange={(e) => {
          const next = new URLSearchParams(params)
          if (e.target.value) next.set('q', e.target.value)
          else next.delete('q')
          setParams(next, { replace: true })
        }}
      />
      <table>
        <thead>
          <tr>
            <th>Number</th>
            <th>
              <button type="button" onClick={() => toggleSort('issuedAt')}>
                Issued {sort === 'issuedAt' ? (desc ? '↓' : '↑') : ''}
              </button>
            </th>
            <th>
              <button type="button" onClick={() => toggleSort('total')}>
                Total {sort === 'total' ? (desc ? '↓' : '↑') : ''}
              </button>
            </th>
            <th>
              <button type="button" onClick={() => toggleSort('status')}>
                Status
              </button>
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {visible.map((inv) => (
            <tr key={inv.id} onDoubleClick={() => navigate(`/billing/invoices/${inv.id}`)}>
              <td>
                <Link to={`/billing/invoices/${inv.id}`}>{inv.number}</Link>
              </td>
              <td>{new Date(inv.issuedAt).toLocaleDateString()}</td>
              <td>{formatMoney(inv.totalCents, inv.currency)}</td>
              <td>
                <span className={`badge badge-${inv.status}`}>{STATUS_LABEL[inv.status]}</span>
              </td>
              <td>
                {inv.pdfUrl ? (
                  <a href={inv.pdfUrl} target="_blank" rel="noopener noreferrer">
                    PDF
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 && <p className="empty">No invoices match “{query}”.</p>}
    </div>
  )
}
