# corpus: path=app/plugins/registry.py
"""Loads plugins from entry points and keeps the ones whose health checks pass."""
import importlib.metadata
import logging
from typing import Callable

log = logging.getLogger(__name__)


class PluginRegistry:
    def __init__(self):
        self._plugins: dict[str, object] = {}
        self._hooks: dict[str, list[Callable]] = {}

    def load(self, group: str = "app.plugins") -> None:
        for ep in importlib.metadata.entry_points(group=group):
            try:
                self._plugins[ep.name] = ep.load()()
            except Exception:
                log.exception("plugin %s failed to load", ep.name)

    def prune_unhealthy(self) -> list[str]:
        dropped = []
        plugins = self._plugins
        for name in plugins:
            if not getattr(plugins[name], "healthy", lambda: True)():
                del self._plugins[name]  # expect: mutate-while-iterating
                dropped.append(name)
        return dropped

    def prune_unhealthy_v2(self) -> list[str]:
        dropped = [name for name, plugin in self._plugins.items() if not getattr(plugin, "healthy", lambda: True)()]
        for name in dropped:
            del self._plugins[name]  # ok: mutate-while-iterating
        return dropped

    def register_hook(self, event: str, fn: Callable) -> None:
        self._hooks.setdefault(event, []).append(fn)

    def fire(self, event: str, payload) -> None:
        hooks = self._hooks.get(event, [])
        for hook in hooks:
            if hook(payload) is False:
                hooks.remove(hook)  # expect: mutate-while-iterating

    def fire_once(self, event: str, payload) -> None:
        for hook in self._hooks.pop(event, []):
            hook(payload)  # ok: mutate-while-iterating

    def call_all(self, method: str, *args):
        results = {}
        for name, plugin in self._plugins.items():
            try:
                results[name] = getattr(plugin, method)(*args)
            except AttributeError:
                continue
            finally:
                if name == "core":
                    return results  # expect: finally-control-flow
        return results
