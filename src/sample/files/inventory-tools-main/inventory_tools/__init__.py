"""inventory_tools: load, check and report on inventory CSV exports."""

from .loader import load_inventory
from .stock import StockItem, total_value

__all__ = ["load_inventory", "StockItem", "total_value", "version_tuple"]
__version__ = "0.3.1"


def version_tuple():
    """Return the package version as a tuple of ints, e.g. (0, 3, 1)."""
    return tuple(int(part) for part in __version__.split("."))
