// corpus: path=src/controllers/rest/WebhookController.ts
// Ts.ED controller. @QueryParams, @PathParams and @BodyParams inject the caller's request values.
import { Controller, Inject } from '@tsed/di'
import { BodyParams, PathParams, QueryParams, Context } from '@tsed/platform-params'
import { Get, Post, Returns } from '@tsed/schema'
import { Redirect } from '@tsed/schema'
import { $log } from '@tsed/common'
import fetch from 'node-fetch'
import * as jsyaml from 'js-yaml'
import { WebhookRepository } from '../../repositories/WebhookRepository'

const APP_HOME = 'https://app.example-shop.io/'

@Controller('/webhooks')
export class WebhookController {
  @Inject()
  protected repo!: WebhookRepository

  @Post('/ping')
  async ping(@BodyParams('target') target: string) {
    const res = await fetch(target, { method: 'POST', body: JSON.stringify({ type: 'ping' }) }) // expect: ssrf
    return { status: res.status }
  }

  @Post('/:id/ping')
  async pingStored(@PathParams('id') id: string) {
    const hook = await this.repo.findOneOrFail(id)
    const res = await fetch(hook.url, { method: 'POST', body: JSON.stringify({ type: 'ping' }) }) // ok: ssrf
    return { status: res.status }
  }

  @Post('/import')
  async importConfig(@BodyParams('config') config: string) {
    // js-yaml 4 has no function or class tags in its default schema.
    const parsed = jsyaml.load(config, { schema: jsyaml.DEFAULT_SCHEMA }) // ok: unsafe-deserialization
    return this.repo.importMany(parsed as object[])
  }

  @Get('/search')
  async search(@QueryParams('event') event: string) {
    return this.repo.query(`SELECT id, url FROM webhooks WHERE events @> ARRAY['${event}']`) // expect: sql-injection
  }

  @Get('/list')
  async list(@QueryParams('event') event: string) {
    return this.repo.query('SELECT id, url FROM webhooks WHERE events @> ARRAY[$1]', [event]) // ok: sql-injection
  }

  @Get('/done')
  @Returns(302)
  done(@QueryParams('continue') next: string, @Context() ctx: Context) {
    ctx.response.redirect(302, next) // expect: open-redirect
  }

  @Get('/home')
  @Redirect(APP_HOME)
  home() {
    return
  }

  @Post('/debug')
  async debug(@BodyParams() body: { secret?: string; url?: string }) {
    $log.info({ event: 'webhook.debug', url: body.url, secret: body.secret }) // expect: sensitive-logging
    return { logged: true }
  }
}
