# corpus: path=shop/inventory.py
from collections import defaultdict
from decimal import Decimal


class Inventory:
    def __init__(self):
        self.stock: dict[str, int] = {}
        self.reserved: dict[str, int] = defaultdict(int)
        self.watchers: set = set()

    def restock(self, sku: str, qty: int) -> None:
        self.stock[sku] = self.stock.get(sku, 0) + qty
        for watcher in self.watchers:
            if watcher.sku == sku and watcher.notify(qty):
                self.watchers.remove(watcher)  # expect: mutate-while-iterating

    def restock_v2(self, sku: str, qty: int) -> None:
        self.stock[sku] = self.stock.get(sku, 0) + qty
        done = {w for w in self.watchers if w.sku == sku and w.notify(qty)}
        self.watchers -= done

    def clear_empty(self) -> None:
        for sku, qty in self.stock.items():
            if qty <= 0:
                del self.stock[sku]  # expect: mutate-while-iterating

    def clear_empty_v2(self) -> None:
        self.stock = {sku: qty for sku, qty in self.stock.items() if qty > 0}

    def release_all(self, order) -> None:
        for line in order.lines:
            self.reserved[line.sku] -= line.qty  # ok: mutate-while-iterating
            if self.reserved[line.sku] <= 0:
                del self.reserved[line.sku]  # ok: mutate-while-iterating

    def merge_bundles(self, bundles: dict[str, list[str]]) -> None:
        for name, skus in bundles.items():
            bundles[name] = sorted(set(skus))  # ok: mutate-while-iterating

    def expand_kits(self, skus: list[str], kits: dict[str, list[str]]) -> list[str]:
        for sku in skus:
            if sku in kits:
                skus.remove(sku)  # expect: mutate-while-iterating
                skus.extend(kits[sku])  # also: mutate-while-iterating
        return skus

    def total_value(self, prices: dict[str, Decimal]) -> Decimal:
        total = Decimal("0")
        for sku, qty in self.stock.items():
            total += prices.get(sku, Decimal("0")) * qty
        return total

    def export_csv(self, path: str) -> None:
        with open(path, "w", newline="") as out:
            out.write("sku,qty\n")  # ok: readonly-file-write
            for sku, qty in sorted(self.stock.items()):
                out.write(f"{sku},{qty}\n")

    def import_csv(self, path: str) -> None:
        with open(path, encoding="utf-8") as src:
            next(src)
            for row in src:
                sku, qty = row.strip().split(",")
                self.stock[sku] = int(qty)

    def import_and_mark(self, path: str) -> None:
        with open(path, "rt", encoding="utf-8") as src:
            rows = src.read().splitlines()
            src.write("# imported\n")  # expect: readonly-file-write
        for row in rows[1:]:
            sku, qty = row.split(",")
            self.stock[sku] = int(qty)
