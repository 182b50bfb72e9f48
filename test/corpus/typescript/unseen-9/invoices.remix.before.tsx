import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { prisma } from '~/db.server';
import { requireUser } from '~/auth.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const invoice = await prisma.invoice.findFirst({ where: { id: params.id, orgId: user.orgId } });
  if (!invoice) throw new Response('Not found', { status: 404 });
  return json({ invoice });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  await prisma.invoice.update({ where: { id: params.id, orgId: user.orgId }, data: { memo: String(form.get('memo') ?? '') } });
  return redirect(`/invoices/${params.id}`);
}

export default function InvoiceRoute() {
  const { invoice } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Invoice {invoice.number}</h1>
      <p>{invoice.memo}</p>
      <Form method="post">
        <textarea name="memo" defaultValue={invoice.memo ?? ''} />
        <button type="submit">Save</button>
      </Form>
    </main>
  );
}
