import { weakCipher } from '../../../../src/review/rules/crypto/weak-cipher'
import { testRule } from '../../rule-tester'

testRule(weakCipher, {
  valid: [
    // TLS 1.2 and later, the negotiating defaults, and a comparison with a retired version.
    { code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.minimum_version = ssl.TLSVersion.TLSv1_2', path: 'app/net.py' },
    { code: 'sock = ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_TLSv1_2)', path: 'app/net.py' },
    { code: 'if ctx.protocol == ssl.PROTOCOL_TLSv1:\n    log.warning("legacy peer")', path: 'app/net.py' },
    { code: "const agent = new https.Agent({ minVersion: 'TLSv1.2' })", path: 'src/net.js' },
    { code: "const agent = new https.Agent({ secureProtocol: 'TLS_method' })", path: 'src/net.js' },
    'cipher = AES.new(key, AES.MODE_GCM)\nencryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()\n',
    '# AES.MODE_ECB leaks patterns, so we use GCM\nlog.info("DES.new is banned")\n',
    { code: "const cipher = crypto.createCipheriv('aes-256-gcm', key, iv)\nconst d = createDecipheriv('chacha20-poly1305', key, nonce)\n", path: 'src/crypto.ts' },
    { code: 'Cipher c = Cipher.getInstance("AES/GCM/NoPadding");\nCipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");\n', path: 'src/Crypto.java' },
    { code: 'block, err := aes.NewCipher(key)\ngcm, err := cipher.NewGCM(block)\n', path: 'crypt/seal.go' },
    { code: "const mode = 'aes-128-ecb' // documented as unsupported\n", path: 'src/config.ts' },
    { code: 'cipher = DES.new(key, DES.MODE_ECB)\n', path: 'tests/test_legacy.py' },
  ],
  invalid: [
    { code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)', path: 'app/net.py', findings: [{ line: 1, message: /retired SSL\/TLS version/ }] },
    { code: 'ctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1', path: 'app/net.py', findings: [{ line: 2 }] },
    { code: 'ctx = SSL.Context(SSL.SSLv3_METHOD)', path: 'app/net.py', findings: [{ line: 1 }] },
    { code: "const agent = new https.Agent({ secureProtocol: 'TLSv1_method' })", path: 'src/net.js', findings: [{ line: 1 }] },
    { code: "const socket = tls.connect({ host, port, minVersion: 'TLSv1' })", path: 'src/net.ts', findings: [{ line: 1 }] },
    { code: 'cipher = AES.new(key, AES.MODE_ECB)\n', findings: [{ line: 1, severity: 'major', message: '`AES.MODE_ECB` uses ECB mode, which encrypts identical blocks identically and leaks patterns.', suggestion: /GCM/ }] },
    { code: 'c = DES3.new(key, DES3.MODE_CBC, iv)\n', findings: [{ line: 1, message: /DES\/3DES/ }] },
    { code: 'enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()\n', findings: [{ line: 1, message: /`algorithms\.TripleDES\(key\)`/ }] },
    { code: "const cipher = crypto.createCipheriv('aes-128-ecb', key, null)\n", path: 'src/crypto.ts', findings: [{ line: 1, message: /`createCipheriv\('aes-128-ecb', key, null\)` uses ECB mode/, suggestion: /aes-256-gcm/ }] },
    { code: "const cipher = crypto.createCipher('aes192', password)\n", path: 'src/legacy.js', findings: [{ line: 1, message: /MD5-derived key with no IV/ }] },
    { code: 'Cipher c = Cipher.getInstance("AES");\n', path: 'src/Vault.java', findings: [{ line: 1, message: /ECB mode/, suggestion: /AES\/GCM\/NoPadding/ }] },
    { code: 'val c = Cipher.getInstance("DESede/CBC/PKCS5Padding")\n', path: 'src/Vault.kt', findings: [{ line: 1, message: /DES\/3DES/ }] },
    { code: 'c, _ := rc4.NewCipher(key)\n', path: 'crypt/stream.go', findings: [{ line: 1, message: /RC4/ }] },
  ],
})
