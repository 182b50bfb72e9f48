// corpus: path=tests/e2e/login.spec.ts
import { expect, test } from '@playwright/test'
import { TEST_PASSWORD } from '../factories'

const ADMIN = { email: 'admin1@example.test', password: 'Adm1n-e2e-only!' }
const LOCKED = { email: 'locked@example.test', password: 'whatever-it-is' }

test.describe('login', () => {
  test('signs in with email and password', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email address').fill('user1@example.test')
    await page.getByLabel('Password').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL('/dashboard')
  })

  test('shows an error for a wrong password', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email address').fill('user1@example.test')
    await page.getByLabel('Password').fill('wrong-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect')
  })

  test('admin sees the API keys page', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email address').fill(ADMIN.email)
    await page.getByLabel('Password').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.goto('/settings/api-keys')
    await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible()
  })

  test('locked accounts are told to reset their password', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email address').fill(LOCKED.email)
    await page.getByLabel('Password').fill(LOCKED.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Forgot your password?')).toBeVisible()
  })

  test('rejects a forged session cookie', async ({ context, page }) => {
    await context.addCookies([{ name: 'app_session', value: 'forged-session-value', domain: 'localhost', path: '/' }])
    await page.goto('/dashboard')
    await expect(page).toHaveURL(/\/login/)
  })

  test('api rejects a revoked key', async ({ request }) => {
    const res = await request.get('/api/v1/me', { headers: { 'x-api-key': 'ak_test_revoked00000000000000000000000' } })
    expect(res.status()).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'api-key/revoked' } })
  })
})
