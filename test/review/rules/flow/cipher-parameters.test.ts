import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/weak-cipher-parameters'), {
  valid: [
    'import os\nfrom Crypto.Cipher import AES\ndef seal(key, data):\n    iv = os.urandom(16)\n    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data)\n',
    // a nonce from a generator call is not fixed, whatever its argument
    'from Crypto.Cipher import AES\nfrom Crypto.Random import get_random_bytes\ndef seal(key, data):\n    nonce = get_random_bytes(12)\n    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)\n    return cipher.encrypt_and_digest(data)\n',
    // decrypting with the IV the data was sealed with
    'from Crypto.Cipher import AES\nIV = b"0123456789abcdef"\ndef open_legacy(key, blob):\n    return AES.new(key, AES.MODE_CBC, IV).decrypt(blob)\n',
    'from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n',
    // each function's own binding decides: this one's IV is fresh, whatever another function writes
    'import os\nfrom Crypto.Cipher import AES\ndef legacy_open(key, blob):\n    iv = b"\\x00" * 16\n    return AES.new(key, AES.MODE_CBC, iv).decrypt(blob)\ndef seal(key, data):\n    iv = os.urandom(16)\n    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data)\n',
  ],
  invalid: [
    { code: 'from Crypto.Cipher import AES\nIV = b"0123456789abcdef"\ndef seal(key, data):\n    return AES.new(key, AES.MODE_CBC, IV).encrypt(data)\n', findings: [{ line: 4 }] },
    { code: 'from Crypto.Cipher import AES\ndef seal(key, data):\n    nonce = b"\\x00" * 12\n    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)\n    return cipher.encrypt_and_digest(data)\n', findings: [{ line: 4 }] },
    { code: 'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ndef seal(key, data):\n    enc = Cipher(algorithms.AES(key), modes.CBC(b"1234567890123456")).encryptor()\n    return enc.update(data) + enc.finalize()\n', findings: [{ line: 3 }] },
    { code: 'from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n', findings: [{ line: 2 }] },
    // a fixed IV in one function, a fresh one under the same name in the next
    { code: 'import os\nfrom Crypto.Cipher import AES\ndef seal_v1(key, data):\n    iv = b"\\x00" * 16\n    return AES.new(key, AES.MODE_CBC, iv).encrypt(data)\ndef seal_v2(key, data):\n    iv = os.urandom(16)\n    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data)\n', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/weak-key-derivation'), {
  valid: [
    'import hashlib\nITERATIONS = 600_000\ndef h(pw, salt):\n    return hashlib.pbkdf2_hmac("sha256", pw, salt, ITERATIONS)\n',
    // a stored hash's own count, read back to verify it
    'import hashlib\ndef check(pw, salt, iterations):\n    return hashlib.pbkdf2_hmac("sha256", pw, salt, int(iterations))\n',
    // a random salt per password, in this function, whatever another writes
    'import hashlib, os\ndef h(pw):\n    salt = os.urandom(16)\n    return salt + hashlib.pbkdf2_hmac("sha256", pw, salt, 600_000)\ndef demo():\n    salt = b"demo"\n    return salt\n',
    'import os\nfrom cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\ndef kdf():\n    return PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=os.urandom(16), iterations=600_000)\n',
  ],
  invalid: [
    { code: 'import hashlib\ndef h(pw):\n    return hashlib.pbkdf2_hmac("sha256", pw.encode(), b"static-salt", 600_000)\n', findings: [{ line: 3, message: /salt written in the code/ }] },
    { code: 'import hashlib\nSALT = b"app-wide-salt"\ndef h(pw):\n    return hashlib.scrypt(pw.encode(), salt=SALT, n=2**14, r=8, p=1)\n', findings: [{ line: 4 }] },
    { code: 'from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\ndef kdf():\n    return PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=b"0123456789abcdef", iterations=600_000)\n', findings: [{ line: 4 }] },
    { code: 'import hashlib\nLEGACY = 1_000\ndef h(pw, salt):\n    return hashlib.pbkdf2_hmac("sha256", pw, salt, LEGACY)\n', findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/weak-cipher-parameters'), {
  valid: [
    "const crypto = require('crypto')\nconst iv = crypto.randomBytes(12)\nconst c = crypto.createCipheriv('aes-256-gcm', key, iv)",
    "const crypto = require('crypto')\nconst ZERO_IV = Buffer.alloc(16, 0)\nconst d = crypto.createDecipheriv('aes-256-cbc', key, ZERO_IV)",
    // ECB takes no IV; it is reported as a weak mode on its own
    "const crypto = require('crypto')\nconst c = crypto.createCipheriv('aes-256-ecb', key, null)",
    "const { generateKeyPairSync } = require('crypto')\nconst pair = generateKeyPairSync('rsa', { modulusLength: 4096 })",
  ],
  invalid: [
    { code: "const crypto = require('crypto')\nconst ZERO_IV = Buffer.alloc(16, 0)\nconst c = crypto.createCipheriv('aes-256-cbc', key, ZERO_IV)", findings: [{ line: 3 }] },
    { code: "const { generateKeyPairSync } = require('crypto')\nconst pair = generateKeyPairSync('rsa', { modulusLength: 1024 })", findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/weak-key-derivation'), {
  valid: ["const crypto = require('crypto')\nconst k = crypto.pbkdf2Sync(password, salt, 210000, 32, 'sha512')"],
  invalid: [{ code: "const crypto = require('crypto')\nconst k = crypto.pbkdf2Sync(password, salt, 10000, 32, 'sha512')", findings: [{ line: 2 }] }],
})
