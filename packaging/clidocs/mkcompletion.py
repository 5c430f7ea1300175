#!/usr/bin/env python3
"""Writes the bash completion of claimdesk-cli from its own --help.

    mkcompletion.py BINARY TEMPLATE OUT

TEMPLATE (packaging/completion/claimdesk-cli.bash.in) is the completion
function; this fills in its tables: the commands, each command's options,
and what each option's value is, read from the synopsis:

    --store FILE.claimdesk    project files (and folders to walk into)
    --group a|b, --reliability A-F    those words, those letters
    --format FORMAT           the terms listed under "Formats:" in the help
    --status STATUS           the statuses (also a comma-separated list)
    --out FILE, PATH...       any file
    --limit N, --claim ID     nothing to offer
"""

import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clihelp  # noqa: E402

# Metavariables that name a file; any other capitalised one is free text.
_FILE = re.compile(r"^(FILE|PATH|OUT|DIR)(\.[a-z]+)?$")
# A letter range: A-F.
_LETTERS = re.compile(r"^([A-Z])-([A-Z])$")
# The one value the synopses name but do not spell out (the help's prose
# lists it: "only extracted, confirmed or rejected claims").
_KNOWN = {"STATUS": "extracted confirmed rejected"}


def listed_under(command, heading):
    """Terms of the list under `heading` in the command's help, if any."""
    try:
        return [item.term for item in clihelp.section(command.blocks, heading)]
    except SystemExit:
        return []


def value_kind(command, option):
    """How the completion offers the value of `option`: a case arm body."""
    value = option.value
    if value is None:
        return None
    if "|" in value:
        return "words '%s'" % value.replace("|", " ")
    if value.endswith(".claimdesk"):
        return "files claimdesk"
    if _FILE.match(value):
        return "files"
    letters = _LETTERS.match(value)
    if letters:
        first, last = (ord(c) for c in letters.groups())
        return "words '%s'" % " ".join(chr(c) for c in range(first, last + 1))
    if value in _KNOWN:
        return "words '%s'" % _KNOWN[value]
    listed = listed_under(command, value.capitalize() + "s:")
    if listed:
        return "words '%s'" % " ".join(listed)
    return "nothing"


def tables(cli):
    commands = " ".join(c.name for c in cli.commands)
    options, values = [], []
    for command in cli.commands:
        names = " ".join(o.name for o in command.options) + " --help"
        options.append(f"        {command.name}) options='{names}' ;;")
        for option in command.options:
            kind = value_kind(command, option)
            if kind:
                values.append(f"        '{command.name} {option.name}') _claimdesk_cli_{kind.split()[0]}"
                              + (" " + kind.split(None, 1)[1] if " " in kind else "") + "; return ;;")
    return {"COMMANDS": commands, "OPTIONS": "\n".join(options), "VALUES": "\n".join(values)}


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    binary, template, out = sys.argv[1:]
    filled = open(template, encoding="utf-8").read()
    for key, text in tables(clihelp.read_cli(binary)).items():
        filled = filled.replace("@" + key + "@", text)
    with open(out + ".part", "w", encoding="utf-8") as f:
        f.write(filled)
    os.replace(out + ".part", out)


if __name__ == "__main__":
    main()
