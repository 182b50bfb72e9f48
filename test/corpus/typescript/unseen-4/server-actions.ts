// corpus: path=app/repos/actions.ts
'use server';

import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';

const run = promisify(exec);
const runFile = promisify(execFile);

export async function importRepo(formData: FormData) {
  const repoUrl = formData.get('repoUrl') as string;
  await run(`git clone --depth 1 ${repoUrl} /srv/repos/incoming`); // expect: command-injection
  revalidatePath('/repos');
}

export async function importRepoSafe(formData: FormData) {
  const repoUrl = String(formData.get('repoUrl'));
  if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/.test(repoUrl)) throw new Error('Only GitHub repositories are supported');
  await runFile('git', ['clone', '--depth', '1', repoUrl, '/srv/repos/incoming']); // ok: command-injection
  revalidatePath('/repos');
}

export async function setSession(token: string) {
  (await cookies()).set('session', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' }); // ok: insecure-cookie
}

export async function setPreview(token: string) {
  (await cookies()).set('__prerender_bypass', token, { httpOnly: false, sameSite: 'none', secure: true }); // expect: insecure-cookie
}
