// An OpenAI-compatible endpoint the Worker's AI reviewer calls (AI_PROVIDER=openai). Its only
// job here is timing: while `hold()` is on, every call waits, so a review stays `in_progress`
// as long as a scenario needs; each reply carries one finding whose message is hostile HTML.
import { createServer } from 'node:http'

export const HOSTILE_MESSAGE = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> is not markup'

/** @param {{ path: string, line: number }} target the file and added line the AI finding points at */
export async function startFakeAi(target) {
  let held = false
  /** @type {Array<() => void>} */
  let waiting = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      const reply = () => {
        const finding = { path: target.path, line: target.line, severity: 'minor', category: 'maintainability', title: 'Hostile text', message: HOSTILE_MESSAGE, suggestion: null }
        const content = JSON.stringify({ summary: 'Looks fine.', findings: body.includes(target.path) ? [finding] : [] })
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }))
      }
      if (held) waiting.push(reply)
      else reply()
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  return {
    url: `http://127.0.0.1:${port}/v1`,
    hold() {
      held = true
    },
    /** Calls waiting now. */
    waiting: () => waiting.length,
    /** Answers the calls waiting now; later ones still wait. */
    answerWaiting() {
      for (const reply of waiting.splice(0)) reply()
    },
    release() {
      held = false
      for (const reply of waiting) reply()
      waiting = []
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  }
}
