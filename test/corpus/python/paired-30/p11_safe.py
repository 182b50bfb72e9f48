# corpus: path=app/media/thumbnails.py
import subprocess
import tempfile


def make_thumbnail(image_bytes: bytes) -> bytes:
    with tempfile.NamedTemporaryFile(suffix=".png") as source:  # ok: insecure-temp-file
        source.write(image_bytes)
        source.flush()
        result = subprocess.run(["convert", source.name, "-thumbnail", "128x128", "png:-"], capture_output=True, check=True)
    return result.stdout
