import { test, expect } from '@playwright/test'

const email = process.env.E2E_USER_EMAIL ?? 'e2e@example.test'
const password = process.env.E2E_USER_PASSWORD ?? 'e2e-password'

test.describe('login', () => {
  test('signs in with valid credentials', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL('/dashboard')
  })

  test('rejects a wrong password', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('wrong')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert')).toContainText('Invalid email or password')
  })
})
