// corpus: path=app/admin/actions.ts
'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { prisma } from '@/lib/prisma';

const sh = promisify(exec);

export async function renameProject(formData: FormData) {
  const id = formData.get('id') as string;
  const name = String(formData.get('name') ?? '');
  await prisma.$executeRawUnsafe(`UPDATE projects SET name = '${name}' WHERE id = ${id}`); // expect: sql-injection
  await prisma.$executeRaw`UPDATE projects SET name = ${name} WHERE id = ${id}`; // ok: sql-injection
  revalidatePath('/admin/projects');
}

export async function searchProjects(formData: FormData) {
  const term = formData.get('q')?.toString() ?? '';
  const rows = await prisma.$queryRawUnsafe(
    `SELECT id, name FROM projects WHERE name ILIKE '%${term}%' ORDER BY name`, // expect: sql-injection
  );
  const safe = await prisma.$queryRawUnsafe('SELECT id, name FROM projects WHERE name ILIKE $1', `%${term}%`); // ok: sql-injection
  return { rows, safe };
}

export async function archiveRepo(formData: FormData) {
  const repo = formData.get('repo');
  const { stdout } = await sh(`git -C /srv/repos/${repo} bundle create /srv/archive/${repo}.bundle --all`); // expect: command-injection
  await sh('git gc --prune=now'); // ok: command-injection
  return stdout;
}

export async function saveAndReturn(formData: FormData) {
  const returnTo = formData.get('returnTo') as string;
  await prisma.project.update({ where: { id: String(formData.get('id')) }, data: { pinned: true } });
  redirect(returnTo); // expect: open-redirect
}

export async function saveAndList(formData: FormData) {
  await prisma.project.update({ where: { id: String(formData.get('id')) }, data: { pinned: true } });
  redirect('/admin/projects'); // ok: open-redirect
}
