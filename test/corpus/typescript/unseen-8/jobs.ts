// corpus: path=src/jobs/report-mailer.ts
import nodemailer from 'nodemailer';
import { createHash, randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';

const transport = nodemailer.createTransport({
  host: 'smtp.example-mail.com',
  port: 587,
  auth: { user: 'reports@example.com', pass: 'Rp0rt$-M4il!2024' }, // expect: hardcoded-secret
});

const devTransport = nodemailer.createTransport({ host: 'localhost', port: 1025, auth: { user: 'dev', pass: process.env.SMTP_PASS } }); // ok: hardcoded-secret

export async function sendReport(job: Job<{ to: string; reportId: string }>) {
  const unsubscribeToken = createHash('sha1').update(`${job.data.to}:${job.data.reportId}`).digest('hex'); // expect: weak-hash
  const messageId = `<${randomUUID()}@reports.example.com>`; // ok: insecure-random
  await (process.env.NODE_ENV === 'production' ? transport : devTransport).sendMail({
    to: job.data.to,
    subject: 'Your report is ready',
    messageId,
    html: `<p>Download it from the dashboard.</p><p><a href="https://app.example.com/unsubscribe?t=${unsubscribeToken}">Unsubscribe</a></p>`,
  });
}
