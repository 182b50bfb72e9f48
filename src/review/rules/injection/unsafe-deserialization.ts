/** Flags Java ObjectInputStream/XMLDecoder/default typing, PHP unserialize() and node-serialize. FP: streams the app itself wrote. */
import type { LineRule, RuleHit } from '../../types'
import { fileGate } from '../../needles'
import { argsAt, familyOf, isCommentLine, lexLine, MAX_LINE, sinkMatches, snippet } from '../../source'

const JAVA = /\bnew\s+(ObjectInputStream|XMLDecoder)\s*\(|\.(enableDefaultTyping|activateDefaultTyping)\s*\(/g
const PHP = /(?<![\w>:$])unserialize\s*\(/g
const NODE_IMPORT = /(?:require\s*\(\s*|from\s+|import\s+)['"]node-serialize['"]/
const NODE_CALL = /\.unserialize\s*\(/g
const PHP_REQUEST = /\$_(?:GET|POST|REQUEST|COOKIE|SERVER|FILES)\b|php:\/\/input|->(?:input|cookie|query|post|getContent)\s*\(/

const gate = fileGate(['ObjectInputStream', 'XMLDecoder', 'DefaultTyping', 'unserialize', 'node-serialize'])
/** A file that installs an ObjectInputFilter or overrides resolveClass already allow-lists classes. */
const hasClassFilter = fileGate(['ObjectInputFilter', 'resolveClass', 'ValidatingObjectInputStream'])
const usesNodeSerialize = fileGate(['node-serialize'])
/** The file calls `unserialize` where the change shows it: that call is the finding, not the import above it. */
const callsUnserialize = fileGate(['.unserialize('])

export const unsafeDeserialization: LineRule = {
  kind: 'line',
  meta: {
    id: 'injection/unsafe-deserialization',
    title: 'Deserialization that can run code',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['java', 'php', 'javascript', 'typescript'],
    description:
      "Native object deserializers (Java `ObjectInputStream`, `XMLDecoder`, Jackson default typing, PHP `unserialize`, Node's `node-serialize`) instantiate whatever classes the input names and run their hooks, so hostile input chains gadgets into code execution. Exchange plain data (JSON) and map it onto types you choose.",
    examples: {
      bad: 'ObjectInputStream in = new ObjectInputStream(request.getInputStream());\nOrder order = (Order) in.readObject();\n',
      good: 'Order order = objectMapper.readValue(request.getInputStream(), Order.class);\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    const fam = familyOf(ctx.file.language)
    if (ctx.file.isTest) return undefined
    if (fam === 'java') {
      if (!text.includes('ObjectInputStream') && !text.includes('XMLDecoder') && !text.includes('DefaultTyping')) return undefined
      if (isCommentLine(text, fam) || hasClassFilter(ctx.file)) return undefined
      const hits: RuleHit[] = []
      for (const m of sinkMatches(lexLine(ctx, fam).masked, JAVA)) {
        if (m[2]) {
          hits.push({
            line: ctx.line.newLine,
            message: `\`${m[2]}()\` lets JSON name the class to instantiate (\`["com.sun.rowset.JdbcRowSetImpl", ...]\`), the classic Jackson gadget-chain hole`,
            suggestion: 'Remove default typing; for polymorphic fields use `@JsonTypeInfo(use = Id.NAME)` with an explicit `@JsonSubTypes` list.',
            severity: 'major',
          })
          continue
        }
        hits.push({
          line: ctx.line.newLine,
          message: `\`new ${m[1]}(...)\` deserializes whatever classes the stream names; on untrusted input a gadget chain runs code before your cast`,
          suggestion:
            m[1] === 'XMLDecoder'
              ? 'Parse the XML into plain data with a schema-bound parser (JAXB/Jackson XML) instead of `XMLDecoder`.'
              : 'Exchange JSON and bind it to a known type (`objectMapper.readValue(in, Order.class)`); if Java serialization is unavoidable, set an `ObjectInputFilter` allow-list.',
          severity: 'major',
        })
      }
      return hits
    }
    if (fam === 'php') {
      if (!text.includes('unserialize')) return undefined
      if (isCommentLine(text, fam)) return undefined
      const lexed = lexLine(ctx, fam)
      const hits: RuleHit[] = []
      for (const m of sinkMatches(lexed.masked, PHP)) {
        const { call } = argsAt(ctx, fam, lexed, m.index + m[0].length - 1)
        const data = call.args[0]
        if (!data || /^['"]/.test(data.text)) continue
        const options = call.args[1]?.text ?? ''
        if (/allowed_classes['"]\s*=>\s*false/.test(options)) continue
        const fromRequest = PHP_REQUEST.test(data.text)
        if (!fromRequest && /allowed_classes/.test(options)) continue
        hits.push({
          line: ctx.line.newLine,
          message: fromRequest
            ? `\`unserialize(${snippet(data.text, 40)})\` on request data instantiates attacker-chosen classes and runs their \`__wakeup\`/\`__destruct\` (PHP object injection)`
            : `\`unserialize(${snippet(data.text, 40)})\` instantiates any class the data names; if the value can ever come from a user, that is PHP object injection`,
          suggestion: `Store and read JSON (\`json_decode(${snippet(data.text, 40)}, true)\`), or at least \`unserialize(${snippet(data.text, 40)}, ['allowed_classes' => false])\`.`,
          severity: fromRequest ? 'critical' : 'minor',
        })
      }
      return hits
    }
    // JavaScript / TypeScript
    if (!text.includes('serialize')) return undefined
    if (isCommentLine(text, 'js')) return undefined
    if (NODE_IMPORT.test(text) && !callsUnserialize(ctx.file)) {
      return {
        line: ctx.line.newLine,
        message: '`node-serialize` evaluates functions embedded in the payload (`_$$ND_FUNC$$_`) during `unserialize()` (CVE-2017-5941)',
        suggestion: 'Use `JSON.parse`/`JSON.stringify` (or `superjson`/`devalue` for richer types), which never execute code.',
        severity: 'major',
      }
    }
    if (!usesNodeSerialize(ctx.file)) return undefined
    const lexed = lexLine(ctx, 'js')
    for (const m of sinkMatches(lexed.masked, NODE_CALL)) {
      const { call } = argsAt(ctx, 'js', lexed, m.index + m[0].length - 1)
      const data = call.args[0]
      if (!data || /^['"`]/.test(data.text)) continue
      return {
        line: ctx.line.newLine,
        message: `\`unserialize(${snippet(data.text, 40)})\` from \`node-serialize\` runs any \`_$$ND_FUNC$$_\` function in the payload: remote code execution on untrusted input`,
        suggestion: `Parse with \`JSON.parse(${snippet(data.text, 40)})\` instead.`,
        severity: 'critical',
      }
    }
    return undefined
  },
}
