// corpus: path=src/routes/deployments.ts
import { Router, type Request, type Response } from 'express'
import shell from 'shelljs'
import { execa } from 'execa'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { requireRole } from '../middleware/roles'
import { deployments } from '../store/deployments'

export const deploymentsRouter = Router()
const WORKSPACE = '/var/deploy/workspaces'

deploymentsRouter.post('/', requireRole('deployer'), async (req: Request, res: Response) => {
  const { repository, ref, environment } = req.body as { repository: string; ref: string; environment: string }
  const id = randomUUID()
  const dir = path.join(WORKSPACE, id)

  await deployments.insert({ id, repository, ref, environment, status: 'queued' })
  res.status(202).json({ id })

  try {
    await execa('git', ['clone', '--depth', '1', '--branch', ref, '--', repository, dir])
    await execa('npm', ['ci'], { cwd: dir })
    await execa('npm', ['run', 'build'], { cwd: dir })
    shell.exec(`./scripts/deploy.sh ${environment} ${dir}`, { silent: true }) // expect: command-injection
    await deployments.update(id, { status: 'built' })
  } catch (err) {
    await deployments.update(id, { status: 'failed', error: String(err) })
  }
})

deploymentsRouter.post('/:id/rollback', requireRole('deployer'), async (req: Request, res: Response) => {
  const deployment = await deployments.find(req.params.id)
  if (!deployment) return res.status(404).json({ error: 'not found' })
  const { stdout } = await execa('./scripts/rollback.sh', [deployment.environment, deployment.id], { cwd: WORKSPACE }) // ok: command-injection
  await execa(`./scripts/notify.sh ${req.body.channel}`, { shell: true }) // expect: command-injection
  res.json({ output: stdout })
})

deploymentsRouter.get('/:id/logs', async (req: Request, res: Response) => {
  const lines = Number.parseInt(String(req.query.lines ?? '200'), 10)
  const log = shell.tail({ '-n': Number.isFinite(lines) ? lines : 200 }, path.join(WORKSPACE, req.params.id, 'build.log')) // expect: path-traversal
  res.type('text/plain').send(log.stdout)
})

deploymentsRouter.get('/:id', async (req: Request, res: Response) => {
  const deployment = await deployments.find(req.params.id)
  if (!deployment) return res.status(404).json({ error: 'not found' })
  res.json(deployment)
})
