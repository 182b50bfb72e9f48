# corpus: path=app/crypto/tokens.py
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY = b"7f3a9c1e5b2d8f4a"  # expect: hardcoded-secret


def encrypt_token(data):
    nonce = get_random_bytes(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ciphertext
