#!/usr/bin/env python3
"""Parses every proc/meminfo and proc/slabinfo under FOLDER with insights-core's own MemInfo and
SlabInfo parsers, the peer bench/many-files.sh measures mga against.

insights-core is not part of this repository: INSIGHTS_CORE names a source checkout of
https://github.com/RedHatInsights/insights-core (bench/many-files.sh provides one). Each file is
read, split into lines and wrapped in an insights Context the way its own tests do, then handed to
the parser; nothing else of insights-core (specs, the rule engine) runs.

Usage: INSIGHTS_CORE=DIR bench/insights-parse.py FOLDER
Prints one line: files parsed, files the parsers skipped, bytes, import and parse seconds.
"""
import os
import sys
import time


def main(folder):
    start = time.perf_counter()
    sys.path.insert(0, os.environ["INSIGHTS_CORE"])
    from insights.core.context import Context
    from insights.core.exceptions import SkipComponent
    from insights.parsers.meminfo import MemInfo
    from insights.parsers.slabinfo import SlabInfo
    imported = time.perf_counter()

    parsers = {"meminfo": MemInfo, "slabinfo": SlabInfo}
    parsed = skipped = size = 0
    checksum = 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            parser = parsers.get(name)
            if parser is None:
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                data = f.read()
            size += len(data)
            lines = data.decode("utf-8", "replace").splitlines()
            try:
                result = parser(Context(content=lines, path=path, relative_path=path))
            except SkipComponent:
                skipped += 1
                continue
            parsed += 1
            # touch what was parsed so nothing lazy is left undone
            checksum += result.total if parser is MemInfo else len(result.data)
    done = time.perf_counter()
    print(f"insights-core: {parsed} files parsed, {skipped} skipped, {size} bytes; "
          f"import {imported - start:.2f} s, parse {done - imported:.2f} s (checksum {checksum})")


if __name__ == "__main__":
    main(sys.argv[1])
