// corpus: path=src/routes/(app)/invoices/+page.server.ts
import { error, fail, redirect } from '@sveltejs/kit'
import type { Actions, PageServerLoad } from './$types'
import { sql } from '$lib/server/db'
import { sendInvoiceEmail } from '$lib/server/mail'
import { audit } from '$lib/server/audit'

const PAGE_SIZE = 25
const STATUSES = new Set(['draft', 'sent', 'paid', 'void'])
const SORT_COLUMNS: Record<string, string> = {
  due: 'due_date',
  amount: 'total_cents',
  customer: 'customer_name',
}

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`) // ok: open-redirect
  const q = url.searchParams.get('q')?.trim() ?? ''
  const status = url.searchParams.get('status') ?? ''
  const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1)
  const sortKey = url.searchParams.get('sort') ?? cookies.get('invoice_sort') ?? 'due'
  const orderBy = SORT_COLUMNS[sortKey] ?? 'due_date'

  const statusFilter = STATUSES.has(status) ? status : null
  const invoices = await sql.unsafe( // ok: sql-injection
    `select id, number, customer_name, total_cents, status, due_date
       from invoices
      where org_id = $1
        and ($2::text is null or status = $2)
        and ($3 = '' or customer_name ilike '%' || $3 || '%' or number ilike '%' || $3 || '%')
      order by ${orderBy} desc
      limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}`,
    [locals.user.orgId, statusFilter, q],
  )

  const tags = url.searchParams.getAll('tag')
  const tagged = tags.length
    ? await sql.unsafe(`select invoice_id from invoice_tags where tag in ('${tags.join("','")}')`) // expect: sql-injection
    : []

  const [{ count }] = await sql`select count(*)::int as count from invoices where org_id = ${locals.user.orgId}` // ok: sql-injection
  cookies.set('invoice_sort', sortKey, { path: '/invoices', httpOnly: true, sameSite: 'lax' }) // ok: insecure-cookie

  return {
    invoices,
    taggedIds: tagged.map((row) => row.invoice_id as string),
    total: count as number,
    page,
    q,
  }
}

export const actions: Actions = {
  send: async ({ request, locals }) => {
    if (!locals.user) error(401)
    const form = await request.formData()
    const id = String(form.get('id') ?? '')
    const [invoice] = await sql`select * from invoices where id = ${id} and org_id = ${locals.user.orgId}` // ok: sql-injection
    if (!invoice) return fail(404, { message: 'Invoice not found' })
    await sendInvoiceEmail(invoice)
    await sql`update invoices set status = 'sent', sent_at = now() where id = ${id}`
    await audit(locals.user.id, 'invoice.sent', { id })
    return { sent: id }
  },

  bulkVoid: async ({ request, locals, url }) => {
    if (!locals.user?.roles.includes('billing')) error(403)
    const form = await request.formData()
    const ids = form.getAll('id').map(String)
    if (ids.length === 0) return fail(400, { message: 'Select at least one invoice' })
    const reason = String(form.get('reason') ?? 'voided')
    await sql.unsafe(`update invoices set status = 'void', void_reason = '${reason}' where id = any($1) and org_id = $2`, [ids, locals.user.orgId]) // expect: sql-injection
    await audit(locals.user.id, 'invoice.bulk_void', { count: ids.length })
    const back = url.searchParams.get('back') ?? '/invoices'
    redirect(303, back) // expect: open-redirect
  },

  duplicate: async ({ request, locals }) => {
    if (!locals.user) error(401)
    const form = await request.formData()
    const id = String(form.get('id') ?? '')
    const [copy] = await sql`
      insert into invoices (org_id, customer_name, total_cents, status, due_date, lines)
      select org_id, customer_name, total_cents, 'draft', now() + interval '30 days', lines
        from invoices where id = ${id} and org_id = ${locals.user.orgId}
      returning id
    `
    if (!copy) return fail(404, { message: 'Invoice not found' })
    redirect(303, `/invoices/${copy.id}/edit`) // ok: open-redirect
  },
}
