// corpus: path=src/notifications/slack.client.ts
import { Injectable, Logger, OnModuleInit } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import { createHmac, timingSafeEqual } from 'node:crypto'

const SLACK_API = 'https://slack.com/api'
const MAX_ATTEMPTS = 4

type SlackResponse<T> = { ok: true } & T | { ok: false; error: string }

export type IssueNotice = {
  issueId: string
  number: number
  projectKey: string
  title: string
  url: string
  assignee?: string
}

function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

@Injectable()
export class SlackClient implements OnModuleInit {
  private readonly logger = new Logger(SlackClient.name)
  private token = ''
  private signingSecret = ''

  constructor(private readonly config: ConfigService) {}

  onModuleInit() {
    this.token = this.config.get<string>('SLACK_BOT_TOKEN', '')
    this.signingSecret = this.config.get<string>('SLACK_SIGNING_SECRET', '')
    if (!this.token) this.logger.warn('SLACK_BOT_TOKEN is not set; Slack notifications are disabled')
  }

  get enabled() {
    return this.token.length > 0
  }

  private async call<T>(method: string, body: Record<string, unknown>): Promise<SlackResponse<T>> {
    for (let attempt = 1; ; attempt += 1) {
      const res = await fetch(`${SLACK_API}/${method}`, { // ok: ssrf
        method: 'POST',
        headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
      })
      if (res.status === 429 && attempt < MAX_ATTEMPTS) {
        const retryAfter = Number(res.headers.get('retry-after') ?? '1')
        this.logger.warn(`slack ${method} rate limited, retrying in ${retryAfter}s (attempt ${attempt})`)
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000))
        continue
      }
      const data = (await res.json()) as SlackResponse<T>
      if (!data.ok) this.logger.error(`slack ${method} failed: ${data.error}`)
      return data
    }
  }

  async postIssueCreated(channel: string, notice: IssueNotice) {
    if (!this.enabled) return
    const title = escapeMrkdwn(notice.title)
    const result = await this.call<{ ts: string }>('chat.postMessage', {
      channel,
      text: `New issue ${notice.projectKey}-${notice.number}: ${title}`,
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: `*<${notice.url}|${notice.projectKey}-${notice.number}>* ${title}` },
        },
        notice.assignee
          ? { type: 'context', elements: [{ type: 'mrkdwn', text: `Assigned to ${escapeMrkdwn(notice.assignee)}` }] }
          : { type: 'context', elements: [{ type: 'mrkdwn', text: 'Unassigned' }] },
      ],
      unfurl_links: false,
    })
    if (result.ok) this.logger.log(`posted issue ${notice.issueId} to ${channel}`)
  }

  async lookupUserByEmail(email: string) {
    const params = new URLSearchParams({ email })
    const res = await fetch(`${SLACK_API}/users.lookupByEmail?${params}`, { headers: { Authorization: `Bearer ${this.token}` } }) // ok: ssrf
    const data = (await res.json()) as SlackResponse<{ user: { id: string } }>
    return data.ok ? data.user.id : null
  }

  verifyRequest(rawBody: string, timestamp: string | undefined, signature: string | undefined): boolean {
    if (!timestamp || !signature || !this.signingSecret) return false
    const age = Math.abs(Date.now() / 1000 - Number(timestamp))
    if (!Number.isFinite(age) || age > 60 * 5) return false
    const expected = 'v0=' + createHmac('sha256', this.signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')
    const a = Buffer.from(expected)
    const b = Buffer.from(signature)
    return a.length === b.length && timingSafeEqual(a, b)
  }
}
