// The review page end to end: a real Worker (`wrangler dev`), a real Chromium, one changeset
// reviewed live. Scenarios share the server and build on each other, so they run in order.
/* global window, document -- inside page.evaluate callbacks, which run in the browser */
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomSecret } from '../scripts/lib/keys.mjs'
import { signPageToken } from '../src/page/token.ts'
import { ROOT, startDevServer } from '../test-cli/support/dev-server.mjs'
import { collectErrors, launchChromium } from './support/browser.mjs'
import { HOSTILE_MESSAGE, startFakeAi } from './support/fake-ai.mjs'

const ARTIFACTS = path.join(ROOT, 'test-browser', 'artifacts')
const PAGE_LINK_SECRET = randomSecret()
const FILES = 6

/** Files the rules flag (several severities), so filters have something to cut. */
function changeset() {
  const files = Array.from({ length: FILES }, (_, i) => ({
    file_path: `src/module_${i}.py`,
    diff_content: `@@ -1,2 +1,${i === 1 ? 8 : 7} @@\n import os\n \n+def handler_${i}(blob):\n+    data = eval(blob)\n+    os.system("convert " + blob)\n+    print(data)\n+    return data\n${i === 1 ? '+API_TOKEN = "ghp_4f9c2a7e1b8d3f6a0c5e9b2d7a1f4c8e6b3d9a2f"\n' : ''}`,
  }))
  return { title: 'Parse uploads <b>safely</b>', author: 'ada', files }
}

let server, ai, browser
const live = {}

async function call(method, route, body) {
  const res = await fetch(server.url + route, {
    method,
    headers: { authorization: `Bearer ${server.key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`)
  return res.status === 204 ? undefined : res.json()
}

async function pageLink(id, scope) {
  const { url } = await call('POST', `/api/changesets/${id}/links`, { scope })
  return url
}

const statusOf = (page) => page.locator('#status').textContent()
const findingIds = (page) => page.locator('article.finding').evaluateAll((els) => els.map((e) => e.dataset.findingId))

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  ai = await startFakeAi({ path: 'src/module_0.py', line: 3 })
  ;[server, browser] = await Promise.all([
    startDevServer({
      vars: { PAGE_LINK_SECRET, AI_PROVIDER: 'openai', AI_BASE_URL: ai.url, AI_API_KEY: 'test', AI_MODEL: 'fake', AI_CALL_TIMEOUT_MS: '60000', AI_TIME_BUDGET_MS: '90000' },
    }),
    launchChromium(),
  ])
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await ai?.stop()
})

