/**
 * Python settings that weaken a deployment, judged on resolved names so aliases count:
 * broken ciphers (`from Crypto.Cipher import DES as D; D.new(...)`) and the debugger switched
 * on (`app.run(..., debug=True)` however the other arguments are written, `app.debug = True`,
 * Werkzeug's `run_simple(use_debugger=True)`).
 */
import type { SNode } from '../../syntax/tree'
import type { RuleFinding } from '../events'
import { field, rootOf } from '../text'
import { callText, finding, type MatchContext, scoped } from './common'

const WEAK_CIPHER = /^Crypto(dome)?\.Cipher\.(DES|DES3|ARC4|ARC2|Blowfish|CAST|XOR)\.new$|^cryptography\.hazmat\.primitives\.ciphers\.algorithms\.(TripleDES|Blowfish|ARC4|CAST5|IDEA|SEED)$/
const BLOCK_CIPHER = /^Crypto(dome)?\.Cipher\.(AES|DES|DES3|Blowfish|CAST|ARC2)\.new$/

export const pythonWeakCipher = scoped({ kinds: ['call'], needles: ['DES', 'ARC4', 'ARC2', 'Blowfish', 'CAST', 'XOR', 'IDEA', 'SEED', 'MODE_ECB'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  const algorithm = WEAK_CIPHER.exec(q)?.[2] ?? WEAK_CIPHER.exec(q)?.[3]
  if (algorithm) {
    return finding('crypto/weak-cipher', ev, m, `\`${callText(ev.node, m)}\` encrypts with ${algorithm}, a broken or 64-bit-block cipher: its output can be decrypted or forged with practical effort`, 'Use AES-GCM (`Crypto.Cipher.AES.new(key, AES.MODE_GCM)` or `cryptography`\'s `AESGCM`) with a fresh nonce per message.', [], 'major')
  }
  // ECB: the mode argument is a name like `AES.MODE_ECB`, whatever the module is called here.
  const mode = ev.argNodes[1] ?? ev.kwNodes.get('mode')
  if (BLOCK_CIPHER.test(q) && mode && /(^|\.)MODE_ECB$/.test(m.text(mode))) {
    return finding('crypto/weak-cipher', ev, m, `\`${callText(ev.node, m)}\` uses ECB mode: equal plaintext blocks give equal ciphertext blocks, so structure leaks and blocks can be swapped`, 'Use an authenticated mode: `AES.new(key, AES.MODE_GCM)`, or `cryptography`\'s `AESGCM`.', [], 'major')
  }
  return undefined
})

/** Application classes that take `debug=` (tracebacks in responses; Tornado's also autoreloads). */
const APP_CLASS = /^(fastapi\.FastAPI|fastapi\.applications\.FastAPI|starlette\.applications\.Starlette|tornado\.web\.Application|litestar\.Litestar|aiohttp\.web\.Application)$/

const ENV_DEFAULT = /^os\.(?:environ\.get|getenv)\(\s*["'][\w.-]+["']\s*,\s*(True|"[^"]*"|'[^']*')\s*\)(\.lower\(\))?\s*(.*)$/s

/**
 * A switch read from the environment with a default that turns it on: `os.environ.get("FLASK_DEBUG", True)`,
 * `os.getenv("DEBUG", "true") == "true"`, `os.getenv("DEBUG", "1") != "0"`. Wherever the variable is not set (the
 * production container whose env file never named it) the switch is on.
 */
function onUnlessSet(text: string): boolean {
  const m = ENV_DEFAULT.exec(text.trim())
  if (!m) return false
  const [, raw, lower, rest] = m
  if (raw === 'True') return rest === ''
  let value = raw!.slice(1, -1)
  if (lower) value = value.toLowerCase()
  if (rest === '') return /^(1|true|yes|on)$/i.test(value)
  const compared = /^(==|!=)\s*["']([^"']*)["']$/.exec(rest!)
  if (compared) return compared[1] === '==' ? compared[2] === value : compared[2] !== value
  const within = /^in\s*[([{]([^)\]}]*)[)\]}]$/.exec(rest!)
  return !!within && within[1]!.split(',').some((v) => v.trim().replace(/^["']|["']$/g, '') === value)
}

/** `True`, or a module-level name bound to `True` (`DEBUG_MODE = True` … `app.run(debug=DEBUG_MODE)`). */
function isTrue(node: SNode | undefined, m: MatchContext): boolean {
  if (!node) return false
  const text = m.text(node)
  if (text === 'True') return true
  if (onUnlessSet(text)) return true
  // Tornado's `options.debug`, defined in the same module with `define("debug", default=True)`: on unless the command line says otherwise.
  const option = /^(?:tornado\.)?options\.(\w+)$/.exec(text)?.[1]
  if (option && node.type === 'attribute') {
    const defined = new RegExp(`^(?:tornado\\.options\\.)?define\\(\\s*["']${option}["']\\s*,\\s*(?:default\\s*=\\s*)?True\\b`)
    return rootOf(node).children.some((c) => c.type === 'expression_statement' && defined.test(m.text(c)))
  }
  if (node.type !== 'identifier') return false
  const root = rootOf(node)
  const bindings = root.children.filter((c) => c.type === 'expression_statement' && new RegExp(`^${text}\\s*(:\\s*bool\\s*)?=(?!=)`).test(m.text(c)))
  return bindings.length === 1 && /=\s*True$/.test(m.text(bindings[0]!))
}

/**
 * The finding narrowed to the argument that switches debugging on, when that argument sits on a
 * line of its own in a call written over several: the line a reviewer points at, and the line a
 * change that only adds `DEBUG=True,` to an existing call touches.
 */
function at(node: SNode | undefined, f: RuleFinding, m: MatchContext): RuleFinding {
  if (!node) return f
  const row = m.row(node)
  return row === f.startRow ? f : { ...f, startRow: row, endRow: row }
}

/** The value node of `"key": …` in a dict literal argument. */
function dictEntry(node: SNode | undefined, key: string, m: MatchContext): SNode | undefined {
  if (node?.type !== 'dictionary') return undefined
  for (const pair of node.children) {
    if (pair.type !== 'pair') continue
    const k = field(pair, 'key')
    if (k && /^["']/.test(m.text(k)) && m.text(k).slice(1, -1) === key) return field(pair, 'value')
  }
  return undefined
}

/** An object that is the web app: `app`, `application`, `server`, `api`, or a name ending in one (`flask_app`, `self.app`). */
const APP_OBJECT = /(^|[._])(app|application|server|api)$/
const DEV_FILE = /(^|\/)(dev|develop|development|local|debug)[^/]*\.py$|(^|\/)(scripts?|examples?|docs?)\//i

/** A condition that holds in development only: `APP_ENV == "development"`, `settings.DEBUG`, `ENV != "production"`. */
const PY_DEV_CONDITION = /["'](?:development|dev|local)["']|\b(?:DEBUG|debug|is_dev|is_local|IS_DEV|IS_LOCAL|DEV_MODE|dev_mode)\b|!=\s*["']prod(?:uction)?["']/

/** Inside the body (not the `else`) of an `if` that runs only in development, between the statement and its function. */
function pythonDevGuarded(stmt: SNode, m: MatchContext): boolean {
  let from: SNode = stmt
  for (let n = stmt.parent; n && n.type !== 'function_definition' && n.type !== 'class_definition'; from = n, n = n.parent) {
    if (n.type !== 'if_statement' || from !== field(n, 'consequence')) continue
    const cond = m.text(field(n, 'condition') ?? n)
    if (!/^not\b/.test(cond) && PY_DEV_CONDITION.test(cond)) return true
  }
  return false
}

// Every finding below reads a switch written True (or an https_only=False), or FLASK_DEBUG/DJANGO_DEBUG or 'development' set in code.
export const pythonDebugMode = scoped({ kinds: ['call', 'store'], needles: ['True', 'False', 'FLASK_DEBUG', 'DJANGO_DEBUG', 'development', 'debugtoolbar', 'getenv', 'environ'] }, (ev, m) => {
  if (m.isTest || DEV_FILE.test(m.path) || pythonDevGuarded(ev.stmt, m)) return undefined
  if (ev.kind === 'call') {
    const q = ev.qname ?? ''
    // The debug toolbars of Pyramid and aiohttp: their traceback pages evaluate Python typed into the browser.
    const toolbar = /^aiohttp_debugtoolbar\.setup$/.test(q) ? 'aiohttp_debugtoolbar' : ev.name === 'include' && /^["']pyramid_debugtoolbar["']$/.test(ev.argNodes[0] ? m.text(ev.argNodes[0]) : '') ? 'pyramid_debugtoolbar' : undefined
    if (toolbar) {
      return finding('crypto/debug-mode', ev, m, `\`${callText(ev.node, m)}\` serves ${toolbar}'s pages, whose tracebacks run Python typed into the browser, wherever this code runs`, 'Include the toolbar only in development (a development.ini `pyramid.includes` line, or under a development-only condition).', [], 'major')
    }
    // Flask's `run(host, port, debug)`: the third positional argument is the debug switch.
    const positional = ev.argNodes[2] && /^(app|application|server|api|flask_app)$/.test(ev.receiverText ?? '') && isTrue(ev.argNodes[2], m)
    // `app.run(debug=True)` on any app object, and module-level runners (`bottle.run(app, debug=True)`).
    const run = (ev.receiver !== undefined || /^(bottle|cherrypy\.quickstart)\.run$|^bottle\.run$/.test(q)) && /^(run|run_server)$/.test(ev.name || q.replace(/^.*\./, '')) && (isTrue(ev.kwNodes.get('debug'), m) || !!positional)
    const werkzeug = (/(^|\.)run_simple$/.test(q) && isTrue(ev.kwNodes.get('use_debugger'), m)) || (/(^|\.)DebuggedApplication$/.test(q) && isTrue(ev.kwNodes.get('evalex') ?? ev.argNodes[1], m))
    // Sanic's `app.run(dev=True)`: debug mode (tracebacks in error pages) and the auto-reloader, whatever the environment.
    if (ev.receiver !== undefined && ev.name === 'run' && APP_OBJECT.test(ev.receiverText ?? '') && isTrue(ev.kwNodes.get('dev'), m)) {
      return at(ev.kwNodes.get('dev'), finding('crypto/debug-mode', ev, m, `\`${callText(ev.node, m)}\` starts the app in development mode (\`dev=True\`): debug mode shows tracebacks to any client, and the reloader watches the code`, 'Read it from the environment (`dev=os.environ.get("SANIC_DEV") == "1"`), off by default, and start production with `sanic app:app`.', [], 'major'), m)
    }
    // CherryPy's `request.show_tracebacks`: every error page carries the traceback.
    if (q === 'cherrypy.config.update' || (ev.name === 'update' && ev.receiverText === 'cherrypy.config')) {
      const node = dictEntry(ev.argNodes[0], 'request.show_tracebacks', m)
      if (isTrue(node, m)) {
        return at(node, finding('crypto/debug-mode', ev, m, `\`${callText(ev.node, m)}\` sets \`request.show_tracebacks\`: every error page sends the client the full traceback`, 'Set `"environment": "production"` (which turns tracebacks off) or `"request.show_tracebacks": False` outside development.', [], 'major'), m)
      }
    }
    // `bottle.debug(True)`: tracebacks in every error page.
    if (/^bottle\.debug$/.test(q) && isTrue(ev.argNodes[0] ?? ev.kwNodes.get('mode'), m)) {
      return finding('crypto/debug-mode', ev, m, `\`${callText(ev.node, m)}\` switches Bottle's debug mode on: error pages show tracebacks to any client`, 'Leave it off in code; enable it per environment.', [], 'major')
    }
    // Tornado's `serve_traceback=True` is the traceback half of its debug mode on its own.
    const appSwitch = APP_CLASS.test(q) ? (['debug', 'serve_traceback'] as const).find((k) => isTrue(ev.kwNodes.get(k), m)) : undefined
    if (appSwitch) {
      const written = m.text(ev.kwNodes.get(appSwitch)!)
      return at(ev.kwNodes.get(appSwitch), finding('crypto/debug-mode', ev, m, `\`${callText(ev.node, m)}\` builds the app with \`${appSwitch}=${written}\`${written === 'True' ? '' : onUnlessSet(written) ? ', which is on wherever the variable is not set' : ', which is True here'}: unhandled errors answer with full tracebacks (and local variables) to any client`, `Read it from settings: \`${appSwitch}=settings.DEBUG\`, with the default off.`, [], 'major'), m)
    }
    // `app.config.update(DEBUG=True)`, `app.config.from_mapping(DEBUG=True)`, `config.update({"DEBUG": True})`.
    if (ev.receiver && /^(update|from_mapping)$/.test(ev.name) && /(^|\.)config$/i.test(ev.receiverText ?? '')) {
      const node = ev.kwNodes.get('DEBUG') ?? dictEntry(ev.argNodes[0], 'DEBUG', m)
      if (!isTrue(node, m)) return undefined
      return at(node, finding('crypto/debug-mode', ev, m, `\`${ev.receiverText}.${ev.name}(DEBUG=True)\` turns on Flask's debugger and tracebacks for every request`, "Leave it off in code; set it per environment (`FLASK_DEBUG=1` locally).", [], 'major'), m)
    }
    // Starlette's `SessionMiddleware(..., https_only=False)`: the session cookie is sent over plain HTTP too.
    if (/^False$/.test(ev.kwNodes.get('https_only') ? m.text(ev.kwNodes.get('https_only')!) : '') && (/(^|\.)SessionMiddleware$/.test(ev.qname ?? '') || ev.argNodes.some((a) => /(^|\.)SessionMiddleware$/.test(m.text(a))))) {
      return finding('crypto/insecure-cookie', ev, m, `\`${callText(ev.node, m)}\` sets the session cookie without \`Secure\` (\`https_only=False\`): it also travels over plain HTTP, where it can be sniffed and replayed`, 'Pass `https_only=True` (and keep `same_site="lax"` or stricter).', [], 'major')
    }
    if (!run && !werkzeug) return undefined
    return finding('crypto/debug-mode', ev, m, `\`${callText(ev.node, m)}\` enables the Werkzeug debugger, whose in-browser console runs arbitrary Python for anyone who can reach it`, "Read it from the environment: `app.run(debug=os.environ.get('FLASK_DEBUG') == '1')`, and serve production with gunicorn/uwsgi.", [], 'major')
  }
  // `app.debug = True`, also on an app named for its role (`flask_app`, `self.app`, `current_app`).
  if (ev.kind === 'store' && ev.key === 'debug' && ev.node.type === 'attribute' && APP_OBJECT.test(ev.objectText) && (/^True$/.test(m.text(ev.valueNode)) || onUnlessSet(m.text(ev.valueNode)))) {
    return finding('crypto/debug-mode', ev, m, `\`${ev.objectText}.debug = ${m.text(ev.valueNode)}\` turns on Flask's debugger and tracebacks for every request`, "Leave it off in code; set it per environment (`FLASK_DEBUG=1` locally).", [], 'major')
  }
  // `os.environ["FLASK_DEBUG"] = "1"` in the code: the app started from here runs the debugger.
  if (ev.kind === 'store' && ((/^(FLASK_DEBUG|DJANGO_DEBUG)$/.test(ev.key) && /^["'](1|true|True)["']$/.test(m.text(ev.valueNode))) || (ev.key === 'FLASK_ENV' && /^["']development["']$/.test(m.text(ev.valueNode)))) && /^os\.environ$/.test(ev.objectText)) {
    return finding('crypto/debug-mode', ev, m, `\`os.environ["${ev.key}"]\` is switched on in the code: the app runs with its debugger and tracebacks`, 'Set it per environment outside the code (a local `.env`), never in the application.', [], 'major')
  }
  // `app.config["DEBUG"] = True`: the same switch as `app.debug`, set through the config mapping.
  if (ev.kind === 'store' && ((ev.key === 'DEBUG' && /^True$/.test(m.text(ev.valueNode))) || (ev.key === 'ENV' && /^["']development["']$/.test(m.text(ev.valueNode)))) && /(^|\.)config$/i.test(ev.objectText)) {
    return finding('crypto/debug-mode', ev, m, `\`${ev.objectText}["${ev.key}"] = ${m.text(ev.valueNode)}\` turns on Flask's debugger and tracebacks for every request`, "Leave it off in code; set it per environment (`FLASK_DEBUG=1` locally).", [], 'major')
  }
  return undefined
})
