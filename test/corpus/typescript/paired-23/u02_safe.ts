// corpus: path=src/jobs/git-mirror.ts
import { spawn } from 'node:child_process'
import type { Request, Response } from 'express'

export function mirrorRepo(req: Request, res: Response) {
  const { url, branch } = req.body as { url: string; branch: string }
  const child = spawn('git', ['clone', '--depth', '1', '--branch', branch, '--', url, '/srv/mirrors/current']) // ok: command-injection
  child.on('close', (code) => res.json({ ok: code === 0 }))
}
