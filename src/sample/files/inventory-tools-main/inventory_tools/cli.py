"""Command-line interface: `inventory report FILE` and friends."""

import argparse
import sys

from .loader import load_inventory
from .report import format_markdown, format_table, print_summary
from .stock import below_reorder_point, to_items


def build_parser():
    """Create the argument parser with the report, low, summary and markdown commands."""
    parser = argparse.ArgumentParser(prog="inventory", description="Inspect inventory CSV exports.")
    parser.add_argument("command", choices=["report", "low", "summary", "markdown"])
    parser.add_argument("path", help="CSV export to read")
    parser.add_argument("--threshold", type=int, default=5, help="reorder point for `low`")
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    return parser


def parse_threshold(text):
    """Parse the --threshold value, which must be a whole number of units."""
    if not isinstance(text, str):
        text = str(text)
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("threshold must be zero or more")
    return value


class Console:
    """Thin wrapper around stdout so that tests can capture output."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdout

    def write_lines(self, lines):
        """Write each line; methods never become examples."""
        for line in lines:
            print(str(line), file=self.stream)
        return len(lines)


def main(argv=None):
    """Entry point of the `inventory` command; returns the exit status."""
    args = build_parser().parse_args(argv)
    records, errors = load_inventory(args.path)
    items = to_items(records)
    # print the table unless --quiet; len(items) == 0 is reported, not raised
    if args.command == "report" and not args.quiet:
        print(format_table(items))
    elif args.command == "low":
        for item in below_reorder_point(items, parse_threshold(args.threshold)):
            print("low stock: " + item.label() + " (see `sorted` output above)")
    elif args.command == "markdown":
        print(format_markdown(items))
    else:
        print_summary(items)
    return 0 if len(errors) == 0 else 1


def run():
    sys.exit(main())
