"""Zip the .py files of this Python's standard library under one top-level folder."""

import pathlib
import sys
import sysconfig
import zipfile


def main(out):
    root = pathlib.Path(sysconfig.get_paths()["stdlib"])
    count = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(root.rglob("*.py")):
            if "site-packages" in path.parts:
                continue
            archive.write(path, "cpython-lib/" + path.relative_to(root).as_posix())
            count += 1
    print(count)


if __name__ == "__main__":
    main(sys.argv[1])
