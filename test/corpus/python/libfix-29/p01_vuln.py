# corpus: path=backupkit/restore.py
import tarfile
from pathlib import Path


def restore_snapshot(archive_path: str, target_dir: str) -> list[str]:
    """Unpack a snapshot archive into target_dir and return the restored names."""
    target = Path(target_dir)
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:*") as tar:
        names = tar.getnames()
        tar.extractall(target)  # expect: path-traversal
    return names
