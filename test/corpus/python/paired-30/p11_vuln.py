# corpus: path=app/media/thumbnails.py
import subprocess
import tempfile


def make_thumbnail(image_bytes: bytes) -> bytes:
    source = tempfile.mktemp(suffix=".png")  # expect: insecure-temp-file
    with open(source, "wb") as fh:
        fh.write(image_bytes)
    result = subprocess.run(["convert", source, "-thumbnail", "128x128", "png:-"], capture_output=True, check=True)
    return result.stdout
