// corpus: path=src/builds/runner.ts
import { exec, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { Request, Response } from 'express';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

interface BuildRequest {
  repo: string;
  ref: string;
  script?: string;
}

export async function startBuild(req: Request<unknown, unknown, BuildRequest>, res: Response) {
  const { repo, ref } = req.body;
  const workdir = `/builds/${Date.now()}`;
  await execFileAsync('git', ['clone', '--depth=1', '--branch', ref, '--', repo, workdir]); // ok: command-injection
  const { stdout } = await execAsync(`cd ${workdir} && npm ci && npm run ${req.body.script ?? 'build'}`); // expect: command-injection
  res.json({ workdir, log: stdout.slice(-4000) });
}

export async function archive(req: Request, res: Response) {
  const name = String(req.query.name);
  const child = spawn(`tar -czf /archives/${name}.tgz /builds/latest`, { shell: true }); // expect: command-injection
  child.on('close', (code) => res.json({ code }));
}

export async function lint(req: Request, res: Response) {
  const files = (req.body.files as string[]).filter((f) => /^[\w./-]+$/.test(f));
  const { stdout } = await execFileAsync('npx', ['eslint', '--format', 'json', '--', ...files]); // ok: command-injection
  res.type('application/json').send(stdout);
}

export async function nodeVersion(_req: Request, res: Response) {
  const { stdout } = await execAsync('node --version'); // ok: command-injection
  res.json({ version: stdout.trim() });
}
