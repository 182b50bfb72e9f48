/**
 * A NestJS provider's public method is called with what a controller received. A parameter typed as a
 * persisted record (a TypeORM entity, a Prisma model) holds what was written, so a field this file checks
 * where it takes it in (a webhook URL vetted at registration) is safe when it is fetched on delivery; the
 * record's other fields, and records whose fields nothing here checks, are as before.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const SERVICE = { path: 'src/integrations/webhooks.service.ts' }
const HEAD = "import { Injectable } from '@nestjs/common'\nimport { HttpService } from '@nestjs/axios'\nimport { firstValueFrom } from 'rxjs'\n"
const REGISTER = (check: string) => `  async register(tenantId: string, input: { url: string; avatarUrl: string }) {\n    await this.assertPublicUrl(input.${check})\n    const hook = this.hooks.create({ tenantId, url: input.url, avatarUrl: input.avatarUrl })\n    await this.hooks.save(hook)\n    await this.deliver(hook, '{}')\n  }\n`
const DELIVER = (field: string) => `  async deliver(hook: Webhook, body: string) {\n    return firstValueFrom(this.http.post(hook.${field}, body, { timeout: 5000 }))\n  }\n`
const SERVICE_OF = (imports: string, register: string, deliver: string) => `${HEAD}${imports}\n@Injectable()\nexport class WebhooksService {\n  constructor(private readonly http: HttpService, private readonly hooks: Repository<Webhook>) {}\n${register}${deliver}}`

testRule(registered('js/ssrf'), {
  valid: [
    { ...SERVICE, code: SERVICE_OF("import { Webhook } from './webhook.entity'", REGISTER('url'), DELIVER('url')) },
    { ...SERVICE, code: SERVICE_OF("import type { Webhook } from '@prisma/client'", REGISTER('url'), DELIVER('url')) },
  ],
  invalid: [
    // Nothing here checks the URL a subscriber stored.
    { ...SERVICE, code: SERVICE_OF("import { Webhook } from './webhook.entity'", '', DELIVER('url')), findings: [{ line: 9 }] },
    // The check was on another field.
    { ...SERVICE, code: SERVICE_OF("import { Webhook } from './webhook.entity'", REGISTER('avatarUrl'), DELIVER('url')), findings: [{ line: 15 }] },
    // A message type, not a record: what the controller passed on.
    { ...SERVICE, code: SERVICE_OF("import { PingRequest as Webhook } from './dto/ping.dto'", REGISTER('url'), DELIVER('url')), findings: [{ line: 15 }] },
  ],
})
