// corpus: path=src/http/exports.router.ts
import Router from '@koa/router'
import type { Context } from 'koa'
import { exec, execFile } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { Account } from '../models/account'
import { reports } from '../reports'

const execP = promisify(exec)
const execFileP = promisify(execFile)

export const exportsRouter = new Router({ prefix: '/exports' })

exportsRouter.post('/archive', async (ctx: Context) => {
  const { reportIds, archiveName } = ctx.request.body as { reportIds: string[]; archiveName: string }
  const dir = await mkdtemp(path.join(tmpdir(), 'export-')) // ok: insecure-temp-file
  const files: string[] = []
  for (const id of reportIds.slice(0, 50)) {
    const csv = await reports.renderCsv(ctx.state.user.accountId, id)
    const file = path.join(dir, `${randomUUID()}.csv`)
    await writeFile(file, csv)
    files.push(path.basename(file))
  }
  await execP(`cd ${dir} && zip -q "${archiveName}.zip" *.csv`) // expect: command-injection
  await execFileP('zip', ['-q', 'bundle.zip', ...files], { cwd: dir }) // ok: command-injection
  ctx.body = { ok: true }
})

exportsRouter.get('/preview.csv', async (ctx: Context) => {
  const tmp = path.join(tmpdir(), `preview-${ctx.state.user.id}.csv`)
  await writeFile(tmp, await reports.renderCsv(ctx.state.user.accountId, String(ctx.query.id))) // expect: insecure-temp-file
  ctx.attachment('preview.csv')
  ctx.body = await reports.stream(tmp)
})

exportsRouter.get('/:id', async (ctx: Context) => {
  const csv = await reports.renderCsv(ctx.state.user.accountId, ctx.params.id)
  ctx.set('ETag', `"${createHash('md5').update(csv).digest('hex')}"`) // ok: weak-hash
  ctx.type = 'text/csv'
  ctx.body = csv
})

exportsRouter.patch('/settings', async (ctx: Context) => {
  const account = await Account.findByPk(ctx.state.user.accountId)
  if (!account) ctx.throw(404)
  await account.update(ctx.request.body as Record<string, unknown>) // expect: mass-assignment
  ctx.body = account
})

exportsRouter.patch('/settings/schedule', async (ctx: Context) => {
  const { cron, timezone } = ctx.request.body as { cron: string; timezone: string }
  const account = await Account.findByPk(ctx.state.user.accountId)
  if (!account) ctx.throw(404)
  await account.update({ exportCron: cron, exportTimezone: timezone }) // ok: mass-assignment
  ctx.cookies.set('export_tz', timezone, { httpOnly: false, sameSite: 'lax' }) // ok: insecure-cookie
  ctx.body = account
})

exportsRouter.post('/session', async (ctx: Context) => {
  const token = await reports.createDownloadSession(ctx.state.user.id)
  ctx.cookies.set('download_session', token, { httpOnly: false, secure: false, sameSite: 'none' }) // expect: insecure-cookie
  ctx.status = 204
})
