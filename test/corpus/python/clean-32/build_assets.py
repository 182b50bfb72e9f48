# corpus: path=scripts/build_assets.py
#!/usr/bin/env python3
"""Build the front-end bundle and write a manifest of fingerprinted assets.

Run from the repository root:  python scripts/build_assets.py [--watch]
"""
import argparse
import gzip
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "frontend"
OUT = ROOT / "shelf" / "static" / "dist"
MANIFEST = OUT / "manifest.json"
ENTRY_POINTS = ["app.ts", "admin.ts", "reader.ts"]
COMPRESSIBLE = {".js", ".css", ".svg", ".map", ".json"}

log = logging.getLogger("build_assets")


def fingerprint(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)  # ok: weak-hash
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            digest.update(block)
    return digest.hexdigest()[:10]


def run(cmd: list[str], **kwargs) -> None:
    log.info("$ %s", " ".join(cmd))
    subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)  # ok: command-injection


def bundle(watch: bool) -> None:
    cmd = [
        "npx",
        "esbuild",
        *[str(SRC / entry) for entry in ENTRY_POINTS],
        "--bundle",
        "--minify",
        "--sourcemap",
        "--target=es2020",
        f"--outdir={OUT / 'raw'}",
    ]
    if watch:
        cmd.append("--watch")
    env = {**os.environ, "NODE_ENV": "production"}
    run(cmd, env=env)


def write_manifest() -> dict[str, str]:
    manifest: dict[str, str] = {}
    raw_dir = OUT / "raw"
    for path in sorted(raw_dir.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(raw_dir)
        hashed_name = f"{rel.stem}.{fingerprint(path)}{rel.suffix}"
        target = OUT / rel.parent / hashed_name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        manifest[str(rel)] = str(target.relative_to(OUT))
        if target.suffix in COMPRESSIBLE:
            with path.open("rb") as src, gzip.open(f"{target}.gz", "wb", compresslevel=9) as dst:
                shutil.copyfileobj(src, dst)
    MANIFEST.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


def integrity(path: Path) -> str:
    import base64

    digest = hashlib.sha384(path.read_bytes()).digest()
    return "sha384-" + base64.b64encode(digest).decode()


def clean() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--watch", action="store_true")
    parser.add_argument("--no-clean", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")

    if shutil.which("npx") is None:
        log.error("npx not found; install Node.js 20+")
        return 1
    started = time.monotonic()
    if not args.no_clean:
        clean()
    try:
        bundle(args.watch)
    except subprocess.CalledProcessError as exc:
        log.error("esbuild failed with exit code %s", exc.returncode)
        return exc.returncode
    manifest = write_manifest()
    for name, hashed in manifest.items():
        if name.endswith(".js"):
            log.debug("%s -> %s (%s)", name, hashed, integrity(OUT / hashed))
    log.info("built %d assets in %.1fs", len(manifest), time.monotonic() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
