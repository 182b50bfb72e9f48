// corpus: path=src/components/orders/OrdersTable.tsx
import { useMemo, useState } from 'react'
import { formatMoney, formatDate } from '@/lib/format'
import type { Order, OrderStatus } from '@/lib/types'
import { StatusBadge } from './StatusBadge'

type SortKey = 'createdAt' | 'total' | 'customer'
type SortDir = 'asc' | 'desc'

interface Props {
  orders: Order[]
  onSelect?: (order: Order) => void
  statusFilter?: OrderStatus | 'all'
}

const COLUMNS: Array<{ key: SortKey; label: string; align?: 'right' }> = [
  { key: 'createdAt', label: 'Date' },
  { key: 'customer', label: 'Customer' },
  { key: 'total', label: 'Total', align: 'right' },
]

function compare(a: Order, b: Order, key: SortKey): number {
  switch (key) {
    case 'createdAt':
      return a.createdAt.localeCompare(b.createdAt)
    case 'total':
      return a.totalCents - b.totalCents
    case 'customer':
      return a.customerName.localeCompare(b.customerName, undefined, { sensitivity: 'base' })
  }
}

export function OrdersTable({ orders, onSelect, statusFilter = 'all' }: Props) {
  const [sortKey, setSortKey] = useState<SortKey>('createdAt')
  const [sortDir, setSortDir] = useState<SortDir>('desc')

  const rows = useMemo(() => {
    const filtered = statusFilter === 'all' ? orders : orders.filter((o) => o.status === statusFilter)
    const sorted = [...filtered].sort((a, b) => compare(a, b, sortKey))
    return sortDir === 'asc' ? sorted : sorted.reverse()
  }, [orders, sortDir, sortKey, statusFilter])

  const total = useMemo(() => rows.reduce((sum, o) => sum + o.totalCents, 0), [rows])

  function toggleSort(key: SortKey) {
    if (key === sortKey) {
      setSortDir((d) => (d === 'asc' ? 'desc' : 'asc'))
    } else {
      setSortKey(key)
      setSortDir(key === 'customer' ? 'asc' : 'desc')
    }
  }

  if (rows.length === 0) {
    return <p className="empty-state">No orders match this filter.</p>
  }

  return (
    <table className="orders-table">
      <thead>
        <tr>
          {COLUMNS.map((col) => (
            <th key={col.key} style={{ textAlign: col.align ?? 'left' }} aria-sort={sortKey === col.key ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button type="button" onClick={() => toggleSort(col.key)}>
                {col.label}
              </button>
            </th>
          ))}
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((order) => (
          <tr key={order.id} onClick={() => onSelect?.(order)} className={onSelect ? 'clickable' : undefined}>
            <td>{formatDate(order.createdAt)}</td>
            <td>{order.customerName}</td>
            <td style={{ textAlign: 'right' }}>{formatMoney(order.totalCents, order.currency)}</td>
            <td>
              <StatusBadge status={order.status} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2}>{rows.length} orders</td>
          <td style={{ textAlign: 'right' }}>{formatMoney(total, rows[0]?.currency ?? 'EUR')}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  )
}
