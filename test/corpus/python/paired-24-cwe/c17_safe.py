# corpus: path=app/plugins/loader.py
import yaml


def load_plugin_manifest(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader)  # ok: unsafe-deserialization
