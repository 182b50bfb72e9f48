# corpus: path=app/vault/crypto.py
from Crypto.Cipher import AES


def encrypt_note(key, plaintext):
    cipher = AES.new(key, AES.MODE_GCM)  # ok: weak-cipher
    ciphertext, tag = cipher.encrypt_and_digest(plaintext.encode())
    return cipher.nonce + tag + ciphertext
