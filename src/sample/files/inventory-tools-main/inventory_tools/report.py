"""Format inventory reports as plain text or Markdown tables."""

from .stock import total_value

COLUMN_WIDTHS = {"sku": 10, "name": 24, "quantity": 8, "value": 12}


def format_row(cells, widths):
    """Pad each cell to its column width and join them with two spaces."""
    padded = [str(cell).ljust(width) for cell, width in zip(cells, widths)]
    return "  ".join(padded).rstrip()


def format_table(items):
    """Render items as an aligned text table with a header and a total line."""
    widths = list(COLUMN_WIDTHS.values())
    lines = [format_row(["SKU", "Name", "Qty", "Value"], widths)]
    lines.append("-" * sum(widths))
    for item in items:
        lines.append(format_row([item.sku, item.name, item.quantity, item.value()], widths))
    lines.append(format_row(["", "Total", "", total_value(items)], widths))
    return "\n".join(lines)


def format_markdown(items):
    """Render items as a Markdown table for pasting into issues."""
    rows = ["| # | SKU | Name | Qty |", "| ---: | --- | --- | ---: |"]
    for index, item in enumerate(items, start=1):
        name = item.name.replace("|", "\\|")
        rows.append("| {} | {} | {} | {} |".format(index, item.sku, name, int(item.quantity)))
    return "\n".join(rows)


def print_summary(items, out=None):
    """Print a short summary: number of lines, units and value."""
    units = sum(item.quantity for item in items)
    print("lines:", len(items), file=out)
    print("units:", units, file=out)
    print("value:", total_value(items), file=out)


def summary_line(items):
    """One-line summary for log messages; its builtins are all inside an f-string."""
    return f"{len(items)} lines, {sum(i.quantity for i in items)} units"


def truncate_names(items, limit=20):
    """Shorten long item names for narrow terminals, marking cuts with an ellipsis."""
    shortened = []
    for item in items:
        name = item.name if len(item.name) <= limit else item.name[: limit - 1] + "…"
        shortened.append(dict(sku=item.sku, name=name, len=len(name)))
    return shortened


def widest_name(items):
    """Return the longest item name; ties go to the name that sorts first."""
    names = sorted(item.name for item in items)
    return max(names, key=len) if names else ""
