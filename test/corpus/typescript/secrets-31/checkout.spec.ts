// corpus: path=e2e/checkout.spec.ts
import { test, expect } from '@playwright/test';
import crypto from 'node:crypto';

// Stripe's published test-mode key for the staging account; shown in the checkout page source.
const STRIPE_PUBLISHABLE_KEY = 'pk_test_51Ox7QkLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5Ue00aBcDeF'; // ok: hardcoded-secret

test.describe('checkout', () => {
  test('creates a nonce per request', async ({ page }) => {
    const nonce = 'r4nd0mN0nc3ForCspTest'; // ok: hardcoded-secret
    await page.route('**/*', (route) => route.continue({ headers: { 'x-test-nonce': nonce } }));
    await page.goto('/checkout');
    await expect(page.getByRole('button', { name: 'Pay now' })).toBeVisible();
  });

  test('signs the webhook replay with the live endpoint secret', async ({ request }) => {
    const payload = JSON.stringify({ id: 'evt_test_1', type: 'checkout.session.completed' });
    const timestamp = Math.floor(Date.now() / 1000);
    const secret = 'whsec_Kp4Tq8Xv2Lm7Rn1Wz5Bc9Yd3Hf6Js0Ga'; // expect: hardcoded-secret
    const signature = crypto.createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
    const res = await request.post('https://api.shopfront.io/webhooks/stripe', {
      data: payload,
      headers: { 'stripe-signature': `t=${timestamp},v1=${signature}`, 'content-type': 'application/json' },
    });
    expect(res.status()).toBe(200);
  });

  test('loads Stripe with the publishable key', async ({ page }) => {
    await page.goto('/checkout');
    const key = await page.evaluate(() => (window as unknown as { __STRIPE_KEY__: string }).__STRIPE_KEY__);
    expect(key).toBe(STRIPE_PUBLISHABLE_KEY);
  });
});
