#!/usr/bin/env python3
"""Writes a manual page from a template and the program's own --help.

    mkman.py cli    BINARY TEMPLATE OUT --metainfo FILE --datadir DIR
    mkman.py window BINARY TEMPLATE OUT --metainfo FILE --datadir DIR

The template (packaging/man/*.1.in) holds what --help cannot say: the
description, files, environment and examples. Its placeholders are filled
from the program: @COMMANDS@, @OPTIONS@, @EXIT_STATUS@ (claimdesk-cli),
@SYNOPSIS@, @VERSION@, @DATE@ (the release date of this version in the
AppStream metadata) and @DATADIR@ (where the data is installed).
"""

import argparse
import os
import sys
import xml.etree.ElementTree as ElementTree

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clihelp  # noqa: E402
import roff  # noqa: E402


def release_date(metainfo, version):
    for release in ElementTree.parse(metainfo).getroot().iter("release"):
        if release.get("version") == version:
            return release.get("date", "")
    raise SystemExit(f"{metainfo}: no <release version=\"{version}\">: add this version's release")


def cli_parts(binary):
    cli = clihelp.read_cli(binary)
    program = "claimdesk-cli"
    synopsis = roff.synopsis(program, cli.usage)
    synopsis += roff.synopsis(program, "COMMAND --help")
    synopsis += roff.synopsis(program, "--version")
    commands = []
    for command in cli.commands:
        commands += [".SS " + roff.escape(command.name), roff.line(roff.escape(command.summary[:1].upper() + command.summary[1:]) + ".")]
        commands += roff.synopsis(program, command.usage)
        commands += roff.blocks(command.blocks)
    exit_status = [b.text for b in cli.blocks if b.text.startswith("Exit status:")]
    return cli.version, {
        "SYNOPSIS": synopsis,
        "COMMANDS": commands,
        "OPTIONS": roff.blocks([clihelp.Block(items=clihelp.section(cli.blocks, "Options:"))]),
        "EXIT_STATUS": [roff.line(roff.escape(t[len("Exit status:"):].strip())) for t in exit_status],
    }


def window_parts(binary):
    # QCommandLineParser's layout: "Usage: PATH [options] ARGS", the
    # description, then "Options:" and "Arguments:" lists.
    lines = clihelp.run(binary, "--help").splitlines()
    usage = "claimdesk " + lines[0].split(None, 2)[2]
    text = "\n".join(lines[1:])
    blocks = clihelp.parse_blocks(text)
    version = clihelp.run(binary, "--version").split()[-1]
    return version, {
        "SYNOPSIS": roff.synopsis("claimdesk", usage),
        "OPTIONS": roff.blocks([clihelp.Block(items=clihelp.section(blocks, "Options:"))]),
        "ARGUMENTS": roff.blocks([clihelp.Block(items=clihelp.section(blocks, "Arguments:"))]),
    }


def fill(template, parts):
    out = []
    for text in template.splitlines():
        key = text.strip("@") if text.startswith("@") and text.endswith("@") else None
        if key in parts:
            out += parts[key]
        else:
            out.append(text)
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["cli", "window"])
    parser.add_argument("binary")
    parser.add_argument("template")
    parser.add_argument("out")
    parser.add_argument("--metainfo", required=True)
    parser.add_argument("--datadir", required=True)
    args = parser.parse_args()

    version, parts = (cli_parts if args.kind == "cli" else window_parts)(args.binary)
    with open(args.template, encoding="utf-8") as f:
        page = fill(f.read(), parts)
    page = (page.replace("@VERSION@", version)
                .replace("@DATE@", release_date(args.metainfo, version))
                .replace("@DATADIR@", roff.escape(args.datadir)))
    with open(args.out + ".part", "w", encoding="utf-8") as f:
        f.write(page)
    os.replace(args.out + ".part", args.out)


if __name__ == "__main__":
    main()
