# Export script from the Python 2 days, kept for reference; it no longer parses.
import csv
import sys


def export(rows, path):
    """Write rows to a CSV file."""
    out = open(path, "wb")
    writer = csv.writer(out)
    for row in rows:
        writer.writerow(row)
    print "wrote %d rows" % len(rows)
    out.close()


if __name__ == "__main__":
    export([], sys.argv[1])