describe('the review page', () => {
  it('shows a pending changeset, its progress, and reaches reviewed live, through a dropped socket', async () => {
    ai.hold()
    // A first review holds the queue consumer in its AI phase, so the next one waits in `pending`.
    await call('POST', '/api/changesets', { title: 'blocker', author: 'ada', files: changeset().files.slice(0, 1) })
    await expect.poll(() => ai.waiting(), { timeout: 20_000 }).toBe(1)
    const { changeset_id: id } = await call('POST', '/api/changesets', changeset())
    live.id = id
    live.triageUrl = await pageLink(id, 'triage')
    live.viewUrl = await pageLink(id, 'view')

    live.context = await browser.newContext({ colorScheme: 'light' })
    live.errors = collectErrors(live.context)
    const page = (live.page = await live.context.newPage())
    const sockets = []
    await page.routeWebSocket(/\/events\?ticket=/, (ws) => {
      sockets.push({ ws, server: ws.connectToServer(), url: ws.url() })
    })

    const response = await page.goto(live.triageUrl)
    expect(response.status()).toBe(200)
    expect(await statusOf(page)).toBe('pending')
    await expect.poll(() => page.locator('#connection').textContent()).toBe('Live')
    await page.screenshot({ path: path.join(ARTIFACTS, 'pending.png'), fullPage: true })

    // The blocker finishes; this review starts and waits in its AI phase, its counters showing.
    ai.answerWaiting()
    await expect.poll(() => statusOf(page), { timeout: 20_000 }).toBe('in_progress')
    await expect.poll(() => page.locator('#progress').isVisible(), { timeout: 20_000 }).toBe(true)
    expect(await page.locator('#progress-text').textContent()).toMatch(/^(files|AI chunks) \d+\/\d+$/)
    await page.screenshot({ path: path.join(ARTIFACTS, 'in-progress.png'), fullPage: true })
    expect(await page.locator('#connection').textContent()).toBe('Live')

    // Drop the socket: the page says it is reconnecting, then resumes after the last event it saw.
    const first = sockets[0]
    const lastSeq = await page.evaluate(() => window.reviewPage.lastSeq)
    expect(lastSeq).toBeGreaterThan(0)
    await first.ws.close({ code: 4000, reason: 'dropped by test' })
    await first.server.close()
    await expect.poll(() => page.locator('#connection').textContent(), { timeout: 5_000 }).toBe('Reconnecting…')
    await expect.poll(() => sockets.length, { timeout: 10_000 }).toBe(2)
    expect(new URL(sockets[1].url).searchParams.get('since')).toBe(String(lastSeq))

    ai.release()
    await expect.poll(() => statusOf(page), { timeout: 30_000 }).toBe('reviewed')
    await expect.poll(() => page.locator('#connection').textContent()).toBe('Live')

    // Every finding of the report, each exactly once, without a reload.
    const report = await call('GET', `/api/changesets/${id}/report?format=json`)
    const expected = report.findings.map((f) => f.id).sort()
    expect(expected.length).toBeGreaterThan(FILES)
    await expect.poll(async () => (await findingIds(page)).sort(), { timeout: 10_000 }).toEqual(expected)
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1)
    const open = report.changeset.summary.by_severity
    for (const [severity, n] of Object.entries(open)) {
      expect(await page.locator(`[data-severity-count="${severity}"]`).textContent()).toBe(String(n))
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'reviewed.png'), fullPage: false })
  })

  it('renders a finding whose message holds <script> as text', async () => {
    const { page } = live
    const message = page.locator('article.finding .message', { hasText: 'is not markup' })
    await expect.poll(() => message.count()).toBe(1)
    expect(await message.textContent()).toContain(HOSTILE_MESSAGE)
    expect(await page.evaluate(() => window.__xss)).toBeUndefined()
    expect(await page.locator('h1').textContent()).toBe('Parse uploads <b>safely</b>')
  })

  it('filters by severity, keeping the filter in the URL', async () => {
    const { page } = live
    const severitiesShown = () => page.locator('article.finding').evaluateAll((els) => els.map((e) => e.dataset.severity))
    const before = await severitiesShown()
    const all = before.length
    // The most severe level present: filtering on it must drop the rest.
    const top = ['critical', 'major', 'minor', 'info'].find((s) => before.includes(s))
    expect(new Set(before).size, before.join(',')).toBeGreaterThan(1)
    await page.locator('select[name="severity"]').selectOption(top)
    await expect.poll(() => new URL(page.url()).searchParams.get('severity')).toBe(top)
    await expect.poll(async () => (await findingIds(page)).length).toBeLessThan(all)
    const after = await severitiesShown()
    expect(after.length).toBeGreaterThan(0)
    expect(new Set(after)).toEqual(new Set([top]))
    await page.screenshot({ path: path.join(ARTIFACTS, 'filtered.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1000 } })
    await page.locator('select[name="severity"]').selectOption('')
    await expect.poll(async () => (await findingIds(page)).length).toBe(all)
  })

  it('dismisses with a reason, and a second page on the changeset sees the counts change', async () => {
    const { page } = live
    const other = (live.other = await live.context.newPage())
    await other.goto(live.viewUrl)
    expect(await other.locator('form.triage').count()).toBe(0)
    await expect.poll(() => other.locator('#connection').textContent()).toBe('Live')
    const dismissedBefore = Number(await other.locator('[data-status-count="dismissed"]').textContent())
    const openBefore = Number(await other.locator('[data-status-count="open"]').textContent())

    const finding = page.locator('article.finding[data-status="open"]').first()
    const findingId = await finding.getAttribute('data-finding-id')
    await finding.getByLabel('Reason').fill('Test fixture, not user input')
    await finding.getByRole('button', { name: 'Dismiss' }).click()

    await expect.poll(() => other.locator('[data-status-count="dismissed"]').textContent(), { timeout: 10_000 }).toBe(String(dismissedBefore + 1))
    expect(await other.locator('[data-status-count="open"]').textContent()).toBe(String(openBefore - 1))
    const dismissed = page.locator(`#finding-${findingId}`)
    await expect.poll(() => dismissed.getAttribute('data-status')).toBe('dismissed')
    expect(await dismissed.locator('.reason').textContent()).toBe('Test fixture, not user input')
    await expect.poll(() => other.locator(`#finding-${findingId}`).getAttribute('data-status')).toBe('dismissed')

    // Reopen from the keyboard.
    await dismissed.getByRole('button', { name: 'Reopen' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => other.locator('[data-status-count="dismissed"]').textContent(), { timeout: 10_000 }).toBe(String(dismissedBefore))
  })

  it('has no serious or critical accessibility violations, in light and dark', async () => {
    const axe = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
    const dark = await browser.newContext({ colorScheme: 'dark' })
    const darkPage = await dark.newPage()
    await darkPage.goto(live.viewUrl)
    for (const page of [live.page, darkPage]) {
      // Evaluated over the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(axe)
      const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([])
    }
    await darkPage.screenshot({ path: path.join(ARTIFACTS, 'reviewed-dark.png') })
    await dark.close()
  })

  it('works with JavaScript off: findings, filters and triage are plain HTML and forms', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const errors = collectErrors(context)
    const page = await context.newPage()
    await page.goto(live.triageUrl)
    expect(await statusOf(page)).toBe('reviewed')
    const all = (await findingIds(page)).length
    expect(all).toBeGreaterThan(FILES)

    await page.locator('select[name="status"]').selectOption('open')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/status=open/)
    expect(new URL(page.url()).searchParams.get('t')).toBe(new URL(live.triageUrl).searchParams.get('t'))
    const open = (await findingIds(page)).length

    const finding = page.locator('article.finding').first()
    const findingId = await finding.getAttribute('data-finding-id')
    await finding.getByLabel('Reason').fill('Reviewed by hand')
    await finding.getByRole('button', { name: 'Dismiss' }).click()
    await page.waitForURL(new RegExp(`#finding-${findingId}$`))
    expect(await page.locator(`#finding-${findingId}`).count()).toBe(0) // filtered out: it is dismissed now
    expect((await findingIds(page)).length).toBe(open - 1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('answers an expired token and a token for another changeset with a plain 404', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const url = new URL(live.viewUrl)
    const { changeset_id: otherId } = await call('POST', '/api/changesets', { title: 'other', author: 'ada', files: changeset().files.slice(0, 1) })
    const claims = JSON.parse(Buffer.from(url.searchParams.get('t').split('.')[0], 'base64url').toString())
    const expired = await signPageToken(PAGE_LINK_SECRET, { changesetId: live.id, tenantId: claims.t, scope: 'view', exp: Math.floor(Date.now() / 1000) - 5 })
    for (const target of [`/r/${live.id}?t=${encodeURIComponent(expired)}`, `/r/${otherId}${url.search}`]) {
      const res = await page.goto(server.url + target)
      expect(res.status()).toBe(404)
      expect(await page.locator('h1').textContent()).toBe('Not found')
      expect(await page.content()).not.toContain(live.id)
    }
    await context.close()
  })

  it('logged no console errors', async () => {
    await live.context.close()
    expect(live.errors).toEqual([])
  })
})
