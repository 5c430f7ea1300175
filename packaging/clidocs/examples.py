#!/usr/bin/env python3
"""Prints the commands of a manual page's EXAMPLES section, one a line.

    examples.py [--datadir DIR] < PAGE.1

Reads the roff source: the lines of the .nf blocks under .SH EXAMPLES,
unescaped, a line ending in a backslash joined to the next. --datadir
runs them against another installation: the installed data folder
(/usr/share, /usr/local/share) is replaced by DIR.
"""

import argparse
import re
import sys

_UNESCAPE = [("\\-", "-"), ("\\(dq", '"'), ("\\e", "\\"), ("\\&", "")]


def unescape(text):
    for roff, plain in _UNESCAPE:
        text = text.replace(roff, plain)
    return text


def examples(page):
    commands, in_examples, in_block, pending = [], False, False, ""
    for line in page.splitlines():
        if line.startswith(".SH"):
            in_examples = line.split(None, 1)[1:] == ["EXAMPLES"]
        elif in_examples and line.startswith(".nf"):
            in_block = True
        elif line.startswith(".fi"):
            in_block = False
        elif in_examples and in_block:
            text = unescape(line)
            if text.endswith("\\"):
                pending += text[:-1].rstrip() + " "
                continue
            commands.append((pending + text.strip()).strip())
            pending = ""
    return commands


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datadir", help="run against the data installed in DIR")
    args = parser.parse_args()
    for command in examples(sys.stdin.read()):
        if args.datadir:
            command = re.sub(r"/usr(/local)?/share(?=/claimdesk)", args.datadir, command)
        print(command)


if __name__ == "__main__":
    main()
