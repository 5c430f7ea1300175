"""Reads claimdesk-cli's own --help into a model of its commands and options.

The manual page, the bash completion and their check are made from this
model, so they say what the program says: a new command or option appears
in all three once its --help text names it.

The help texts follow one layout (app/cli):

    usage: claimdesk-cli COMMAND --opt VALUE [--flag] [--opt2 A|B]... ARG...
           (continuation lines indented)

    Prose paragraphs.

      --opt VALUE       what it does (an item: two spaces, a term, two or
                        more spaces, a description; deeper lines continue it)
    A heading:
      term              another list
"""

import dataclasses
import os
import re
import subprocess

_OPTION = re.compile(r"--[a-z][a-z0-9-]*")
_ITEM = re.compile(r"^( +)(\S(?:.*?\S)?)(?: {2,}(\S.*))?$")


@dataclasses.dataclass
class Item:
    """A term of a definition list ("--out FILE", "csv") and its description."""

    term: str
    description: str


@dataclasses.dataclass
class Block:
    """A paragraph of prose (text) or a definition list (items)."""

    text: str = ""
    items: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Option:
    name: str
    value: str | None  # the metavariable or the choices ("A|B"), None for a switch


@dataclasses.dataclass
class Command:
    name: str
    summary: str  # from the top-level command list
    usage: str  # the synopsis after "usage: ", one line
    blocks: list  # the help after the usage
    options: list  # every option the synopsis names, in its order


def run(binary, *args):
    """The standard output of `binary args`, which must succeed."""
    env = dict(os.environ, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([binary, *args], capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{binary} {' '.join(args)}: exit status {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def split_usage(text):
    """(synopsis on one line, the rest) of a help text starting "usage: "."""
    lines = text.splitlines()
    if not lines or not lines[0].lower().startswith("usage: "):
        raise SystemExit(f"help text does not start with 'usage:': {lines[:1]}")
    usage = [lines[0][len("usage: "):]]
    rest = 1
    while rest < len(lines) and lines[rest].strip():
        usage.append(lines[rest].strip())
        rest += 1
    return " ".join(usage), "\n".join(lines[rest:])


def parse_blocks(text):
    """Paragraphs and definition lists, in order."""
    blocks = []
    current = None
    item_indent = None
    for line in text.splitlines():
        if not line.strip():
            current = None
            continue
        if not line.startswith(" "):
            if current is None or current.items:
                current = Block()
                blocks.append(current)
            current.text = (current.text + " " + line.strip()).strip()
            continue
        indent = len(line) - len(line.lstrip())
        if current is not None and current.items and indent > item_indent:
            last = current.items[-1]
            last.description = (last.description + " " + line.strip()).strip()
            continue
        match = _ITEM.match(line)
        if current is None or not current.items:
            current = Block()
            blocks.append(current)
            item_indent = indent
        current.items.append(Item(match.group(2), match.group(3) or ""))
    return blocks


def synopsis_options(usage):
    """The options a synopsis names, each with the value it takes if any."""
    tokens = usage.split()
    options = []
    for i, token in enumerate(tokens):
        match = _OPTION.search(token)
        if not match or any(o.name == match.group() for o in options):
            continue
        closed = token.rstrip(".")[-1:] in ("]", ")")
        value = None
        if not closed and i + 1 < len(tokens) and tokens[i + 1][0] not in "-[(|":
            value = tokens[i + 1].rstrip(".").rstrip("])")
        options.append(Option(match.group(), value))
    return options


def section(blocks, heading):
    """The items of the list under the paragraph `heading` ("Commands:")."""
    for i, block in enumerate(blocks):
        if block.text == heading and i + 1 < len(blocks) and blocks[i + 1].items:
            return blocks[i + 1].items
    raise SystemExit(f"no '{heading}' list in the help text")


@dataclasses.dataclass
class Cli:
    usage: str
    blocks: list  # the top-level help after the usage
    commands: list
    version: str


def read_cli(binary):
    """The whole command-line interface of claimdesk-cli at `binary`."""
    usage, rest = split_usage(run(binary, "--help"))
    blocks = parse_blocks(rest)
    commands = []
    for item in section(blocks, "Commands:"):
        name = item.term
        command_usage, command_rest = split_usage(run(binary, name, "--help"))
        commands.append(Command(name, item.description, command_usage, parse_blocks(command_rest),
                                synopsis_options(command_usage)))
    version = run(binary, "--version").split()[-1]
    return Cli(usage, blocks, commands, version)


def described_options(command):
    """Option names that a definition list of the command's help describes."""
    names = set()
    for block in command.blocks:
        for item in block.items:
            match = _OPTION.match(item.term)
            if match:
                names.add(match.group())
    return names
