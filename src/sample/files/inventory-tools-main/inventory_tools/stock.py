"""Stock levels, reorder points and valuation."""

import functools
from dataclasses import dataclass
from decimal import Decimal

CATEGORIES = {"HWR": "hardware", "ELC": "electrical", "PLB": "plumbing", "GDN": "garden"}


@dataclass
class StockItem:
    """One line of inventory."""

    sku: str
    name: str
    quantity: int
    price: Decimal

    def value(self):
        """Return the stock value of this line."""
        return self.price * int(self.quantity)

    def label(self):
        """Short label for tables, e.g. 'HWR-0001 Hinge (12)'."""
        return "{} {} ({})".format(self.sku, self.name[:20], str(self.quantity))

    def __len__(self):
        """Methods are never examples, even with a docstring and builtins."""
        return max(0, int(self.quantity))


@functools.lru_cache(maxsize=None)
def category_of(sku):
    """Map a SKU prefix to its category name."""
    prefix = str(sku)[:3]
    return CATEGORIES.get(prefix, "other") if len(prefix) == 3 else "other"


def to_items(records):
    """Build StockItem objects from loader records, sorted by SKU."""
    items = [StockItem(r["sku"], r["name"], int(r["quantity"]), r["price"]) for r in records]
    return sorted(items, key=lambda item: item.sku)


def total_value(items):
    """Sum the stock value over all items."""
    return sum((item.value() for item in items), Decimal("0"))


def below_reorder_point(items, threshold=5):
    """List the items whose quantity is at or below the threshold."""
    low = [item for item in items if item.quantity <= threshold]
    low.sort(key=lambda item: (item.quantity, item.sku))
    print("reorder check:", len(low), "of", len(items), "items are low")
    return low


def largest_holdings(items, count=3):
    """Return the `count` items with the highest stock value."""
    ranked = sorted(items, key=lambda item: item.value(), reverse=True)
    return ranked[: max(count, 0)]


def quantity_range(items):
    """Return the smallest and largest quantity, or (0, 0) for no items."""
    if not items:
        return 0, 0
    quantities = [item.quantity for item in items]
    return min(quantities), max(quantities)


def average_price(items):
    """Average unit price, rounded to cents."""
    if len(items) == 0:
        return Decimal("0.00")
    total = sum(item.price for item in items)
    return round(total / len(items), 2)


def restock(items, sku, amount):
    """Add amount to the quantity of the item with this SKU."""
    if not isinstance(amount, int) or amount <= 0:
        raise ValueError("restock amount must be a positive int")
    for item in items:
        if item.sku == sku:
            item.quantity += amount
            return item
    raise KeyError(sku)


def split_by_quantity(items):
    """Split items into in-stock and sold-out lists; the local `sorted` shadows the builtin."""
    sorted = [item for item in items if item.quantity > 0]
    empty = [item for item in items if item.quantity == 0]
    return list(sorted), list(reversed(empty))


def group_by_category(items):
    """Group items by category, largest group first."""
    groups = {}
    for item in items:
        groups.setdefault(category_of(item.sku), []).append(item)
    ordered = sorted(groups.items(), key=lambda pair: len(pair[1]), reverse=True)
    return dict(ordered)
