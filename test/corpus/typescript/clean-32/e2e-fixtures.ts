// corpus: path=e2e/fixtures.ts
import { test as base, expect, type Page, type APIRequestContext } from '@playwright/test'

export const TEST_USERS = {
  admin: { email: 'admin@tracker.local', password: 'admin1234' }, // ok: hardcoded-secret
  member: { email: 'ada@tracker.local', password: 'password' }, // ok: hardcoded-secret
} as const

export const STRIPE_TEST_CARD = {
  number: '4242 4242 4242 4242',
  expiry: '12 / 34',
  cvc: '424',
  postalCode: '10115',
}

export const DEMO_ORG_ID = 'org_01HQ8Z3K5M7N9P1R3T5V7X9Z0B'
export const SAMPLE_ISSUE_ID = '6f1c2e9a-3b4d-4e8f-a1b2-c3d4e5f60718'

type Fixtures = {
  loginAs: (who: keyof typeof TEST_USERS) => Promise<void>
  api: APIRequestContext
  createIssue: (title: string) => Promise<{ id: string; number: number }>
}

async function login(page: Page, email: string, password: string) {
  await page.goto('/login')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/dashboard/)
}

export const test = base.extend<Fixtures>({
  loginAs: async ({ page }, use) => {
    await use(async (who) => {
      const user = TEST_USERS[who]
      await login(page, user.email, user.password)
    })
  },

  api: async ({ playwright, baseURL }, use) => {
    const anon = await playwright.request.newContext({ baseURL })
    const res = await anon.post('/api/auth/login', { data: TEST_USERS.admin })
    expect(res.ok()).toBeTruthy()
    const { accessToken } = await res.json()
    await anon.dispose()
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${accessToken}` },
    })
    await use(context)
    await context.dispose()
  },

  createIssue: async ({ api }, use) => {
    const created: string[] = []
    await use(async (title) => {
      const res = await api.post('/api/projects/WEB/issues', { data: { title, description: 'Created by the e2e suite' } })
      expect(res.status()).toBe(201)
      const issue = await res.json()
      created.push(issue.id)
      return issue
    })
    for (const id of created) {
      await api.delete(`/api/issues/${id}`)
    }
  },
})

export { expect }

export async function fillCheckout(page: Page) {
  const frame = page.frameLocator('iframe[title="Secure card payment input frame"]')
  await frame.getByPlaceholder('1234 1234 1234 1234').fill(STRIPE_TEST_CARD.number)
  await frame.getByPlaceholder('MM / YY').fill(STRIPE_TEST_CARD.expiry)
  await frame.getByPlaceholder('CVC').fill(STRIPE_TEST_CARD.cvc)
  await frame.getByPlaceholder('ZIP').fill(STRIPE_TEST_CARD.postalCode)
}
