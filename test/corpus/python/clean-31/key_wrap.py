# corpus: path=app/crypto/key_wrap.py
"""Content-key wrapping for the document vault, and signatures on exported bundles.

Partner systems still speak RSA-OAEP as RFC 7518 defines it (SHA-1 for the padding and its
mask), so the legacy algorithm stays available for unwrapping their keys.
"""
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class WrapAlgorithm:
    name: str
    description: str
    pad: padding.AsymmetricPadding


WRAP_ALGORITHMS = {
    "RSA-OAEP": WrapAlgorithm(  # ok: weak-hash
        "RSA-OAEP",
        "RSAES OAEP using default parameters",
        padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None),
    ),
    "RSA-OAEP-256": WrapAlgorithm(
        "RSA-OAEP-256",
        "RSAES OAEP using SHA-256 and MGF1 with SHA-256",
        padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    ),
}


def wrap_key(public_key: rsa.RSAPublicKey, content_key: bytes, alg: str = "RSA-OAEP-256") -> bytes:
    return public_key.encrypt(content_key, WRAP_ALGORITHMS[alg].pad)


def unwrap_legacy(private_key: rsa.RSAPrivateKey, wrapped: bytes) -> bytes:
    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None)  # ok: weak-hash
    return private_key.decrypt(wrapped, oaep)


def sign_bundle(private_key: rsa.RSAPrivateKey, manifest: bytes) -> bytes:
    return private_key.sign(
        manifest,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA1(),  # expect: weak-hash
    )
