/**
 * Rule examples are published (docs/rules.md, rule pages, SARIF help uploaded to code
 * scanning). The secrets pack's "bad" examples hold key-shaped strings that secret scanners
 * and push protection would flag wherever they land, so published copies show only the start
 * of each long token. The rules' own tests use the full examples.
 */
const LONG_TOKEN = /[A-Za-z0-9_+/=-]{20,}/g
const PEM_BODY = /(-----BEGIN [A-Z ]*PRIVATE KEY-----)[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----)/g

export function redactSecretExample(text: string): string {
  return text
    .replace(PEM_BODY, '$1\n…\n$2')
    .replace(LONG_TOKEN, (token) => `${token.slice(0, 8)}…`)
}
