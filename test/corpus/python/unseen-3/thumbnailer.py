# corpus: path=media/thumbnails.py
import subprocess

from fastapi import APIRouter, UploadFile

router = APIRouter()


@router.post("/thumbnails")
async def make_thumbnail(file: UploadFile, width: int = 320, label: str = ""):
    data = await file.read()
    with open("/tmp/in.img", "wb") as fh:
        fh.write(data)
    subprocess.run(["convert", "/tmp/in.img", "-resize", str(width), "/tmp/out.png"], check=True)
    subprocess.run(f"convert /tmp/out.png -gravity south -annotate 0 '{label}' /tmp/out.png", shell=True, check=True)  # expect: command-injection
    subprocess.run(f"optipng -o{width} /tmp/out.png", shell=True, check=True)  # expect: blocking-in-async; ok: command-injection
    return {"ok": True}
