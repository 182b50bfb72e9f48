# corpus: path=media_service/controllers.py
import tarfile
import zipfile
from pathlib import Path
from typing import Annotated

from litestar import Controller, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotFoundException, ValidationException
from litestar.params import Body
from litestar.response import File

STORE = Path("/srv/media/store")
BUNDLES = Path("/srv/media/bundles")


class MediaController(Controller):
    path = "/media"

    @post("/upload")
    async def upload(self, data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict:
        content = await data.read()
        target = STORE / data.filename
        target.write_bytes(content)  # expect: path-traversal
        return {"stored": data.filename, "size": len(content)}

    @post("/upload/v2")
    async def upload_v2(self, data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict:
        content = await data.read()
        name = Path(data.filename).name
        if not name or name.startswith("."):
            raise ValidationException("bad file name")
        (STORE / name).write_bytes(content)  # ok: path-traversal
        return {"stored": name, "size": len(content)}

    @get("/files/{name:str}")
    async def fetch(self, name: str) -> File:
        path = STORE / name
        if not path.exists():
            raise NotFoundException()
        return File(path=path)  # expect: path-traversal

    @post("/bundles")
    async def import_bundle(self, data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict:
        archive = BUNDLES / "incoming.tar"
        archive.write_bytes(await data.read())
        with tarfile.open(archive) as tar:
            tar.extractall(BUNDLES / "unpacked")  # expect: path-traversal
        return {"ok": True}

    @post("/bundles/v2")
    async def import_bundle_v2(self, data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict:
        archive = BUNDLES / "incoming.tar"
        archive.write_bytes(await data.read())
        with tarfile.open(archive) as tar:
            tar.extractall(BUNDLES / "unpacked", filter="data")  # ok: path-traversal
        return {"ok": True}

    @post("/zips")
    async def import_zip(self, data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict:
        archive = BUNDLES / "incoming.zip"
        archive.write_bytes(await data.read())
        root = (BUNDLES / "zips").resolve()
        with zipfile.ZipFile(archive) as zf:
            for member in zf.namelist():
                dest = (root / member).resolve()
                if not dest.is_relative_to(root):
                    raise ValidationException("unsafe path in archive")
            zf.extractall(root)
        return {"files": len(zf.namelist())}
