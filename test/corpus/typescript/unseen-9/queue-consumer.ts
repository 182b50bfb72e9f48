// corpus: path=src/queue/consumer.ts
import type { MessageBatch } from '@cloudflare/workers-types';
import { z } from 'zod';

interface Env {
  DB: D1Database;
  WEBHOOK_SIGNING_KEY: string;
  RESULTS: R2Bucket;
}

const Job = z.object({
  kind: z.enum(['export', 'notify']),
  orgId: z.string(),
  requestedBy: z.string(),
  callbackUrl: z.string().url().optional(),
});
type Job = z.infer<typeof Job>;

async function hmac(key: string, body: string): Promise<string> {
  const k = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(body));
  return [...new Uint8Array(sig)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function runExport(job: Job, env: Env): Promise<string> {
  const { results } = await env.DB.prepare('SELECT id, name, email FROM members WHERE org_id = ?').bind(job.orgId).all(); // ok: sql-injection
  const key = `exports/${job.orgId}/${Date.now()}.json`;
  await env.RESULTS.put(key, JSON.stringify(results), { httpMetadata: { contentType: 'application/json' } });
  return key;
}

export default {
  async queue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
    for (const msg of batch.messages) {
      const parsed = Job.safeParse(msg.body);
      if (!parsed.success) {
        console.warn('dropping malformed job', parsed.error.flatten());
        msg.ack();
        continue;
      }
      const job = parsed.data;
      try {
        const key = job.kind === 'export' ? await runExport(job, env) : null;
        if (job.callbackUrl) {
          const body = JSON.stringify({ orgId: job.orgId, key });
          await fetch(job.callbackUrl, { // expect: ssrf
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-signature': await hmac(env.WEBHOOK_SIGNING_KEY, body) },
            body,
          });
        }
        msg.ack();
      } catch (err) {
        console.error('job failed', job.kind, err);
        msg.retry({ delaySeconds: 30 });
      }
    }
  },
};
