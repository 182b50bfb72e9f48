# corpus: path=app/ingest/spool.py
import os
from pathlib import Path


class UploadSpool:
    def __init__(self, root="/var/spool/ingest"):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o750)  # ok: insecure-permissions

    def store(self, upload_id, data: bytes) -> Path:
        target = self.root / f"{upload_id}.part"
        target.write_bytes(data)
        return target
