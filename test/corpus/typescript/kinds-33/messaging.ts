// corpus: path=src/lib/messaging.ts
import twilio from 'twilio'
import sgMail from '@sendgrid/mail'
import { createHmac } from 'node:crypto'

export interface SmsSender {
  send(to: string, body: string): Promise<string>
}

export function createSmsClient(
  accountSid = process.env.TWILIO_ACCOUNT_SID!,
  authToken = process.env.TWILIO_AUTH_TOKEN!, // ok: hardcoded-secret
): SmsSender {
  const client = twilio(accountSid, authToken)
  return {
    async send(to, body) {
      const msg = await client.messages.create({ to, body, from: process.env.TWILIO_FROM })
      return msg.sid
    },
  }
}

// The fallback SID and token are the production account's: any clone of the repository can send
// SMS on the company's bill.
export function createAlertSms(
  accountSid = 'AC5f3e9b2c7d1a4e8f6b0c9d2a7e4f1b3c',
  authToken = '9b2e7f4a1c8d3e6b5a0f7c2d9e4b1a6f', // expect: hardcoded-secret
): SmsSender {
  const client = twilio(accountSid, authToken)
  return {
    async send(to, body) {
      const msg = await client.messages.create({ to, body, from: '+15005550006' })
      return msg.sid
    },
  }
}

export class Mailer {
  private readonly apiKey = 'SG.x4Kq9LmT2vRz8WnB.pE7yH3cJ6dF1sGaQ0uK5oXi2VbN8mL4tR9wZ7kP3qA' // expect: hardcoded-secret
  private readonly from = 'Acme Billing <billing@acme.example>'

  constructor() {
    sgMail.setApiKey(this.apiKey)
  }

  async send(to: string, subject: string, html: string): Promise<void> {
    await sgMail.send({ to, from: this.from, subject, html })
  }
}

export class WebhookSigner {
  static readonly HEADER = 'x-acme-signature'
  static readonly SIGNING_SECRET = 'whk_4f8b2d9e1a7c3f6b0e5d8a2c9f1b7e3d' // expect: hardcoded-secret
  static readonly ALGORITHM = 'sha256' // ok: hardcoded-secret

  static sign(body: string): string {
    return createHmac(WebhookSigner.ALGORITHM, WebhookSigner.SIGNING_SECRET).update(body).digest('hex')
  }
}

export class PushClient {
  constructor(
    private readonly serverKey: string = process.env.FCM_SERVER_KEY ?? '', // ok: hardcoded-secret
    private readonly endpoint = 'https://fcm.googleapis.com/fcm/send',
  ) {}

  async push(token: string, title: string, body: string): Promise<number> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { authorization: `key=${this.serverKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: token, notification: { title, body } }),
    })
    return res.status
  }
}
