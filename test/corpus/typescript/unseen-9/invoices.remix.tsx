// corpus: path=app/routes/invoices.$id.tsx
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { prisma } from '~/db.server';
import { requireUser } from '~/auth.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const invoice = await prisma.invoice.findFirst({ where: { id: params.id, orgId: user.orgId } });
  if (!invoice) throw new Response('Not found', { status: 404 });
  const url = new URL(request.url);
  return json({ invoice, notice: url.searchParams.get('notice') ?? '', sort: url.searchParams.get('sort') ?? 'position' });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  await prisma.invoice.update({ where: { id: params.id, orgId: user.orgId }, data: { memo: String(form.get('memo') ?? '') } });
  const lines = await prisma.$queryRawUnsafe(`SELECT * FROM "InvoiceLine" WHERE "invoiceId" = $1 ORDER BY ${String(form.get('sort'))}`, params.id); // expect: sql-injection
  await prisma.$executeRaw`UPDATE "Invoice" SET "lineCount" = ${(lines as unknown[]).length} WHERE id = ${params.id}`; // ok: sql-injection
  const back = form.get('back');
  if (typeof back === 'string' && back.length > 0) return redirect(back); // expect: open-redirect
  return redirect(`/invoices/${params.id}`);
}

export default function InvoiceRoute() {
  const { invoice, notice } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Invoice {invoice.number}</h1>
      {notice ? <div className="notice" dangerouslySetInnerHTML={{ __html: notice }} /> : null} {/* expect: xss */}
      <p>{invoice.memo}</p>
      <Form method="post">
        <textarea name="memo" defaultValue={invoice.memo ?? ''} />
        <input type="hidden" name="sort" value="position" />
        <button type="submit">Save</button>
      </Form>
    </main>
  );
}
