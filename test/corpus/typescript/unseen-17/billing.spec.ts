// corpus: path=tests/e2e/billing.spec.ts
import { test, expect } from '@playwright/test';
import { createHash, randomUUID } from 'node:crypto';
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE = process.env.E2E_BASE_URL ?? 'http://localhost:3000';
const ADMIN = { email: 'admin@example.test', password: 'correct-horse-battery' };

test.describe('billing', () => {
  let workdir: string;

  test.beforeAll(() => {
    workdir = mkdtempSync(join(tmpdir(), 'billing-e2e-'));
    execSync(`pnpm db:seed --out ${JSON.stringify(workdir)}`, { stdio: 'inherit' });
  });

  test('shows invoices for the signed-in customer', async ({ page }) => {
    await page.goto(`${BASE}/login`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.goto(`${BASE}/billing?ref=${randomUUID()}`);
    await expect(page.getByRole('heading', { name: 'Invoices' })).toBeVisible();
  });

  test('webhook signature check rejects tampered payloads', async ({ request }) => {
    const payload = JSON.stringify({ id: `evt_${Math.random().toString(36).slice(2)}`, type: 'invoice.paid' });
    const fakeSig = createHash('md5').update(payload).digest('hex');
    const res = await request.post(`${BASE}/api/webhooks/billing`, {
      data: payload,
      headers: { 'content-type': 'application/json', 'x-signature': fakeSig },
    });
    expect(res.status()).toBe(400);
  });

  test('redirects back after checkout', async ({ page }) => {
    await page.goto(`${BASE}/checkout/return?next=/billing`);
    await expect(page).toHaveURL(/\/billing$/);
  });
});
