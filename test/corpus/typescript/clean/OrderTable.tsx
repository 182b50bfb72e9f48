// corpus: path=src/components/OrderTable.tsx
import { useMemo, useState } from 'react';
import { formatMoney } from '../utils/format';

export interface OrderRow {
  id: string;
  number: string;
  customer: string;
  totalCents: number;
  status: 'placed' | 'paid' | 'shipped' | 'cancelled';
  createdAt: string;
}

type SortKey = 'number' | 'customer' | 'totalCents' | 'createdAt';

const STATUS_LABEL: Record<OrderRow['status'], string> = {
  placed: 'Placed',
  paid: 'Paid',
  shipped: 'Shipped',
  cancelled: 'Cancelled',
};

export function OrderTable({ orders, onSelect }: { orders: OrderRow[]; onSelect: (id: string) => void }) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'createdAt', dir: -1 });
  const [filter, setFilter] = useState('');

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const rows = needle
      ? orders.filter((o) => o.number.toLowerCase().includes(needle) || o.customer.toLowerCase().includes(needle))
      : orders;
    return [...rows].sort((a, b) => (a[sort.key] < b[sort.key] ? -sort.dir : a[sort.key] > b[sort.key] ? sort.dir : 0));
  }, [orders, filter, sort]);

  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
      onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}
    >
      {label}
    </th>
  );

  return (
    <div>
      <input type="search" placeholder="Filter orders" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <table>
        <thead>
          <tr>
            {header('number', 'Order')}
            {header('customer', 'Customer')}
            {header('totalCents', 'Total')}
            <th scope="col">Status</th>
            {header('createdAt', 'Placed')}
          </tr>
        </thead>
        <tbody>
          {visible.map((o) => (
            <tr key={o.id} onClick={() => onSelect(o.id)}>
              <td>{o.number}</td>
              <td>{o.customer}</td>
              <td className="num">{formatMoney(o.totalCents)}</td>
              <td>
                <span className={`badge badge-${o.status}`}>{STATUS_LABEL[o.status]}</span>
              </td>
              <td>{new Date(o.createdAt).toLocaleDateString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 && <p className="empty">No orders match “{filter}”.</p>}
    </div>
  );
}
