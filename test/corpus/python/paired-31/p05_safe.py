# corpus: path=app/storage/spool.py
import os
import tempfile


class ReportSpool:
    def __init__(self, root):
        self.root = root
        os.makedirs(self.root, exist_ok=True)

    def write(self, name, payload: bytes):
        fd, tmp = tempfile.mkstemp(dir=self.root)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        final = os.path.join(self.root, name)
        os.replace(tmp, final)
        os.chmod(final, 0o640)  # ok: insecure-permissions
        return final
