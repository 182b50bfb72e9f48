/**
 * WebSocket event handlers as sources: what a socket.io client emits (`socket.on('attach', (payload) => …)`)
 * and what a ws peer sends (`ws.on('message', (data) => …)`) is the client's, like a request body. Lifecycle
 * events (`connection`, `close`, `error`) carry the server's own objects and stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const GATEWAY = { path: 'src/realtime/gateway.ts' }

testRule(registered('js/path-traversal'), {
  valid: [
    { ...GATEWAY, code: "io.on('connection', (socket) => {\n  socket.on('attach', async ({ name, data }) => {\n    await writeFile(path.join(UPLOAD_DIR, `${randomUUID()}${path.extname(path.basename(name))}`), data)\n  })\n})" },
    { ...GATEWAY, code: "wss.on('connection', (ws, req) => {\n  ws.on('close', (code) => {\n    fs.appendFileSync(path.join(LOG_DIR, `${code}.log`), 'closed')\n  })\n})" },
    { ...GATEWAY, code: "const emitter = new EventEmitter()\nemitter.on('rotate', (name) => {\n  fs.renameSync(path.join(LOG_DIR, name), path.join(LOG_DIR, `${name}.1`))\n})" },
  ],
  invalid: [
    { ...GATEWAY, code: "io.on('connection', (socket) => {\n  socket.on('attach', async ({ name, data }) => {\n    await writeFile(path.join(UPLOAD_DIR, name), data)\n  })\n})", findings: [{ line: 3 }] },
    { ...GATEWAY, code: "wss.on('connection', (ws) => {\n  ws.on('message', (raw) => {\n    const msg = JSON.parse(raw.toString())\n    ws.send(fs.readFileSync(path.join(DOCS, msg.page), 'utf8'))\n  })\n})", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/regex-injection'), {
  valid: [
    { ...GATEWAY, code: "io.on('connection', (socket) => {\n  socket.on('search', (q, ack) => {\n    ack(messages.filter((m) => new RegExp(escapeStringRegexp(q), 'i').test(m.text)))\n  })\n})" },
    // In the browser, a socket.io client's events are what the application's own server pushed, not a visitor's input.
    { path: 'src/client/live.ts', code: "import { io } from 'socket.io-client'\nconst socket = io('/live')\nsocket.on('highlight', (rule) => {\n  const re = new RegExp(rule.pattern, 'gi')\n  for (const el of document.querySelectorAll('.msg')) el.classList.toggle('hit', re.test(el.textContent ?? ''))\n})" },
  ],
  invalid: [
    { ...GATEWAY, code: "io.on('connection', (socket) => {\n  socket.on('search', (q, ack) => {\n    ack(messages.filter((m) => new RegExp(q, 'i').test(m.text)))\n  })\n})", findings: [{ line: 3 }] },
  ],
})
