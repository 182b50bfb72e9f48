// corpus: path=tests/e2e/checkout.spec.ts
import { test, expect, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'

const BASE = process.env.E2E_BASE_URL ?? 'http://localhost:3000'

async function login(page: Page, email: string) {
  await page.goto(`${BASE}/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('correct horse battery staple')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/dashboard/)
}

function fixtureId(name: string): string {
  return createHash('md5').update(name).digest('hex').slice(0, 8) // ok: weak-hash
}

test.describe('checkout', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, `buyer-${fixtureId('checkout')}@example.test`)
  })

  test('adds an item and pays', async ({ page }) => {
    await page.goto(`${BASE}/products/widget`)
    await page.getByRole('button', { name: 'Add to cart' }).click()
    await page.getByRole('link', { name: 'Cart (1)' }).click()
    await page.getByRole('button', { name: 'Checkout' }).click()
    await page.frameLocator('iframe[name="card"]').getByLabel('Card number').fill('4242 4242 4242 4242')
    await page.getByRole('button', { name: 'Pay' }).click()
    await expect(page.getByText('Thank you for your order')).toBeVisible()
  })

  test('redirects to the return url after login', async ({ page }) => {
    await page.goto(`${BASE}/logout`)
    await page.goto(`${BASE}/login?next=${encodeURIComponent('/orders')}`)
    await page.getByLabel('Email').fill('buyer@example.test')
    await page.getByLabel('Password').fill('correct horse battery staple')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(`${BASE}/orders`)
  })

  test('rejects an empty cart', async ({ page }) => {
    await page.goto(`${BASE}/checkout`)
    await expect(page.getByRole('alert')).toHaveText('Your cart is empty')
  })
})
