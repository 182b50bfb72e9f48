/**
 * A zod `discriminatedUnion` read through a check on its tag: inside `case 'join':` (or `if (msg.type === 'join')`)
 * the parsed value is the `join` member, whose `room` a `.regex()` restricts; outside such a check a field is free
 * of text only when every member that declares it restricts it.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'src/realtime/socket.ts' }
const SCHEMA = "import { z } from 'zod'\nconst Message = z.discriminatedUnion('type', [\n  z.object({ type: z.literal('join'), room: z.string().regex(/^[a-z0-9-]{1,40}$/) }),\n  z.object({ type: z.literal('say'), room: z.string(), text: z.string().max(2000) }),\n])\n"

testRule(registered('js/log-injection'), {
  valid: [
    { ...TS, code: `${SCHEMA}wss.on('connection', (socket) => {\n  socket.on('message', (raw) => {\n    const msg = Message.parse(JSON.parse(raw.toString()))\n    switch (msg.type) {\n      case 'join':\n        logger.info(\`joined \${msg.room}\`)\n        break\n    }\n  })\n})\n` },
    { ...TS, code: `${SCHEMA}wss.on('connection', (socket) => {\n  socket.on('message', (raw) => {\n    const msg = Message.parse(JSON.parse(raw.toString()))\n    if (msg.type === 'join') logger.info(\`joined \${msg.room}\`)\n  })\n})\n` },
    // Parsed in a `try` whose `catch` returns.
    { ...TS, code: `${SCHEMA}wss.on('connection', (socket) => {\n  socket.on('message', (raw) => {\n    let msg\n    try {\n      msg = Message.parse(JSON.parse(raw.toString()))\n    } catch {\n      return\n    }\n    switch (msg.type) {\n      case 'join':\n        logger.info(\`joined \${msg.room}\`)\n        break\n    }\n  })\n})\n` },
    // The user a session cookie proves is a stored record, not the cookie's text.
    { ...TS, code: "import { verifySessionCookie } from '../auth/session'\nwss.on('connection', async (socket, req) => {\n  const user = await verifySessionCookie(req.headers.cookie)\n  logger.info(`user ${user.id} connected`)\n})\n" },
  ],
  invalid: [
    // The `say` member leaves `room` free text.
    { ...TS, code: `${SCHEMA}wss.on('connection', (socket) => {\n  socket.on('message', (raw) => {\n    const msg = Message.parse(JSON.parse(raw.toString()))\n    switch (msg.type) {\n      case 'say':\n        logger.info(\`said in \${msg.room}\`)\n        break\n    }\n  })\n})\n`, findings: [{ line: 11 }] },
    // Outside a check on the tag, `room` is whatever the least restrictive member admits.
    { ...TS, code: `${SCHEMA}wss.on('connection', (socket) => {\n  socket.on('message', (raw) => {\n    const msg = Message.parse(JSON.parse(raw.toString()))\n    logger.info(\`message for \${msg.room}\`)\n  })\n})\n`, findings: [{ line: 9 }] },
    // A case the one before falls into is reached by either tag.
    { ...TS, code: `${SCHEMA}wss.on('connection', (socket) => {\n  socket.on('message', (raw) => {\n    const msg = Message.parse(JSON.parse(raw.toString()))\n    switch (msg.type) {\n      case 'say':\n      case 'join':\n        logger.info(\`in \${msg.room}\`)\n        break\n    }\n  })\n})\n`, findings: [{ line: 12 }] },
    // A helper that extracts the cookie's text still returns it.
    { ...TS, code: "import { readSessionCookie } from '../auth/session'\nwss.on('connection', async (socket, req) => {\n  const sid = await readSessionCookie(req.headers.cookie)\n  logger.info(`session ${sid} connected`)\n})\n", findings: [{ line: 4 }] },
  ],
})
