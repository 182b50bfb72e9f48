// corpus: path=app/profile/[handle]/page.tsx
import { notFound } from 'next/navigation';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { db } from '@/lib/db';

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ tab?: string; note?: string }> };

export default async function ProfilePage({ params, searchParams }: Props) {
  const { handle } = await params;
  const { tab = 'posts', note } = await searchParams;
  const profile = await db.profile.findUnique({ where: { handle } });
  if (!profile) notFound();
  const bioHtml = sanitizeHtml(marked.parse(profile.bio) as string);
  return (
    <main>
      <h1>{profile.displayName}</h1> {/* ok: xss */}
      <section dangerouslySetInnerHTML={{ __html: bioHtml }} /> {/* ok: xss */}
      <aside dangerouslySetInnerHTML={{ __html: `<em>${note ?? ''}</em>` }} /> {/* expect: xss */}
      <nav data-tab={tab}>{tab}</nav> {/* ok: xss */}
    </main>
  );
}
