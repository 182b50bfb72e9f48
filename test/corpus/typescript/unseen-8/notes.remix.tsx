// corpus: path=app/routes/notes.$noteId.tsx
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { db } from '~/db.server';
import { requireUserId } from '~/session.server';

export async function loader({ params, request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const note = await db.note.findFirst({ where: { id: params.noteId, userId } });
  if (!note) throw new Response('Not found', { status: 404 });
  const search = new URL(request.url).searchParams;
  return json({
    note,
    bodyHtml: sanitizeHtml(marked.parse(note.body) as string),
    flash: search.get('flash') ?? '',
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = String(form.get('intent'));
  if (intent === 'delete') {
    await db.note.delete({ where: { id: params.noteId } });
    const back = String(form.get('redirectTo') ?? '/notes');
    return redirect(back); // expect: open-redirect
  }
  await db.$executeRawUnsafe(`UPDATE "Note" SET title = '${String(form.get('title'))}' WHERE id = '${params.noteId}'`); // expect: sql-injection
  await db.$executeRaw`UPDATE "Note" SET "updatedAt" = now() WHERE id = ${params.noteId}`; // ok: sql-injection
  return redirect(`/notes/${params.noteId}`); // ok: open-redirect
}

export default function NoteRoute() {
  const { note, bodyHtml, flash } = useLoaderData<typeof loader>();
  return (
    <article>
      <h1>{note.title}</h1>
      {flash && <p className="flash" dangerouslySetInnerHTML={{ __html: flash }} />} {/* expect: xss */}
      <div dangerouslySetInnerHTML={{ __html: bodyHtml }} /> {/* ok: xss */}
    </article>
  );
}
