import { redosRule } from '../../../../src/review/rules/injection/redos'
import { testRule } from '../../rule-tester'

const js = (code: string) => ({ code, path: 'src/validators.js' })
const ts = (code: string) => ({ code, path: 'src/validators.ts' })
const py = (code: string) => ({ code, path: 'app/validators.py' })

testRule(redosRule, {
  valid: [
    // Each repetition needs a character the repeated part cannot match: one way to split any input.
    js("const LIST = /^\\w+(\\s*,\\s*\\w+)*$/"),
    js("const HOST = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}$/i"),
    js("const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/"),
    js("const QUOTED = /\"(?:[^\"\\\\]|\\\\.)*\"/"),
    js("const ROW = /^\\|(\\s*[^|]+\\s*\\|)+$/"),
    // Bounded repeats, and a continuation that the run itself always satisfies.
    js("const IPV4 = /^(\\d{1,3}\\.){3}\\d{1,3}$/"),
    js("const HEADING = /^(#+\\s*)+\\S/"),
    // Polynomial at worst, not exponential.
    js("const TRAILING = /\\s+$/"),
    js("const strip = (s) => s.replace(/\\/\\*[\\s\\S]*?\\*\\//g, '')"),
    // Division, strings and comments that look like patterns.
    js("const ratio = (a + b) / (c + d) / 2"),
    js("const hint = 'use /^([a-z]+\\\\s?)+$/ with care'"),
    js("// const OLD = /^([a-zA-Z]+\\s?)+$/"),
    ts("const SEMVER = /^v?(\\d+)\\.(\\d+)\\.(\\d+)(?:-([\\w.-]+))?$/"),
    py('TAGS = re.compile(r"^\\w+(,\\s*\\w+)*$")'),
    py('PHONE = re.compile(r"^\\+?(\\d[\\s-]?)+\\d$")'),
    py('WORDS = re.compile(r"\\b(\\w+)\\b(?:\\s+\\1\\b)+", re.I)'),
    py('# EMAIL = re.compile(r"^([a-z]+\\s?)+$")'),
    // Alternatives that no shorter ones can spell, or nothing after the repeat that can fail.
    js("const PAIRS = /^(ab|cd)+$/"),
    js("const CODE = /^(?:[A-Z]{2}|[0-9])+$/"),
    js("const lines = text.split(/(\\r\\n|\\r|\\n)+/)"),
    py('PREFIX = re.compile(r"^(abc|ab)+$")'),
  ],
  invalid: [
    { ...js("const EMAIL = /^([a-zA-Z0-9_\\.\\-])+\\@(([a-zA-Z0-9\\-])+\\.)+([a-zA-Z0-9]{2,4})+$/"), findings: [{ line: 1, message: /`\(\[a-zA-Z0-9\]\{2,4\}\)\+`/ }] },
    { ...js("const FULL_NAME = /^([a-zA-Z]+\\s?)+$/"), findings: [{ line: 1 }] },
    // Alternatives that overlap: the longer one is also spelled by the shorter ones, so each stretch splits two ways.
    { ...js("const REPEATED = /^(a|aa)+$/"), findings: [{ line: 1, message: /`\(a\|aa\)\+`/ }] },
    { ...js("const BLOCKS = /^(\\d|\\d{3})+$/"), findings: [{ line: 1 }] },
    { ...js("const PARAGRAPHS = /^(\\r\\n|\\r|\\n)+$/"), findings: [{ line: 1 }] },
    { ...py('TOKENS = re.compile(r"^(foo|bar|foobar)+;")'), findings: [{ line: 1 }] },
    { ...js("return source.replace(/\\/\\*(.|\\s)*?\\*\\//g, '')"), findings: [{ line: 1 }] },
    { ...js("const m = line.match(/(\\w+\\s*)+=/)"), findings: [{ line: 1 }] },
    { ...ts("const PATHLIKE = new RegExp('^(\\\\/?[\\\\w.-]+)+\\\\/?$')"), findings: [{ line: 1 }] },
    { ...js("if (/^(([a-z])+.)+[A-Z]([a-z])+$/.test(s)) ok()"), findings: [{ line: 1 }] },
    { ...py('SENTENCE = re.compile(r"^(\\w+\\s?)+[.!?]$")'), findings: [{ line: 1 }] },
    { ...py('URL = re.compile(r"^(https?:\\/\\/)?([\\da-z\\.-]+)\\.([a-z\\.]{2,6})([\\/\\w \\.-]*)*\\/?$")'), findings: [{ line: 1 }] },
    { ...py('ok = re.match("^([a-z]+-?)*[a-z]$", value)'), findings: [{ line: 1 }] },
  ],
})
