/**
 * The weaknesses (MITRE CWE ids) each rule reports, most specific first. Code scanning tools,
 * security dashboards and audit reports group and filter findings by CWE, so every security rule
 * names at least one (a test holds the table to the catalogue); bug rules name one where CWE has
 * an entry for exactly that mistake, and style or hygiene rules none.
 */
const SQL = ['CWE-89']
const SHELL = ['CWE-78']
const CODE = ['CWE-94', 'CWE-95']
const DESERIALIZATION = ['CWE-502']
const SECRET = ['CWE-798']
const XSS = ['CWE-79']
const CLEARTEXT = ['CWE-319']
const ERROR_DETAIL = ['CWE-209', 'CWE-497']
const HEADER = ['CWE-113']
const PERMISSIONS = ['CWE-732']
const TEMP_FILE = ['CWE-377']
const LDAP = ['CWE-90']
const LOG = ['CWE-117']
const MASS_ASSIGNMENT = ['CWE-915']
const NOSQL = ['CWE-943']
const REDIRECT = ['CWE-601']
const PATH = ['CWE-22']
const PROMPT = ['CWE-1427']
const REGEX = ['CWE-1333', 'CWE-730']
const SENSITIVE_LOG = ['CWE-532', 'CWE-312']
const SSRF = ['CWE-918']
const TEMPLATE = ['CWE-1336']
const TIMING = ['CWE-208']
const TRUST = ['CWE-501']
const CIPHER_PARAMETERS = ['CWE-1204', 'CWE-329', 'CWE-326', 'CWE-327']
const KEY_DERIVATION = ['CWE-916', 'CWE-760']
const XPATH = ['CWE-643']
const XXE = ['CWE-611']
const FINALLY = ['CWE-584']
const NAN = ['CWE-1077']

