# corpus: path=helpdesk/attachments/store.py
import hashlib
import mimetypes
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import get_valid_filename

MAX_BYTES = 20 * 1024 * 1024
ALLOWED_TYPES = {"image/png", "image/jpeg", "application/pdf", "text/plain"}
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    key: str
    original_name: str
    content_type: str
    size: int
    sha256: str


class AttachmentStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root or settings.ATTACHMENT_ROOT)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path_for(self, key: str) -> Path:
        return self.root / key[:2] / key

    def save(self, stream: BinaryIO, original_name: str) -> StoredFile:
        name = get_valid_filename(Path(original_name).name) or "attachment"
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if content_type not in ALLOWED_TYPES:
            raise ValidationError(f"{content_type} files are not accepted")
        key = uuid.uuid4().hex
        target = self._path_for(key)
        target.parent.mkdir(exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        with target.open("wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > MAX_BYTES:
                    out.close()
                    target.unlink(missing_ok=True)
                    raise ValidationError("attachment is larger than 20 MB")
                digest.update(chunk)
                out.write(chunk)
        return StoredFile(key=key, original_name=name, content_type=content_type, size=size, sha256=digest.hexdigest())

    def open(self, key: str) -> BinaryIO:
        if len(key) != 32 or not all(c in "0123456789abcdef" for c in key):
            raise FileNotFoundError(key)
        return self._path_for(key).open("rb")

    def delete(self, key: str) -> None:
        self._path_for(key).unlink(missing_ok=True)

    def purge_all(self) -> None:
        shutil.rmtree(self.root)
        self.root.mkdir(parents=True)
