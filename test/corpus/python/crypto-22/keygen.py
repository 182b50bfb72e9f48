# corpus: path=scripts/keygen.py
"""Generates the signing keys for the license server."""
import argparse
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa


def write(key, out: Path) -> None:
    out.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--legacy", action="store_true")
    args = parser.parse_args()
    if args.legacy:
        key = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # expect: weak-cipher
    else:
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)  # ok: weak-cipher
    write(key, args.out / "license.pem")
    write(ec.generate_private_key(ec.SECP256R1()), args.out / "device.pem")


if __name__ == "__main__":
    main()
