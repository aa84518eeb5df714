"""Small helpers shared by the loader, the report and the CLI."""

import re
from decimal import Decimal, InvalidOperation

SKU_PATTERN = re.compile(r"^[A-Z]{3}-\d{4}$")


def normalize_sku(raw):
    """Return the SKU in canonical upper-case form, or raise ValueError."""
    sku = str(raw).strip().upper()
    if not SKU_PATTERN.match(sku):
        raise ValueError(f"invalid SKU: {raw!r}")
    return sku


def parse_quantity(text):
    """Parse a quantity cell; blank cells count as zero."""
    text = text.strip()
    if not text:
        return 0
    value = int(float(text))
    if value < 0:
        raise ValueError("quantity must not be negative")
    return value


def parse_price(text):
    """Parse a price such as '12.50' or '$1,200' into a Decimal."""
    cleaned = text.replace("$", "").replace(",", "").strip()
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("invalid price: %r" % (text,)) from None


def chunked(items, size):
    """Yield successive lists of at most `size` items."""
    if size < 1:
        raise ValueError("size must be at least 1")
    for start in range(0, len(items), size):
        yield items[start:start + size]


def clamp(value, low, high):
    """Limit value to the closed range [low, high]."""
    return max(low, min(value, high))


def pluralize(count, word):
    # Used by the report header. Mentioning len() and print() here must not
    # turn this function into an example: it has no docstring.
    return word if count == 1 else word + "s"


def unique_in_order(values):
    """Drop repeated values while keeping the first occurrence of each."""
    seen = set()
    result = []
    for value in values:
        if value not in seen:
            seen.add(value)
            result.append(value)
    return result


def describe_total(values, len=len):
    """Describe a list of numbers; `len` is bound as a parameter here."""
    return "{} values, total {}".format(len(values), round(sum(values), 2))


def column_width(column, rows):
    """Width of a column: its longest cell, but at least the header's width."""
    widest = max((len(str(row[column.key])) for row in rows), default=0)
    return max(widest, column.len)
