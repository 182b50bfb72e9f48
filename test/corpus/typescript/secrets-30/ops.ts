// corpus: path=src/server/ops.ts
// Operational glue: refund alerts to Slack, nightly S3 export, and the Stripe client used by the admin tools.
import Stripe from 'stripe';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const REFUNDS_CHANNEL_WEBHOOK = 'https://hooks.slack.com/services/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'; // expect: hardcoded-secret
const ONCALL_WEBHOOK_ENV = 'ONCALL_SLACK_WEBHOOK_URL';

export const adminStripe = new Stripe('sk_live_6oOiIE60RLF0A0FoMyWJ8D2Y', { apiVersion: '2024-06-20' }); // expect: hardcoded-secret

const exports3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIATVHTS6LWSIDSEDEM', // expect: hardcoded-secret
    secretAccessKey: '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', // expect: hardcoded-secret
  },
});

export async function alertRefund(orderId: string, amount: number, currency: string): Promise<void> {
  const text = `:money_with_wings: Refund of ${(amount / 100).toFixed(2)} ${currency.toUpperCase()} on order ${orderId}`;
  await fetch(REFUNDS_CHANNEL_WEBHOOK, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  const oncall = process.env[ONCALL_WEBHOOK_ENV];
  if (oncall && amount > 50_000) await fetch(oncall, { method: 'POST', body: JSON.stringify({ text }) });
}

export async function nightlyExport(rows: unknown[]): Promise<string> {
  const key = `exports/orders/${new Date().toISOString().slice(0, 10)}.json`;
  await exports3.send(new PutObjectCommand({ Bucket: 'acme-finance-exports', Key: key, Body: JSON.stringify(rows) }));
  return key;
}

/** Stripe error codes the admin UI explains in plain words. */
export const STRIPE_ERRORS: Record<string, string> = {
  api_key_expired: 'The Stripe key used by the admin tools has expired.',
  invalid_api_key: 'Stripe rejected the API key.',
  secret_key_required: 'This call needs the secret key, not the publishable one.',
  card_declined: 'The card was declined.',
};

export const idempotencyKey = (orderId: string) => `refund:${orderId}`;