export const RULE_CWE: Readonly<Record<string, readonly string[]>> = {
  'crypto/auth-check-removed': ['CWE-862', 'CWE-306', 'CWE-639'],
  'crypto/csrf-disabled': ['CWE-352'],
  'crypto/debug-mode': ['CWE-489', 'CWE-215'],
  'crypto/hardcoded-signing-key': ['CWE-798', 'CWE-321'],
  'crypto/insecure-cookie': ['CWE-614', 'CWE-1004'],
  'crypto/insecure-download': ['CWE-295', 'CWE-494'],
  'crypto/insecure-random': ['CWE-338', 'CWE-330'],
  'crypto/jwt-verify-disabled': ['CWE-347'],
  'crypto/permissive-cors': ['CWE-942'],
  'crypto/tls-verify-disabled': ['CWE-295'],
  'crypto/weak-cipher': ['CWE-327'],
  'crypto/weak-password-hash': ['CWE-916', 'CWE-328'],
  'go/shell-injection': SHELL,
  'go/sql-injection': SQL,
  'hygiene/debugger-statement': ['CWE-489'],
  'injection/unsafe-deserialization': DESERIALIZATION,
  'java/sql-injection': SQL,
  'js/cleartext-http': CLEARTEXT,
  'js/code-eval': CODE,
  'js/debug-mode': ['CWE-489', 'CWE-209'],
  'js/error-exposure': ERROR_DETAIL,
  'js/finally-control-flow': FINALLY,
  'js/header-injection': HEADER,
  'js/header-injection-value': HEADER,
  'js/insecure-file-permissions': PERMISSIONS,
  'js/insecure-temp-file': TEMP_FILE,
  'js/ldap-injection': LDAP,
  'js/log-injection': LOG,
  'js/log-injection-argument': LOG,
  'js/mass-assignment': MASS_ASSIGNMENT,
  'js/nan-comparison': NAN,
  'js/nosql-injection': NOSQL,
  'js/open-redirect': REDIRECT,
  'js/path-traversal': PATH,
  'js/prompt-injection': PROMPT,
  'js/prototype-pollution': ['CWE-1321'],
  'js/regex-injection': REGEX,
  'js/sensitive-logging': SENSITIVE_LOG,
  'js/shell-injection': SHELL,
  'js/sql-injection': SQL,
  'js/ssrf': SSRF,
  'js/template-injection': TEMPLATE,
  'js/timing-unsafe-comparison': TIMING,
  'js/trust-boundary': TRUST,
  'js/unsafe-deserialization': DESERIALIZATION,
  'js/weak-cipher-parameters': CIPHER_PARAMETERS,
  'js/weak-key-derivation': KEY_DERIVATION,
  'js/xpath-injection': XPATH,
  'js/xss-sink': XSS,
  'js/xxe': XXE,
  'php/sql-injection': SQL,
  'python/bare-except': ['CWE-396'],
  'python/base-exception-swallowed': ['CWE-390', 'CWE-396'],
  'python/cleartext-http': CLEARTEXT,
  'python/code-eval': CODE,
  'python/error-exposure': ERROR_DETAIL,
  'python/finally-control-flow': FINALLY,
  'python/header-injection': HEADER,
  'python/header-injection-value': HEADER,
  'python/insecure-file-permissions': PERMISSIONS,
  'python/insecure-temp-file': TEMP_FILE,
  'python/is-literal': ['CWE-597'],
  'python/jinja2-autoescape-off': XSS,
  'python/ldap-injection': LDAP,
  'python/log-injection': LOG,
  'python/log-injection-argument': LOG,
  'python/mass-assignment': MASS_ASSIGNMENT,
  'python/nan-comparison': NAN,
  'python/nosql-injection': NOSQL,
  'python/open-redirect': REDIRECT,
  'python/path-traversal': PATH,
  'python/prompt-injection': PROMPT,
  'python/regex-injection': REGEX,
  'python/sensitive-logging': SENSITIVE_LOG,
  'python/serializer-all-fields': MASS_ASSIGNMENT,
  'python/shell-injection': SHELL,
  'python/sql-injection': SQL,
  'python/ssrf': SSRF,
  'python/swallowed-exception': ['CWE-390'],
  'python/template-injection': TEMPLATE,
  'python/timing-unsafe-comparison': TIMING,
  'python/trust-boundary': TRUST,
  'python/unsafe-deserialization': DESERIALIZATION,
  'python/unsafe-markup': XSS,
  'python/weak-cipher-parameters': CIPHER_PARAMETERS,
  'python/weak-key-derivation': KEY_DERIVATION,
  'python/xpath-injection': XPATH,
  'python/xss': XSS,
  'python/xxe': ['CWE-611', 'CWE-776'],
  'ruby/shell-injection': SHELL,
  'secrets/aws-access-key': SECRET,
  'secrets/azure-storage-key': SECRET,
  'secrets/connection-string-password': SECRET,
  'secrets/env-file': ['CWE-798', 'CWE-538'],
  'secrets/google-credentials': SECRET,
  'secrets/hardcoded-secret': SECRET,
  'secrets/jwt': SECRET,
  'secrets/package-registry-token': SECRET,
  'secrets/private-key': ['CWE-798', 'CWE-321'],
  'secrets/saas-api-key': SECRET,
  'secrets/slack-token': SECRET,
  'secrets/stripe-key': SECRET,
  'secrets/telegram-bot-token': SECRET,
  'secrets/vcs-token': SECRET,
  'secrets/webhook-url': SECRET,
  'security/prompt-injection': PROMPT,
  'security/redos': ['CWE-1333'],
}

const NONE: readonly string[] = []

/** The CWE ids of a rule, most specific first; none for rules CWE has no entry for. */
export function cweOf(ruleId: string): readonly string[] {
  return RULE_CWE[ruleId] ?? NONE
}

/** MITRE's page for a weakness (`CWE-89`). */
export function cweUrl(id: string): string {
  return `https://cwe.mitre.org/data/definitions/${id.replace(/^CWE-/i, '')}.html`
}
