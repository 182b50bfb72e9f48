# corpus: path=app/config/loader.py
import os
import tomllib
from pathlib import Path

DEFAULTS = {"debug": False, "workers": 4, "log_level": "INFO"}
ENV_PREFIX = "APP_"


def normalise_keys(settings: dict) -> dict:
    for key, value in settings.items():
        if key != key.lower():
            settings[key.lower()] = value  # expect: mutate-while-iterating
    return settings


def normalise_keys_v2(settings: dict) -> dict:
    return {key.lower(): value for key, value in settings.items()}


def strip_values(settings: dict) -> dict:
    for key, value in settings.items():
        if isinstance(value, str):
            settings[key] = value.strip()  # ok: mutate-while-iterating
    return settings


def apply_env(settings: dict, environ=os.environ) -> dict:
    for name, raw in environ.items():
        if name.startswith(ENV_PREFIX):
            settings[name[len(ENV_PREFIX):].lower()] = raw  # ok: mutate-while-iterating
    return settings


def expand_aliases(settings: dict, aliases: dict[str, str]) -> None:
    for key in settings:
        target = aliases.get(key)
        if target:
            settings[target] = settings[key]  # expect: mutate-while-iterating


def expand_aliases_v2(settings: dict, aliases: dict[str, str]) -> None:
    for key in list(settings):
        target = aliases.get(key)
        if target:
            settings[target] = settings.pop(key)  # ok: mutate-while-iterating


def drop_nulls(settings: dict) -> dict:
    for key in settings.keys():
        if settings[key] is None:
            settings.pop(key)  # expect: mutate-while-iterating
    return settings


def merge_sections(base: dict, override: dict) -> dict:
    for section, values in override.items():
        if isinstance(values, dict) and isinstance(base.get(section), dict):
            base[section].update(values)  # ok: mutate-while-iterating
        else:
            base[section] = values  # ok: mutate-while-iterating
    return base


def load(path: Path) -> dict:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    settings = dict(DEFAULTS)
    settings.update(data.get("app", {}))
    return apply_env(normalise_keys_v2(settings))
