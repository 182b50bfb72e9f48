# corpus: path=app/config_import.py
import yaml


def load_pipeline(uploaded_text):
    config = yaml.load(uploaded_text, Loader=yaml.Loader)  # expect: unsafe-deserialization
    return config.get("steps", [])
