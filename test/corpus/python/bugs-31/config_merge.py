# corpus: path=deploy/config_merge.py
"""Merges layered YAML settings (defaults, environment, host overrides) into one mapping."""
import copy
import os

import yaml

ENV_PREFIX = "APP_"
DEPRECATED = {"db_host": "database.host", "db_port": "database.port"}


def load_layers(paths):
    layers = []
    for path in paths:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                layers.append(yaml.safe_load(fh) or {})
    return layers


def rename_deprecated(settings: dict) -> dict:
    for old_key in settings:
        if old_key in DEPRECATED:
            settings[DEPRECATED[old_key]] = settings.pop(old_key)  # expect: mutate-while-iterating
    return settings


def rename_deprecated_v2(settings: dict) -> dict:
    for old_key in list(settings):
        if old_key in DEPRECATED:
            settings[DEPRECATED[old_key]] = settings.pop(old_key)  # ok: mutate-while-iterating
    return settings


def drop_empty(settings: dict) -> dict:
    for key, value in settings.items():
        if value in (None, "", [], {}):
            settings.pop(key, None)  # expect: mutate-while-iterating
    return settings


def drop_empty_v2(settings: dict) -> dict:
    return {key: value for key, value in settings.items() if value not in (None, "", [], {})}


def apply_env(settings: dict, environ=os.environ) -> dict:
    merged = copy.deepcopy(settings)
    for name, value in environ.items():
        if name.startswith(ENV_PREFIX):
            merged[name[len(ENV_PREFIX):].lower()] = value  # ok: mutate-while-iterating
    return merged


def expand_includes(sections: list[dict]) -> list[dict]:
    for section in sections:
        for include in section.get("include", []):
            with open(include, encoding="utf-8") as fh:
                sections.append(yaml.safe_load(fh))  # expect: mutate-while-iterating
    return sections


def expand_includes_v2(sections: list[dict]) -> list[dict]:
    queue = list(sections)
    expanded = []
    while queue:
        section = queue.pop(0)
        expanded.append(section)
        for include in section.get("include", []):
            with open(include, encoding="utf-8") as fh:
                queue.append(yaml.safe_load(fh))
    return expanded


def strip_secrets(tree: dict, secret_keys: frozenset = frozenset({"password", "token"})) -> dict:
    for key in tree.keys():
        if key in secret_keys:
            del tree[key]  # expect: mutate-while-iterating
        elif isinstance(tree[key], dict):
            strip_secrets(tree[key], secret_keys)
    return tree
