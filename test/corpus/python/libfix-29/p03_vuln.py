# corpus: path=confkit/loader.py
import yaml


class ConfigError(Exception):
    pass


def load_config(path):
    """Read a YAML settings file and return it as a dict."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.Loader)  # expect: unsafe-deserialization
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data
