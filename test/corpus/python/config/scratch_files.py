# corpus: path=reports/scratch.py
import os
import subprocess
import tempfile
from pathlib import Path


def render_chart(spec: str) -> bytes:
    path = tempfile.mktemp(suffix=".svg")  # expect: insecure-temp-file
    subprocess.run(["vega-cli", "--spec", "-", "--out", path], input=spec.encode(), check=True)
    with open(path, "rb") as fh:
        data = fh.read()
    os.unlink(path)
    return data


def render_chart_v2(spec: str) -> bytes:
    with tempfile.NamedTemporaryFile(suffix=".svg") as out:  # ok: insecure-temp-file
        subprocess.run(["vega-cli", "--spec", "-", "--out", out.name], input=spec.encode(), check=True)
        return Path(out.name).read_bytes()


def scratch_dir() -> str:
    return tempfile.mkdtemp(prefix="report-")  # ok: insecure-temp-file


def export_path(report_id: int) -> str:
    name = tempfile.mktemp(prefix=f"report-{report_id}-", dir="/tmp")  # expect: insecure-temp-file
    return name + ".pdf"


def lock_file() -> str:
    fd, path = tempfile.mkstemp(prefix="sync-", suffix=".lock")  # ok: insecure-temp-file
    os.close(fd)
    return path
