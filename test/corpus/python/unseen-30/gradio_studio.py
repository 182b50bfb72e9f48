# corpus: path=studio/app.py
import ast
import json
import logging
import os
import pickle
import shutil
import subprocess
import tempfile
from pathlib import Path

import gradio as gr
import pandas as pd
import requests

log = logging.getLogger("studio")

EXPORT_DIR = Path(os.environ.get("STUDIO_EXPORTS", "/srv/studio/exports"))
PRESETS_DIR = Path(__file__).parent / "presets"
AUDIO_FORMATS = {"mp3": "libmp3lame", "ogg": "libvorbis", "wav": "pcm_s16le"}
HF_API = "https://huggingface.co/api/models"


def convert_audio(upload, target_format):
    src = upload.name if hasattr(upload, "name") else upload
    out = os.path.join(tempfile.mkdtemp(), f"converted.{target_format}")
    subprocess.run(f"ffmpeg -y -i {src} {out}", shell=True, check=True)  # expect: command-injection
    return out


def convert_audio_safe(upload, target_format):
    codec = AUDIO_FORMATS.get(target_format)
    if codec is None:
        raise gr.Error(f"unsupported format: {target_format}")
    src = upload.name if hasattr(upload, "name") else upload
    out = os.path.join(tempfile.mkdtemp(), f"converted.{target_format}")
    subprocess.run(["ffmpeg", "-y", "-i", src, "-c:a", codec, out], check=True)  # ok: command-injection
    return out


def preview_page(url):
    resp = requests.get(url, timeout=10)  # expect: ssrf
    resp.raise_for_status()
    return resp.text[:5000]


def model_card(model_id):
    resp = requests.get(f"{HF_API}/{requests.utils.quote(model_id, safe='/')}", timeout=10)  # ok: ssrf
    if resp.status_code == 404:
        return "Model not found"
    info = resp.json()
    return json.dumps({"id": info.get("id"), "downloads": info.get("downloads")}, indent=2)


def quick_calc(expression):
    try:
        return str(eval(expression))  # expect: code-injection
    except Exception as exc:
        return f"error: {exc}"


def parse_literal(text):
    try:
        value = ast.literal_eval(text)  # ok: code-injection
    except (ValueError, SyntaxError):
        return "not a Python literal"
    return repr(value)


def restore_session(session_file):
    with open(session_file.name, "rb") as fh:
        state = pickle.load(fh)  # expect: unsafe-deserialization
    return state.get("history", [])


def load_preset(preset_name):
    path = PRESETS_DIR / f"{preset_name}.json"
    with open(path) as fh:  # expect: path-traversal
        return json.load(fh)


def load_preset_checked(preset_name):
    available = {p.stem: p for p in PRESETS_DIR.glob("*.json")}
    path = available.get(preset_name)
    if path is None:
        raise gr.Error("unknown preset")
    with open(path) as fh:  # ok: path-traversal
        return json.load(fh)


def export_table(table, filename):
    df = pd.DataFrame(table)
    target = EXPORT_DIR / filename
    df.to_csv(target, index=False)  # expect: path-traversal
    return str(target)


def summarize_csv(csv_file):
    df = pd.read_csv(csv_file.name)
    log.info("summarizing %d rows", len(df))
    return df.describe().reset_index()


def archive_exports(label):
    safe_label = "".join(ch for ch in label if ch.isalnum() or ch in "-_")[:40] or "exports"
    base = tempfile.mkdtemp()
    return shutil.make_archive(os.path.join(base, safe_label), "zip", EXPORT_DIR)


with gr.Blocks(title="Studio tools") as demo:
    with gr.Tab("Audio"):
        audio_in = gr.File(label="Audio file")
        fmt = gr.Textbox(label="Target format", value="mp3")
        audio_out = gr.File()
        gr.Button("Convert").click(convert_audio, inputs=[audio_in, fmt], outputs=audio_out)
        gr.Button("Convert (strict)").click(convert_audio_safe, inputs=[audio_in, fmt], outputs=audio_out)
    with gr.Tab("Web"):
        url_box = gr.Textbox(label="URL")
        page = gr.Textbox(lines=20)
        url_box.submit(preview_page, inputs=url_box, outputs=page)
        model_box = gr.Textbox(label="Model id")
        gr.Button("Model card").click(model_card, inputs=model_box, outputs=gr.Code(language="json"))
    with gr.Tab("Calc"):
        expr = gr.Textbox(label="Expression")
        result = gr.Textbox()
        gr.Button("Evaluate").click(quick_calc, inputs=expr, outputs=result)
        gr.Button("Parse literal").click(parse_literal, inputs=expr, outputs=result)
    with gr.Tab("Session"):
        session_file = gr.File(label="Saved session (.pkl)")
        chat = gr.Chatbot()
        session_file.upload(restore_session, inputs=session_file, outputs=chat)
        preset = gr.Textbox(label="Preset")
        settings = gr.JSON()
        gr.Button("Load preset").click(load_preset, inputs=preset, outputs=settings)
        gr.Button("Load preset (checked)").click(load_preset_checked, inputs=preset, outputs=settings)
    with gr.Tab("Data"):
        grid = gr.Dataframe(headers=["name", "value"], interactive=True)
        name_box = gr.Textbox(label="File name", value="table.csv")
        gr.Button("Export").click(export_table, inputs=[grid, name_box], outputs=gr.Textbox())
        csv_in = gr.File(file_types=[".csv"])
        csv_in.upload(summarize_csv, inputs=csv_in, outputs=gr.Dataframe())
        label_box = gr.Textbox(label="Archive label")
        gr.Button("Archive").click(archive_exports, inputs=label_box, outputs=gr.File())


if __name__ == "__main__":
    demo.queue().launch(server_name="0.0.0.0", server_port=int(os.environ.get("PORT", "7860")))
