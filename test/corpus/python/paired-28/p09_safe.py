# corpus: path=app/uploads/storage.py
import os


def prepare_tenant_dir(root, tenant_id):
    path = os.path.join(root, str(tenant_id))
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o750)  # ok: insecure-permissions
    return path
