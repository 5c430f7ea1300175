#!/usr/bin/env python3
"""Checks that claimdesk-cli's help, manual page and completion agree.

    checkcli.py BINARY MANPAGE COMPLETION

- every command's --help works and describes each option its synopsis
  names (the manual page is made of these texts);
- the program accepts every option its help names;
- the manual page has an example of every command, and renders without
  groff warnings;
- the bash completion offers every command and each command's options.
"""

import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clihelp  # noqa: E402
import examples  # noqa: E402

problems = []


def check_options_described(cli):
    for command in cli.commands:
        missing = [o.name for o in command.options if o.name not in clihelp.described_options(command)]
        if missing:
            problems.append(f"claimdesk-cli {command.name} --help: no line describes {', '.join(missing)}")


def check_options_accepted(binary, cli, workdir):
    # Each option alone: every command then stops at what else it needs,
    # after reading its arguments, and writes nothing.
    for command in cli.commands:
        for option in command.options:
            args = [binary, command.name, option.name] + (["1"] if option.value else [])
            done = subprocess.run(args, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False,
                                  cwd=workdir)
            if "unknown option" in done.stderr:
                problems.append(f"claimdesk-cli {command.name} {option.name}: {done.stderr.strip()}")


def check_manual(cli, page_path):
    with open(page_path, encoding="utf-8") as f:
        page = f.read()
    shown = [c.split()[1] for c in examples.examples(page) if c.startswith("claimdesk-cli ") and len(c.split()) > 1]
    for command in cli.commands:
        if command.name not in shown:
            problems.append(f"{os.path.basename(page_path)}: no example of '{command.name}': "
                            "add one under EXAMPLES in packaging/man/claimdesk-cli.1.in")
    if shutil.which("man"):
        done = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page_path],
                              capture_output=True, text=True, check=False,
                              env=dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="80"))
        if done.stderr.strip():
            problems.append(f"{os.path.basename(page_path)}: {done.stderr.strip()}")


def complete(completion, cases):
    """What the completion offers after each `claimdesk-cli WORDS...` of
    `cases`, in one shell."""
    script = [f"source {completion}"]
    for words in cases:
        script.append(f"COMP_WORDS=(claimdesk-cli {' '.join(repr(w) for w in words)}); "
                      f"COMP_CWORD={len(words)}; _claimdesk_cli; echo \"${{COMPREPLY[*]}}\"")
    done = subprocess.run(["bash", "-c", "\n".join(script)], capture_output=True, text=True, check=True)
    return [set(line.split()) for line in done.stdout.splitlines()]


def check_completion(cli, completion):
    offered = complete(completion, [[""]] + [[c.name, "--"] for c in cli.commands])
    missing = {c.name for c in cli.commands} - offered[0]
    if missing:
        problems.append(f"completion: commands not offered: {', '.join(sorted(missing))}")
    for command, options in zip(cli.commands, offered[1:]):
        expected = {o.name for o in command.options} | {"--help"}
        if options != expected:
            problems.append(f"completion of 'claimdesk-cli {command.name} --': {sorted(options)}, "
                            f"expected {sorted(expected)}")


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    binary, page, completion = (os.path.abspath(a) for a in sys.argv[1:])
    cli = clihelp.read_cli(binary)
    check_options_described(cli)
    with tempfile.TemporaryDirectory() as workdir:
        check_options_accepted(binary, cli, workdir)
    check_manual(cli, page)
    check_completion(cli, completion)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(cli.commands)} commands, {sum(len(c.options) for c in cli.commands)} options: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
