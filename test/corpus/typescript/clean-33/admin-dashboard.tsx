// corpus: path=app/admin/page.tsx
import { redirect } from 'next/navigation'
import { count, desc, gte, sum } from 'drizzle-orm'
import { auth } from '@/lib/auth'
import { db } from '@/lib/db'
import { invoices, users, workspaces } from '@/lib/db/schema'
import { isEnabled } from '@/lib/flags'

const RANGES = { '7d': 7, '30d': 30, '90d': 90 } as const
type RangeKey = keyof typeof RANGES

function pickRange(value: string | undefined): RangeKey {
  return value && value in RANGES ? (value as RangeKey) : '30d'
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ range?: string }> }) {
  const session = await auth()
  if (!session?.user || session.user.role !== 'admin') redirect('/login')
  const range = pickRange((await searchParams).range)
  const since = new Date(Date.now() - RANGES[range] * 86_400_000)

  const [[signups], [revenue], topWorkspaces] = await Promise.all([
    db.select({ n: count() }).from(users).where(gte(users.createdAt, since)),
    db.select({ cents: sum(invoices.amountCents) }).from(invoices).where(gte(invoices.paidAt, since)),
    db.select({ id: workspaces.id, name: workspaces.name, seats: workspaces.seats }).from(workspaces).orderBy(desc(workspaces.seats)).limit(10),
  ])
  const showChurn = await isEnabled('admin-churn-panel', session.user)

  return (
    <main className="admin">
      <h1>Overview ({range})</h1>
      <nav>
        {Object.keys(RANGES).map((key) => (
          <a key={key} href={`?range=${key}`} aria-current={key === range ? 'page' : undefined}>
            {key}
          </a>
        ))}
      </nav>
      <dl>
        <dt>Signups</dt>
        <dd>{signups?.n ?? 0}</dd>
        <dt>Revenue</dt>
        <dd>{(Number(revenue?.cents ?? 0) / 100).toLocaleString('en-GB', { style: 'currency', currency: 'EUR' })}</dd>
      </dl>
      <table>
        <tbody>
          {topWorkspaces.map((w) => (
            <tr key={w.id}>
              <td>{w.name}</td>
              <td>{w.seats}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {showChurn ? <section id="churn">Churn panel</section> : null}
    </main>
  )
}
