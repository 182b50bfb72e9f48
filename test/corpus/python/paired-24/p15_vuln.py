# corpus: path=app/vault/crypto.py
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_note(key, plaintext):
    cipher = AES.new(key, AES.MODE_ECB)  # expect: weak-cipher
    return cipher.encrypt(pad(plaintext.encode(), AES.block_size))
