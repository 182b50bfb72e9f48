// corpus: path=e2e/login.spec.ts
import { test, expect, type Page } from '@playwright/test'

const email = process.env.E2E_USER_EMAIL ?? 'e2e@example.test'
const password = process.env.E2E_USER_PASSWORD ?? 'e2e-password'
const newPassword = 'e2e-new-password-1234'

async function signIn(page: Page, user = email, secret = password) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(user)
  await page.getByLabel('Password').fill(secret)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test.describe('login', () => {
  test('signs in with valid credentials', async ({ page }) => {
    await signIn(page)
    await expect(page).toHaveURL('/dashboard')
  })

  test('rejects a wrong password', async ({ page }) => {
    await signIn(page, email, 'wrong')
    await expect(page.getByRole('alert')).toContainText('Invalid email or password')
  })

  test('locks the form after five failures', async ({ page }) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(page, email, `wrong-${attempt}`)
    }
    await expect(page.getByRole('alert')).toContainText('Too many attempts')
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled()
  })

  test('hides the password until the eye button is pressed', async ({ page }) => {
    await page.goto('/login')
    const field = page.getByLabel('Password')
    await field.fill(password)
    await expect(field).toHaveAttribute('type', 'password')
    await page.getByRole('button', { name: 'Show password' }).click()
    await expect(field).toHaveAttribute('type', 'text')
  })
})

test.describe('password reset', () => {
  test('sends a reset link and accepts a new password', async ({ page, request }) => {
    await page.goto('/forgot-password')
    await page.getByLabel('Email').fill(email)
    await page.getByRole('button', { name: 'Send reset link' }).click()
    await expect(page.getByText('If an account exists, we sent a link')).toBeVisible()

    // The test mail server exposes received messages; pull the token from the last one.
    const inbox = await request.get('http://localhost:8025/api/v2/messages?limit=1')
    const messages = await inbox.json()
    const body: string = messages.items[0].Content.Body
    const token = /token=([A-Za-z0-9_-]+)/.exec(body)?.[1]
    expect(token).toBeTruthy()

    await page.goto(`/reset-password?token=${token}`)
    await page.getByLabel('New password').fill(newPassword)
    await page.getByLabel('Confirm password').fill(newPassword)
    await page.getByRole('button', { name: 'Reset password' }).click()
    await expect(page.getByText('Your password has been reset')).toBeVisible()

    await signIn(page, email, newPassword)
    await expect(page).toHaveURL('/dashboard')
  })

  test('refuses a reused token', async ({ page }) => {
    await page.goto('/reset-password?token=already-used-token-value')
    await page.getByLabel('New password').fill(newPassword)
    await page.getByLabel('Confirm password').fill(newPassword)
    await page.getByRole('button', { name: 'Reset password' }).click()
    await expect(page.getByRole('alert')).toContainText('Invalid or expired reset token')
  })
})
