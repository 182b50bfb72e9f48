import subprocess

from fastapi import APIRouter, UploadFile

router = APIRouter()


@router.post("/thumbnails")
async def make_thumbnail(file: UploadFile, width: int = 320, label: str = ""):
    data = await file.read()
    with open("/tmp/in.img", "wb") as fh:
        fh.write(data)
    subprocess.run(["convert", "/tmp/in.img", "-resize", str(width), "/tmp/out.png"], check=True)
    return {"ok": True}
