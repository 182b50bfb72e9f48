# corpus: path=service/controllers/files.py
import mimetypes
import os
import shutil
import uuid
from pathlib import Path

from litestar import Controller, Request, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotFoundException, ValidationException
from litestar.params import Body
from litestar.response import File, Redirect, Template
from typing import Annotated

UPLOAD_ROOT = Path(os.environ.get("UPLOAD_ROOT", "/data/uploads"))
ALLOWED_TYPES = {"image/png", "image/jpeg", "application/pdf"}


class FileController(Controller):
    path = "/files"

    @post("/")
    async def upload(self, data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict[str, str]:
        if data.content_type not in ALLOWED_TYPES:
            raise ValidationException("unsupported file type")
        ext = mimetypes.guess_extension(data.content_type) or ".bin"
        stored = f"{uuid.uuid4().hex}{ext}"
        content = await data.read()
        (UPLOAD_ROOT / stored).write_bytes(content)  # ok: path-traversal
        return {"id": stored}

    @post("/named")
    async def upload_named(self, data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict[str, str]:
        content = await data.read()
        with open(UPLOAD_ROOT / data.filename, "wb") as fh:  # expect: path-traversal
            fh.write(content)
        return {"id": data.filename}

    @get("/{file_id:str}")
    async def download(self, file_id: str) -> File:
        path = UPLOAD_ROOT / file_id
        if not path.is_file():
            raise NotFoundException()
        return File(path=path, filename=file_id)  # expect: path-traversal

    @get("/v2/{file_id:uuid}")
    async def download_v2(self, file_id: uuid.UUID) -> File:
        matches = list(UPLOAD_ROOT.glob(f"{file_id.hex}.*"))
        if not matches:
            raise NotFoundException()
        return File(path=matches[0], filename=matches[0].name)  # ok: path-traversal

    @post("/archive")
    async def archive(self, request: Request) -> dict[str, str]:
        body = await request.json()
        folder = body.get("folder", "misc")
        archive = shutil.make_archive(f"/tmp/export-{uuid.uuid4().hex}", "zip", UPLOAD_ROOT / folder)  # expect: path-traversal
        return {"archive": os.path.basename(archive)}

    @get("/gallery")
    async def gallery(self) -> Template:
        names = sorted(p.name for p in UPLOAD_ROOT.iterdir() if p.suffix in {".png", ".jpg"})
        return Template(template_name="gallery.html.j2", context={"names": names})

    @get("/continue")
    async def continue_to(self, next: str = "/files/gallery") -> Redirect:
        return Redirect(path=next)  # expect: open-redirect
