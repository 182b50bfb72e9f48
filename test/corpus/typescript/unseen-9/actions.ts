// corpus: path=app/(dashboard)/projects/actions.ts
'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { sql, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { projects } from '@/db/schema';
import { currentUser } from '@/lib/session';

const CreateProject = z.object({ name: z.string().min(1).max(80), visibility: z.enum(['private', 'team']) });

export async function createProject(formData: FormData) {
  const user = await currentUser();
  const parsed = CreateProject.parse({ name: formData.get('name'), visibility: formData.get('visibility') });
  const [row] = await db.insert(projects).values({ ...parsed, ownerId: user.id }).returning({ id: projects.id });
  revalidatePath('/projects');
  redirect(`/projects/${row.id}`); // ok: open-redirect
}

export async function renameProject(id: string, formData: FormData) {
  const name = String(formData.get('name') ?? '');
  await db.update(projects).set({ name }).where(eq(projects.id, id)); // ok: sql-injection
  revalidatePath(`/projects/${id}`);
}

export async function searchProjects(formData: FormData) {
  const term = String(formData.get('q') ?? '');
  const order = String(formData.get('order') ?? 'name');
  return db.execute(sql.raw(`SELECT id, name FROM projects WHERE name ILIKE '%${term}%' ORDER BY ${order}`)); // expect: sql-injection
}

export async function archiveProjects(formData: FormData) {
  const ids = formData.getAll('id').map(String);
  await db.execute(sql`UPDATE projects SET archived_at = now() WHERE id = ANY(${ids})`); // ok: sql-injection
  const next = String(formData.get('next') ?? '/projects');
  redirect(next); // expect: open-redirect
}
