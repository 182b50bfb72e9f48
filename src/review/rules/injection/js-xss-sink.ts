/** Flags innerHTML/outerHTML/an iframe's srcdoc/insertAdjacentHTML/document.write, dangerouslySetInnerHTML, v-html, {@html} and Angular bypassSecurityTrust* on non-constant, unsanitized values. FP: HTML built from trusted data. */
import type { LineContext, LineRule, RuleHit, Severity } from '../../types'
import { quoteList } from './sql'
import { fileGate } from '../../needles'
import { argsAt, indentWidth, isCommentLine, lex, lexAhead, lexLine, MAX_LINE, sinkMatches, snippet } from '../../source'
import { analyzeExpr, assignmentsBefore, type ExprInfo, statementRhsIn } from './expr'

const ASSIGN = /\.(innerHTML|outerHTML|srcdoc)\s*(\+?=)(?!=)/g
/** An iframe sandbox that keeps scripts off (`frame.sandbox.value = ''`, `sandbox="allow-same-origin"`): its `srcdoc` cannot run any. */
const SANDBOX = /\bsandbox\b/
const ALLOW_SCRIPTS = /allow-scripts/
const CALLS = /\.(insertAdjacentHTML)\s*\(|\bdocument\.(write|writeln)\s*\(|\.(bypassSecurityTrust(?:Html|Script|Url|ResourceUrl|Style))\s*\(/g
const DANGEROUS = /dangerouslySetInnerHTML\s*=\s*\{/
/** `.replace(/</g, '\\u003c')` on serialised JSON: with no `<` left, nothing in it can close the script element it is written into. */
const LT_ESCAPED = /\.replace(?:All)?\(\s*\/<\/g\s*,\s*(['"`])\\\\u003[cC]\1\s*\)/

/** The JSX element a prop on this line belongs to: the last tag opened before it, on this line or one of the few above (`<script\n  type=…\n  dangerouslySetInnerHTML=…`). */
function openedTag(ctx: LineContext, prefix: string): string | undefined {
  const lines = [...ctx.before(6).map((l) => l.text), prefix]
  for (let i = lines.length - 1; i >= 0; i--) {
    const tags = [...lines[i]!.matchAll(/<([A-Za-z][\w.]*)/g)]
    if (tags.length > 0) return tags.at(-1)![1]
  }
  return undefined
}
const HTML_KEY = /__html\s*:\s*/
/** `innerHTML` as an object's key: the props of a render function (`h('div', { innerHTML: x })`, Vue 2's `domProps: { innerHTML: x }`), `Object.assign(el, { innerHTML: x })`. */
const HTML_PROP_KEY = /(?<![\w$.])innerHTML\s*:\s*(?!\s)/g
/** Solid's `innerHTML` JSX prop (`<section innerHTML={note.body} />`) sets the element's HTML as React's `dangerouslySetInnerHTML` does. */
const JSX_HTML_PROP = /(?<![\w$.[-])innerHTML\s*=\s*\{/g
const V_HTML = /\bv-html\s*=\s*(?:"([^"]*)"|'([^']*)')/
const SVELTE_HTML = /\{@html\s+([^}]*)\}/
const SANITIZED = /\b(?:DOMPurify|purify|sanitize\w*|escape\w*|encodeHTML|htmlEscape|he\.encode|xss\s*\(|filterXSS|hljs\.highlight\w*|Prism\.highlight|renderToStaticMarkup|renderToString)\b/i
const UNTRUSTED = /\blocation\b|searchParams|URLSearchParams|\bparams\b|\bquery\b|\.hash\b|\breq\.|\bevent\.data\b|\bmessage\.data\b|\.value\b|postMessage/
const IDENT = /^[A-Za-z_$][\w$]*$/
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/
const gate = fileGate(['innerHTML', 'outerHTML', 'srcdoc', 'insertAdjacentHTML', 'dangerouslySetInnerHTML', 'document.write', 'bypassSecurityTrust', 'v-html', '{@html'])

const COPY = /^[\w$.]+\.(?:innerHTML|outerHTML)\b/
/** A string or template literal that starts with a written `https://host/`. */
const FIXED_ORIGIN = /^[`'"]https:\/\/[\w.-]+(:\d+)?\//

/** The two outcomes of a top-level `cond ? a : b`, if `value` is one. */
function ternaryBranches(value: string): [string, string] | undefined {
  const masked = lex(value, 'js').masked
  let depth = 0
  let q = -1
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
    else if (depth === 0 && c === '?' && masked[i + 1] !== '.' && masked[i + 1] !== '?') {
      if (q < 0) q = i
    } else if (depth === 0 && c === ':' && q >= 0) return [value.slice(q + 1, i), value.slice(i + 1)]
  }
  return undefined
}

/**
 * A file of the repository imported as text (`import intro from '../content/intro.md?raw'`, `import icon from './logo.svg?raw'`,
 * webpack's `!!raw-loader!./terms.html`): the bundler inlines it at build time, so the markup is the project's own.
 */
const RAW_IMPORT = /^\s*import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])(?:!!?raw-loader!)?(?:\.{1,2}\/|[@~]\/)[^'"]*?(?:\?raw|\.(?:md|mdx|markdown|html?|svg|txt))\2/

/**
 * `name` holds a file imported as text, or one call of it (`marked.parse(intro)`, `md.render(intro)`), declared once at the top
 * of the module: markup written by the project and rendered when it is built.
 */
function bundledContent(ctx: LineContext, name: string): boolean {
  const before = ctx.before(400)
  const imported = new Set<string>()
  for (const line of before) {
    const m = RAW_IMPORT.exec(line.text)
    if (m) imported.add(m[1]!)
  }
  if (imported.size === 0) return false
  if (imported.has(name)) return true
  const chain = assignmentsBefore(ctx, name, 'js', 400)
  if (chain.length !== 1) return false
  const m = /^[\w$.]+(?:\(\s*\))?(?:\.[\w$]+)?\(\s*([A-Za-z_$][\w$]*)\s*(?:,\s*[\w$.]*\s*)?\)$/.exec(chain[0]!.rhs.trim().replace(/;$/, ''))
  return !!m && imported.has(m[1]!)
}

/** Why a value headed for an HTML sink is a problem, or undefined when it is constant or sanitized. */
function judge(ctx: LineContext | undefined, value: string): { what: string; severity: Severity } | undefined {
  const v = value.trim().replace(/;$/, '')
  if (!v || SANITIZED.test(v)) return undefined
  // Copying markup the page already holds adds nothing new.
  if (COPY.test(v) && /^[\w$.]+\.(?:innerHTML|outerHTML)$/.test(v)) return undefined
  let info: ExprInfo = analyzeExpr(v, 'js')
  if (info.literal) return undefined
  // `cond ? '+' : '-'`: every outcome is a literal (or markup the page already holds).
  const branches = ternaryBranches(v)
  if (branches && branches.every((b) => analyzeExpr(b, 'js').literal || COPY.test(b.trim()))) return undefined
  // A Vue 3 ref or computed read through `.value` (`cleanBody.value` with `const cleanBody = computed(() => DOMPurify.sanitize(body))`).
  const ref = ctx && /^([A-Za-z_$][\w$]*)\.value$/.exec(v)?.[1]
  if (ref && ctx) {
    const chain = assignmentsBefore(ctx, ref, 'js', 30)
    if (chain.length > 0 && chain.every((a) => a.info.literal || SANITIZED.test(a.rhs))) return undefined
  }
  if (info.opaque && IDENT.test(v) && ctx) {
    // A component's sanitised value is often computed well above the JSX that renders it, and a
    // SCREAMING_CASE constant (an icon's SVG, a fixed snippet) is declared once at the top of the module.
    const chain = assignmentsBefore(ctx, v, 'js', CONSTANT_NAME.test(v) ? 400 : 30)
    if (chain.length > 0 && chain.every((a) => a.info.literal || SANITIZED.test(a.rhs))) return undefined
    if (bundledContent(ctx, v)) return undefined
    const built = chain.find((a) => a.info.dynamic)
    if (built) info = built.info
  }
  const severity: Severity = UNTRUSTED.test(v) ? 'critical' : 'major'
  if (info.dynamic) {
    const unsafe = info.parts.filter((p) => !SANITIZED.test(p) && !/^[A-Z][A-Z0-9_]*$|\.length$|^\d/.test(p))
    if (unsafe.length === 0) return undefined
    return { what: `markup built from ${quoteList(unsafe)}`, severity: unsafe.some((u) => UNTRUSTED.test(u)) ? 'critical' : severity }
  }
  return { what: `\`${snippet(v, 40)}\``, severity }
}

/** The frame is sandboxed nearby without `allow-scripts` (`frame.sandbox.value = ''`, `setAttribute('sandbox', '')`): its document runs no script. */
function sandboxed(ctx: LineContext): boolean {
  const near = [...ctx.before(8), ctx.line, ...ctx.after(4)].map((l) => l.text).join('\n')
  return SANDBOX.test(near) && !ALLOW_SCRIPTS.test(near)
}

/**
 * Documents that are no page: a server-side DOM (jsdom, linkedom's parseHTML, a renderer's `createDocument()`) or an inert
 * one (`document.implementation.createHTMLDocument()`, `DOMParser().parseFromString()`). Markup written into their
 * elements runs no script and fetches nothing there; it is parsed to be read or serialised, and the page that later
 * shows the result is where it would be judged.
 */
const INERT_DOCUMENT = /\bcreate(?:HTML)?Document\b|\bparseFromString\s*\(|\bnew\s+JSDOM\b|\bparseHTML\s*\(/
const DOC_PART = /^([\w$]+)\.(?:body|head|documentElement)$/

/**
 * The binding of `name` in scope at the current line, read upwards: a line indented less than everything below it
 * opens an enclosing block, and only lines at or under that indentation are statements the current one can see.
 */
function bindingInScope(ctx: LineContext, pattern: RegExp, max: number): RegExpExecArray | undefined {
  return scanOutward(ctx, pattern, max, false)
}

/** The nearest line above indented less than the current one that matches `pattern`: the opener of a block enclosing it, not a sibling statement. */
function enclosingOpener(ctx: LineContext, pattern: RegExp, max: number): RegExpExecArray | undefined {
  return scanOutward(ctx, pattern, max, true)
}

/** Lines above, read upwards, each no deeper than the last one read (`openersOnly`: strictly shallower), until one matches. */
function scanOutward(ctx: LineContext, pattern: RegExp, max: number, openersOnly: boolean): RegExpExecArray | undefined {
  let floor = indentWidth(ctx.line.text)
  const above = ctx.before(max)
  for (let i = above.length - 1; i >= 0; i--) {
    const text = above[i]!.text
    if (!text.trim()) continue
    const w = indentWidth(text)
    if (openersOnly ? w >= floor : w > floor) continue
    floor = w
    const found = pattern.exec(text)
    if (found) return found
  }
  return undefined
}

function escapeName(name: string): string {
  return name.replace(/\$/g, '\\$')
}

/** `receiver` is an element of, or the body of, a document the code made itself that is no page (INERT_DOCUMENT). */
function inertReceiver(ctx: LineContext, receiver: string): boolean {
  let doc = DOC_PART.exec(receiver)?.[1]
  if (!doc) {
    if (!/^[\w$]+$/.test(receiver)) return false
    doc = bindingInScope(ctx, new RegExp(`(?<![\\w$.])${escapeName(receiver)}\\s*=\\s*([\\w$]+)\\.createElement\\s*\\(`), 200)?.[1]
    if (!doc) return false
  }
  const name = escapeName(doc)
  const binding = new RegExp(`\\b(?:const|let|var)\\s+(?:${name}|\\{[^}]*(?<![\\w$])${name}(?![\\w$])[^}]*\\})\\s*=\\s*(.*)$`)
  const bound = bindingInScope(ctx, binding, 200)
  if (bound) return INERT_DOCUMENT.test(bound[1]!)
  return handedDocument(ctx, name, binding)
}

/** The parameter list of a function's opening line (`function emailTemplate(node, document, options) {`, `(document, html) => {`). */
const PARAMS = /\bfunction\b[\w$\s*]*\(([^)]*)\)|\(([^)]*)\)\s*=>/

/**
 * `function emailTemplate(card, document, options)` in a module whose renderer made `const document = options.createDocument()`
 * and hands it on: a helper given a document by its caller writes into the one the module made, not into a page, when the
 * module makes its documents server-side (every binding of the name it has is such a document). A helper of a module that
 * never makes one may be handed a page's (`renderNotice(document, q)` in a browser script), so it stays reported.
 */
function handedDocument(ctx: LineContext, name: string, binding: RegExp): boolean {
  const header = enclosingOpener(ctx, PARAMS, 200)
  const params = header?.[1] ?? header?.[2]
  if (params === undefined || !new RegExp(`(?<![\\w$.])${name}(?![\\w$])`).test(params)) return false
  const made = [...ctx.before(400), ...ctx.after(400)].map((l) => binding.exec(l.text)?.[1]).filter((rhs): rhs is string => rhs !== undefined)
  return made.length > 0 && made.every((rhs) => INERT_DOCUMENT.test(rhs))
}

/** Where the component defines `name` as a computed property or method (`bioHtml() {`, `rendered: function () {`, `const rendered = computed(() =>`). */
function definitionAt(name: string): RegExp {
  const n = escapeName(name)
  return new RegExp(`^\\s*(?:(?:async\\s+)?${n}\\s*\\([^)]*\\)\\s*\\{|${n}\\s*:\\s*(?:function\\b|\\([^)]*\\)\\s*=>)|(?:const|let|var)\\s+${n}\\s*=\\s*computed\\s*\\()`)
}

/**
 * `v-html="bioHtml"` where the component's own `bioHtml` computed property (or method, or Vue 3 `computed()`) hands back a
 * sanitiser's output (`return DOMPurify.sanitize(marked.parse(this.user.bio))`): the markup bound is what DOMPurify let through.
 * Every definition of the name in sight must do so; one that returns anything else keeps the binding reported.
 */
function sanitisedMember(ctx: LineContext, expr: string): boolean {
  if (!IDENT.test(expr)) return false
  const lines = [...ctx.before(200), ctx.line, ...ctx.after(200)].map((l) => l.text)
  const def = definitionAt(expr)
  let found = false
  for (let i = 0; i < lines.length; i++) {
    if (!def.test(lines[i]!)) continue
    // The definition's body: its lines until the brackets it opens close (a dozen at most).
    let depth = 0
    let body = ''
    for (let j = i; j < Math.min(lines.length, i + 12); j++) {
      const masked = lex(lines[j]!, 'js').masked
      body += lines[j] + '\n'
      for (const c of masked) depth += c === '{' || c === '(' ? 1 : c === '}' || c === ')' ? -1 : 0
      if (depth <= 0) break
    }
    if (!SANITIZED.test(body)) return false
    found = true
  }
  return found
}

const FIX_DOM = 'Set `textContent` for text; for markup, build elements with `document.createElement`, or pass it through `DOMPurify.sanitize(...)` first.'

export const jsXssSink: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/xss-sink',
    title: 'Unsanitized value written as HTML',
    severity: 'major',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['javascript', 'typescript', 'vue', 'svelte', 'html'],
    description:
      'Assigning to `innerHTML` (also as a key of render-function props, `h(\'div\', { innerHTML })`, `domProps`, `Object.assign(el, { innerHTML })`), `document.write`, React `dangerouslySetInnerHTML`, the `innerHTML={…}` JSX prop (Solid), Vue `v-html` (quiet for a computed property that returns a sanitiser\'s output) and Svelte `{@html}` parse the value as HTML, so `<img src=x onerror=...>` in the data runs script in the page (XSS). Use text APIs (`textContent`, normal JSX/template interpolation) or sanitize with DOMPurify.',
    examples: {
      bad: "export function showName(el, name) {\n  el.innerHTML = `<b>${name}</b>`\n}\n",
      good: "export function showName(el, name) {\n  el.textContent = name\n}\n",
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    const dom = text.includes('HTML') || text.includes('srcdoc') || text.includes('document.write') || text.includes('bypassSecurityTrust')
    const vue = text.includes('v-html')
    const svelte = text.includes('{@html')
    if ((!dom && !vue && !svelte) || ctx.file.isTest) return undefined
    const trimmed = text.trimStart()
    if (isCommentLine(text, 'js') || trimmed.startsWith('<!--')) return undefined
    const hits: RuleHit[] = []
    if (vue) {
      const m = V_HTML.exec(text)
      const expr = m?.[1] ?? m?.[2]
      // `v-html="${x}"` inside a JS template literal is a message or generated text, not a Vue template's expression.
      const verdict = expr === undefined || expr.includes('${') || sanitisedMember(ctx, expr.trim()) ? undefined : judge(undefined, expr)
      if (verdict) {
        hits.push({
          line: ctx.line.newLine,
          message: `\`v-html="${snippet(expr!, 40)}"\` renders ${verdict.what} as raw HTML, so markup in it runs as script (XSS)`,
          suggestion: `Use \`{{ ${snippet(expr!, 30)} }}\` (escaped text), or \`v-html="DOMPurify.sanitize(${snippet(expr!, 30)})"\` when it must be HTML.`,
          severity: verdict.severity,
        })
      }
    }
    if (svelte) {
      const m = SVELTE_HTML.exec(text)
      const verdict = m && !m[1]!.includes('${') ? judge(undefined, m[1]!) : undefined
      if (verdict) {
        hits.push({
          line: ctx.line.newLine,
          message: `\`{@html ${snippet(m![1]!, 40)}}\` renders ${verdict.what} as raw HTML, so markup in it runs as script (XSS)`,
          suggestion: `Use \`{${snippet(m![1]!, 30)}}\` (escaped text), or sanitize it with \`DOMPurify.sanitize(...)\` first.`,
          severity: verdict.severity,
        })
      }
    }
    if (!dom) return hits
    const lexed = lexLine(ctx, 'js')
    for (const m of sinkMatches(lexed.masked, ASSIGN)) {
      if (m[1] === 'srcdoc' && sandboxed(ctx)) continue
      const receiver = /([\w$]+(?:\.[\w$]+)*)\s*$/.exec(lexed.masked.slice(0, m.index))?.[1]
      if (receiver && m[1] === 'innerHTML' && inertReceiver(ctx, receiver)) continue
      const rhs = statementRhsIn(lexAhead(ctx, 'js', 6), m.index + m[0].length)
      const verdict = judge(ctx, rhs)
      if (!verdict) continue
      hits.push({
        line: ctx.line.newLine,
        message: `\`${m[1]} ${m[2]} ${snippet(rhs, 40)}\` parses ${verdict.what} as HTML, so markup in it runs as script (XSS)`,
        suggestion: FIX_DOM,
        severity: verdict.severity,
      })
    }
    for (const m of sinkMatches(lexed.masked, CALLS)) {
      const name = m[1] ?? m[2] ?? m[3]!
      const { call } = argsAt(ctx, 'js', lexed, m.index + m[0].length - 1)
      const value = name === 'insertAdjacentHTML' ? call.args[1] : call.args[0]
      if (!value) continue
      // A URL trusted with its scheme and host written out (`https://www.youtube.com/embed/${id}`) cannot become `javascript:` or another site.
      if (/Url$/.test(name) && FIXED_ORIGIN.test(value.text.trim())) continue
      const verdict = judge(ctx, value.text)
      if (!verdict) continue
      const angular = name.startsWith('bypass')
      hits.push({
        line: ctx.line.newLine,
        message: angular
          ? `\`${name}(${snippet(value.text, 40)})\` switches off Angular's sanitizer for ${verdict.what}, so markup in it runs as script (XSS)`
          : `\`${name === 'insertAdjacentHTML' ? name : 'document.' + name}(...)\` parses ${verdict.what} as HTML, so markup in it runs as script (XSS)`,
        suggestion: angular ? "Bind the value normally (`[innerHTML]` is sanitized by Angular) or sanitize it yourself before trusting it." : FIX_DOM,
        severity: verdict.severity,
      })
    }
    for (const m of text.includes('innerHTML') ? sinkMatches(lexed.masked, HTML_PROP_KEY) : []) {
      const start = m.index + m[0].length
      const value = text.slice(start, valueEnd(lexed.masked, start)).trim()
      const verdict = value ? judge(ctx, value) : undefined
      if (!verdict) continue
      hits.push({
        line: ctx.line.newLine,
        message: `\`innerHTML: ${snippet(value, 40)}\` sets ${verdict.what} as the element's HTML, so markup in it runs as script (XSS)`,
        suggestion: 'Pass it as a text child (`h(\'div\', text)`) or `textContent`, or sanitize first: `innerHTML: DOMPurify.sanitize(...)`.',
        severity: verdict.severity,
      })
    }
    for (const m of text.includes('innerHTML') ? sinkMatches(lexed.masked, JSX_HTML_PROP) : []) {
      const start = m.index + m[0].length
      const value = text.slice(start, valueEnd(lexed.masked, start)).trim()
      const verdict = value ? judge(ctx, value) : undefined
      if (!verdict) continue
      hits.push({
        line: ctx.line.newLine,
        message: `\`innerHTML={${snippet(value, 40)}}\` renders ${verdict.what} as the element's HTML, so markup in it runs as script (XSS)`,
        suggestion: `Render it as text (\`{${snippet(value, 30)}}\`), or sanitize first: \`innerHTML={DOMPurify.sanitize(${snippet(value, 30)})}\`.`,
        severity: verdict.severity,
      })
    }
    if (DANGEROUS.test(text)) {
      const lx = lexAhead(ctx, 'js', 4)
      const wide = lx.text
      // Read in code only: `__html:` inside a string is text about the prop (a message, a doc), not the prop.
      const key = HTML_KEY.exec(lx.masked)
      if (key) {
        const start = key.index + key[0].length
        const value = wide.slice(start, valueEnd(lx.masked, start)).trim()
        // `<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd) }} />`: the page's own data as JSON.
        // Serialised, then with `<` escaped as the Next.js docs show, it is JSON whoever wrote the data.
        const inScript = /<script\b/i.test(text) || openedTag(ctx, text.slice(0, text.search(DANGEROUS)))?.toLowerCase() === 'script'
        const ownJson = /^JSON\.stringify\(/.test(value) && inScript && (!UNTRUSTED.test(value) || LT_ESCAPED.test(value))
        const verdict = ownJson ? undefined : judge(ctx, value)
        if (verdict) {
          hits.push({
            line: ctx.line.newLine,
            message: `\`dangerouslySetInnerHTML={{ __html: ${snippet(value, 40)} }}\` renders ${verdict.what} as raw HTML, so markup in it runs as script (XSS)`,
            suggestion: `Render it as text (\`{${snippet(value, 30)}}\`), or sanitize first: \`__html: DOMPurify.sanitize(${snippet(value, 30)})\`.`,
            severity: verdict.severity,
          })
        }
      }
    }
    return hits
  },
}

/** Where an object property's value that starts at `start` of the masked code ends: at the comma or bracket that closes it. */
function valueEnd(masked: string, start: number): number {
  let depth = 0
  let end = start
  for (; end < masked.length; end++) {
    const c = masked[end]
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break
      depth--
    } else if (c === ',' && depth === 0) break
  }
  return end
}
