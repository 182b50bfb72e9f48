# corpus: path=app/deps/graph.py
from collections import deque


class DependencyGraph:
    def __init__(self):
        self.edges: dict[str, set[str]] = {}

    def add(self, node: str, *deps: str) -> None:
        self.edges.setdefault(node, set()).update(deps)
        for dep in deps:
            self.edges.setdefault(dep, set())

    def prune_leaves(self) -> list[str]:
        removed = []
        for node, deps in self.edges.items():
            if not deps:
                removed.append(node)
                del self.edges[node]  # expect: mutate-while-iterating
        return removed

    def prune_leaves_v2(self) -> list[str]:
        removed = [node for node, deps in self.edges.items() if not deps]
        for node in removed:
            del self.edges[node]  # ok: mutate-while-iterating
        return removed

    def forget(self, gone: str) -> None:
        for node, deps in self.edges.items():
            deps.discard(gone)  # ok: mutate-while-iterating
        self.edges.pop(gone, None)

    def close_over(self, node: str) -> set[str]:
        seen = {node}
        frontier = deque([node])
        while frontier:
            current = frontier.popleft()
            for dep in self.edges.get(current, ()):
                if dep not in seen:
                    seen.add(dep)  # ok: mutate-while-iterating
                    frontier.append(dep)
        return seen

    def close_over_in_place(self, roots: set[str]) -> set[str]:
        for node in roots:
            roots |= self.edges.get(node, set())  # expect: mutate-while-iterating
        return roots

    def order(self) -> list[str]:
        indegree = {n: 0 for n in self.edges}
        for deps in self.edges.values():
            for dep in deps:
                indegree[dep] += 1  # ok: mutate-while-iterating
        ready = [n for n, d in indegree.items() if d == 0]
        out = []
        while ready:
            n = ready.pop()
            out.append(n)
            for dep in self.edges[n]:
                indegree[dep] -= 1
                if indegree[dep] == 0:
                    ready.append(dep)
        return out
