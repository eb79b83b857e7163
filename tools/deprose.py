#!/usr/bin/env python3
"""Makes the project's own copies of the two reference documents for the tests
(tests/data/reports/reference_*.txt): every heading, table row and short line as it is, and
every paragraph of prose replaced by a sentence of our own, one line for one line, so that the
line numbers the tests cite stay the same. Run by a developer, never by a test:

    python3 tools/deprose.py ../shared/seeds/001_….txt tests/data/reports/reference_vp2021_hasselby.txt
"""
import re
import sys

OWN = [
    "Förvaltningen redogör här för arbetet under perioden med egna ord.",
    "Texten i originalet är ersatt av en kort sammanfattning för testernas skull.",
    "Arbetet fortsätter enligt plan och följs upp i nästa rapport.",
]


# Goal headings ("Nämndmål: 1.2.1 …", "KF:s mål för …", a numbered title) and numbered
# proposals (förslag till beslut) stay, however long.
KEEP = re.compile(r"^\s*(KF:s |Nämndmål|[-•\s]*\d{1,2}(\.\d+)*\.?\s)")


def is_prose(line: str) -> bool:
    # Table rows (tabs), headings, proposals and short lines (list items, assessments, förväntat
    # resultat) stay; a long line of running text is a paragraph.
    return "\t" not in line and len(line.strip()) > 160 and not KEEP.match(line)


def main(src: str, dst: str) -> None:
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    n = 0
    for line in lines:
        if is_prose(line):
            out.append(OWN[n % len(OWN)])
            n += 1
        else:
            out.append(line)
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"{dst}: {len(lines)} lines, {n} paragraphs replaced")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
