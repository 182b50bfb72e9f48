# corpus: path=pluginhub/installer.py
import os
import zipfile


def unpack_plugin(bundle: str, plugins_dir: str) -> str:
    name = os.path.splitext(os.path.basename(bundle))[0]
    dest = os.path.realpath(os.path.join(plugins_dir, name))
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out_path = os.path.realpath(os.path.join(dest, info.filename))
            if os.path.commonpath([dest, out_path]) != dest:
                raise ValueError(f"unsafe path in plugin bundle: {info.filename!r}")
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with open(out_path, "wb") as out:  # ok: path-traversal
                out.write(zf.read(info))
    return dest
