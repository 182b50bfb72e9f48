// corpus: path=src/http/tenant.controller.ts
// inversify-express-utils controller. @queryParam, @requestParam and @requestBody are the
// request's query string, route parameters and parsed JSON body.
import { inject } from 'inversify'
import { controller, httpGet, httpPost, queryParam, requestBody, requestParam, response, BaseHttpController } from 'inversify-express-utils'
import type { Response } from 'express'
import { Knex } from 'knex'
import { spawn } from 'child_process'
import * as path from 'path'
import { TYPES } from '../types'

const BACKUP_DIR = '/var/backups/tenants'

@controller('/tenants')
export class TenantController extends BaseHttpController {
  constructor(@inject(TYPES.Knex) private readonly knex: Knex) {
    super()
  }

  @httpGet('/')
  async list(@queryParam('plan') plan: string) {
    return this.knex.raw(`SELECT id, name FROM tenants WHERE plan = '${plan}'`) // expect: sql-injection
  }

  @httpGet('/by-plan')
  async byPlan(@queryParam('plan') plan: string) {
    return this.knex('tenants').select('id', 'name').where({ plan }) // ok: sql-injection
  }

  @httpGet('/:slug/logo')
  async logo(@requestParam('slug') slug: string, @response() res: Response) {
    res.sendFile(path.join('/srv/tenant-assets', slug, 'logo.png')) // expect: path-traversal
  }

  @httpGet('/:slug/logo/v2')
  async logoChecked(@requestParam('slug') slug: string, @response() res: Response) {
    if (!/^[a-z0-9-]{1,40}$/.test(slug)) return this.badRequest('slug')
    res.sendFile(path.join('/srv/tenant-assets', slug, 'logo.png')) // ok: path-traversal
  }

  @httpPost('/:slug/backup')
  async backup(@requestParam('slug') slug: string, @requestBody() body: { label?: string }) {
    const child = spawn('sh', ['-c', `pg_dump tenant_${slug} > ${BACKUP_DIR}/${body.label ?? slug}.sql`]) // expect: command-injection
    return this.json({ pid: child.pid }, 202)
  }

  @httpPost('/:slug/backup/v2')
  async backupChecked(@requestParam('slug') slug: string) {
    if (!/^[a-z0-9_]{1,40}$/.test(slug)) return this.badRequest('slug')
    const child = spawn('pg_dump', ['--file', path.join(BACKUP_DIR, `${slug}-${Date.now()}.sql`), `tenant_${slug}`]) // ok: command-injection
    return this.json({ pid: child.pid }, 202)
  }

  @httpGet('/welcome')
  async welcome(@queryParam('name') name: string, @response() res: Response) {
    res.type('html').send(`<p>Welcome to your workspace, ${name}</p>`) // expect: xss
  }
}
