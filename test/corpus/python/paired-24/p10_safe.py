# corpus: path=app/config_import.py
import yaml


def load_pipeline(uploaded_text):
    config = yaml.safe_load(uploaded_text)  # ok: unsafe-deserialization
    return config.get("steps", [])
