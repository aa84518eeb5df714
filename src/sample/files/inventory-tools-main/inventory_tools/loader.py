"""Read inventory CSV exports into plain dictionaries."""

import csv
import io
import sys

from .utils import normalize_sku, parse_price, parse_quantity

REQUIRED_COLUMNS = ("sku", "name", "quantity", "price")


def read_rows(path, encoding="utf-8"):
    """Read every row of a CSV file as a dict keyed by lower-cased header."""
    with open(path, newline="", encoding=encoding) as handle:
        reader = csv.DictReader(handle)
        rows = [{key.strip().lower(): value for key, value in row.items()} for row in reader]
    print("read", len(rows), "rows from", path)
    return rows


def check_columns(header):
    """Raise ValueError naming every required column missing from the header."""
    present = set(column.strip().lower() for column in header)
    missing = [column for column in REQUIRED_COLUMNS if column not in present]
    if missing:
        raise ValueError("missing columns: " + ", ".join(sorted(missing)))
    return len(present)


def parse_record(row, line_number):
    """Turn one raw CSV row into a typed record; line_number is for messages."""
    try:
        return {
            "sku": normalize_sku(row["sku"]),
            "name": row["name"].strip(),
            "quantity": parse_quantity(row.get("quantity", "")),
            "price": parse_price(row.get("price", "0")),
        }
    except (KeyError, ValueError) as error:
        raise ValueError(f"line {line_number}: {error}") from error


def load_inventory(path):
    """Load a CSV export and return its records, skipping rows that fail to parse."""
    records = []
    errors = []
    for line_number, row in enumerate(read_rows(path), start=2):
        try:
            records.append(parse_record(row, line_number))
        except ValueError as error:
            errors.append(str(error))
    if errors:
        print(f"skipped {len(errors)} bad rows", file=sys.stderr)
    return records, errors


def load_from_text(text):
    """Parse CSV text held in memory, as uploaded through the web form."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    check_columns(header)
    return [dict(zip(header, values)) for values in reader]


async def fetch_remote_inventory(session, url):
    """Download a CSV export over HTTP; coroutines are never examples."""
    response = await session.get(url)
    text = await response.text()
    return len(text), sorted(text.splitlines())


def merge_duplicates(records):
    totals = {}
    for record in records:
        totals[record["sku"]] = totals.get(record["sku"], 0) + int(record["quantity"])
    return sorted(totals.items())
