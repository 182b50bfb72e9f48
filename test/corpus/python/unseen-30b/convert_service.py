# corpus: path=converter/app.py
"""Document conversion service: customers upload Office files and get PDFs back. Both the file
name and the options come from the customer's browser. Endpoints are plain functions: FastAPI runs
them in its thread pool, as the converters block for seconds."""
import logging
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from fastapi import FastAPI, Form, HTTPException, UploadFile
from fastapi.responses import FileResponse

log = logging.getLogger("converter")
app = FastAPI()

SPOOL = Path(os.environ.get("SPOOL_DIR", "/var/spool/converter"))
ALLOWED_SUFFIXES = {".docx", ".doc", ".odt", ".xlsx", ".pptx", ".rtf"}
PDF_SETTINGS = {"screen", "ebook", "printer", "prepress"}


@app.post("/convert")
def convert(upload: UploadFile):
    job = SPOOL / uuid.uuid4().hex
    job.mkdir(parents=True)
    source = job / upload.filename
    with open(source, "wb") as fh:  # expect: path-traversal
        shutil.copyfileobj(upload.file, fh)
    subprocess.run(f"soffice --headless --convert-to pdf --outdir {job} {source}", shell=True, check=True, timeout=120)  # expect: command-injection
    return FileResponse(job / (source.stem + ".pdf"), media_type="application/pdf")


@app.post("/v2/convert")
def convert_v2(upload: UploadFile):
    suffix = Path(upload.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    job = SPOOL / uuid.uuid4().hex
    job.mkdir(parents=True)
    source = job / f"input{suffix}"
    with open(source, "wb") as fh:  # ok: path-traversal
        shutil.copyfileobj(upload.file, fh)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(job), str(source)], check=True, timeout=120)  # ok: command-injection
    return FileResponse(job / "input.pdf", media_type="application/pdf", filename=f"{Path(upload.filename).stem}.pdf")


@app.post("/compress")
def compress(upload: UploadFile, quality: str = Form("ebook")):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.pdf")
        out = os.path.join(tmp, "out.pdf")
        with open(src, "wb") as fh:
            shutil.copyfileobj(upload.file, fh)
        os.system(f"gs -sDEVICE=pdfwrite -dPDFSETTINGS=/{quality} -dNOPAUSE -dBATCH -sOutputFile={out} {src}")  # expect: command-injection
        return {"size": os.path.getsize(out)}


@app.post("/v2/compress")
def compress_v2(upload: UploadFile, quality: str = Form("ebook")):
    if quality not in PDF_SETTINGS:
        raise HTTPException(status_code=422, detail="quality must be one of " + ", ".join(sorted(PDF_SETTINGS)))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.pdf")
        out = os.path.join(tmp, "out.pdf")
        with open(src, "wb") as fh:
            shutil.copyfileobj(upload.file, fh)
        subprocess.run(["gs", "-sDEVICE=pdfwrite", f"-dPDFSETTINGS=/{quality}", "-dNOPAUSE", "-dBATCH", "-dSAFER", f"-sOutputFile={out}", src], check=True)  # ok: command-injection
        return {"size": os.path.getsize(out)}


@app.get("/jobs/{job_id}/{name}")
def fetch_result(job_id: str, name: str):
    return FileResponse(SPOOL / job_id / name)  # expect: path-traversal


@app.get("/v2/jobs/{job_id}/result.pdf")
def fetch_result_v2(job_id: uuid.UUID):
    return FileResponse(SPOOL / job_id.hex / "input.pdf", media_type="application/pdf")  # ok: path-traversal
