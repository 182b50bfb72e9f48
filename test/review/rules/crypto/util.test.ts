import { describe, it } from 'vitest'
import { callSnippet, codeOf, commentStart, identifierWords, isBlockCommentLine, isDevOrTestPath, maskStrings } from '../../../../src/review/source'
import { namesSecret } from '../../../../src/review/rules/crypto/util'

describe('commentStart', () => {
  it('finds trailing comments outside strings', ({ expect }) => {
    expect(commentStart('x = 1  # note', 'python')).toBe(7)
    expect(commentStart('url = "http://x/#frag"', 'python')).toBe(22)
    expect(commentStart("const u = 'http://x' // why", 'typescript')).toBe(21)
    expect(commentStart('echo ${#arr[@]}', 'shell')).toBe(15)
    expect(commentStart("msg: don't panic # really", 'yaml')).toBe(17)
    expect(commentStart('SELECT 1 -- one', 'sql')).toBe(9)
    expect(commentStart('{"a": "#"}', 'json')).toBe(10)
  })
})

describe('maskStrings / codeOf', () => {
  it('blanks string contents and keeps positions', ({ expect }) => {
    expect(maskStrings(`f("verify=False", x) + 'a\\'b'`)).toBe(`f("            ", x) + '    '`)
    expect(codeOf('log("md5(password)")  # md5(x)', 'python')).toBe('log("             ")  ')
  })
})

describe('identifierWords / namesSecret', () => {
  it('splits camelCase, snake_case and acronyms', ({ expect }) => {
    expect(identifierWords('resetToken')).toEqual(['reset', 'token'])
    expect(identifierWords('API_KEY')).toEqual(['api', 'key'])
    expect(identifierWords('parseJSONToken')).toEqual(['parse', 'json', 'token'])
  })

  it('recognises credential names but not facts about them', ({ expect }) => {
    for (const name of ['resetToken', 'session_id', 'apiKey', 'otp', 'make_password', 'csrfToken', 'nonce']) expect(namesSecret(name)).toBe(true)
    for (const name of ['tokenCount', 'passwordLength', 'hotPath', 'sessionTimeout', 'keyboard', 'index', 'token_color', 'sessionShard', 'tokenBucket']) expect(namesSecret(name)).toBe(false)
    for (const name of ['sid', 'session_sid']) expect(namesSecret(name)).toBe(true)
    for (const name of ['claimCode', 'redemption_code', 'giftCode', 'pairing_code']) expect(namesSecret(name)).toBe(true)
    for (const name of ['claimCodeLength', 'giftCodeCount']) expect(namesSecret(name)).toBe(false)
  })
})

describe('isBlockCommentLine', () => {
  it('knows which languages have block comments', ({ expect }) => {
    expect(isBlockCommentLine(' * @param password the password', 'typescript')).toBe(true)
    expect(isBlockCommentLine('    *args,', 'python')).toBe(false)
    expect(isBlockCommentLine('* a bullet', 'markdown')).toBe(false)
    expect(isBlockCommentLine('<!-- hidden -->', 'markdown')).toBe(true)
  })
})

describe('isDevOrTestPath', () => {
  it('matches dev, test and example paths by segment', ({ expect }) => {
    for (const p of ['settings/dev.py', 'Dockerfile.dev', 'docker-compose.local.yml', 'examples/app.py', 'tests/x.py', '.env.example']) expect(isDevOrTestPath(p)).toBe(true)
    for (const p of ['settings.py', 'src/devices.ts', 'config/production.py', 'latest/app.py']) expect(isDevOrTestPath(p)).toBe(false)
  })
})

describe('callSnippet', () => {
  it('quotes the whole call, cut to length', ({ expect }) => {
    expect(callSnippet('c = AES.new(key, AES.MODE_ECB)', 4, 'AES.new(')).toBe('AES.new(key, AES.MODE_ECB)')
    expect(callSnippet('mode = AES.MODE_ECB', 7, 'AES.MODE_ECB')).toBe('AES.MODE_ECB')
    expect(callSnippet(`f(${'x'.repeat(200)})`, 0, 'f(', 20)).toBe(`f(${'x'.repeat(17)}…`)
  })
})
