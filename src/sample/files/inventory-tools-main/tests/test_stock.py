from decimal import Decimal

from inventory_tools.stock import StockItem, quantity_range, restock, total_value


def make_items():
    return [
        StockItem("HWR-0001", "Hinge", 12, Decimal("1.50")),
        StockItem("ELC-0042", "Cable tie", 1, Decimal("0.05")),
        StockItem("GDN-0007", "Hose", 7, Decimal("19.99")),
    ]


def test_total_value():
    assert total_value(make_items()) == Decimal("157.98")


def test_quantity_range():
    assert quantity_range(make_items()) == (1, 12)
    assert quantity_range([]) == (0, 0)


def test_restock_rejects_zero():
    try:
        restock(make_items(), "HWR-0001", 0)
    except ValueError as error:
        assert "positive" in str(error)
    else:
        raise AssertionError("restock accepted 0")
