# corpus: path=pluginhub/installer.py
import os
import zipfile


def unpack_plugin(bundle: str, plugins_dir: str) -> str:
    name = os.path.splitext(os.path.basename(bundle))[0]
    dest = os.path.join(plugins_dir, name)
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out_path = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)  # also: path-traversal
            with open(out_path, "wb") as out:  # expect: path-traversal
                out.write(zf.read(info))
    return dest
