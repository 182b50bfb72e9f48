# corpus: path=demo/app.py
import os
import shutil
import subprocess
import tempfile

import gradio as gr

MODELS = ["tiny", "base", "small", "medium"]
LANGUAGES = {"Auto": None, "English": "en", "German": "de", "French": "fr", "Spanish": "es"}


def transcribe(audio_path: str, model: str, language: str, extra_args: str):
    out_dir = tempfile.mkdtemp(prefix="whisper-")
    try:
        cmd = f"whisper {audio_path} --model {model} --output_dir {out_dir} --output_format txt {extra_args}"
        if language:
            cmd += f" --language {language}"
        subprocess.run(cmd, shell=True, check=True, timeout=600)  # expect: command-injection
        stem = os.path.splitext(os.path.basename(audio_path))[0]
        with open(os.path.join(out_dir, f"{stem}.txt"), encoding="utf-8") as fh:
            return fh.read()
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)


def transcribe_v2(audio_path: str, model: str, language: str):
    if model not in MODELS:
        raise gr.Error("unknown model")
    out_dir = tempfile.mkdtemp(prefix="whisper-")
    try:
        cmd = ["whisper", audio_path, "--model", model, "--output_dir", out_dir, "--output_format", "txt"]
        code = LANGUAGES.get(language)
        if code:
            cmd += ["--language", code]
        subprocess.run(cmd, check=True, timeout=600)  # ok: command-injection
        stem = os.path.splitext(os.path.basename(audio_path))[0]
        with open(os.path.join(out_dir, f"{stem}.txt"), encoding="utf-8") as fh:
            return fh.read()
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)


def save_transcript(text: str, filename: str):
    target = os.path.join("/data/transcripts", filename)
    with open(target, "w", encoding="utf-8") as fh:  # expect: path-traversal
        fh.write(text)
    return f"saved to {target}"


with gr.Blocks(title="Transcribe") as demo:
    with gr.Tab("Transcribe"):
        audio = gr.Audio(type="filepath")
        model = gr.Dropdown(MODELS, value="base", label="Model")
        language = gr.Textbox(label="Language code (blank for auto)")
        extra = gr.Textbox(label="Extra whisper flags")
        output = gr.Textbox(label="Transcript", lines=12)
        gr.Button("Run").click(transcribe, inputs=[audio, model, language, extra], outputs=output)
    with gr.Tab("Transcribe (safe)"):
        audio2 = gr.Audio(type="filepath")
        model2 = gr.Dropdown(MODELS, value="base", label="Model")
        language2 = gr.Dropdown(list(LANGUAGES), value="Auto", label="Language")
        output2 = gr.Textbox(label="Transcript", lines=12)
        gr.Button("Run").click(transcribe_v2, inputs=[audio2, model2, language2], outputs=output2)
    with gr.Tab("Save"):
        text = gr.Textbox(label="Transcript", lines=12)
        filename = gr.Textbox(label="File name")
        status = gr.Markdown()
        gr.Button("Save").click(save_transcript, inputs=[text, filename], outputs=status)

if __name__ == "__main__":
    demo.queue().launch(server_name="0.0.0.0", server_port=int(os.environ.get("PORT", "7860")))
