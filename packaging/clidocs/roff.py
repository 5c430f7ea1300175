"""Help text to man(7) markup: escaping, synopses and definition lists."""

import re

# FILE, OUT.json, YYYY-MM-DD, A-F; Qt's <id>.
_METAVAR = re.compile(r"^[A-Z][A-Z0-9_-]*(\.[a-z]+)?$|^<[a-z]+>$")
_OPTION = re.compile(r"^-{1,2}[a-zA-Z]")


def escape(text):
    """Plain text made safe for roff: backslashes, minus signs, control lines."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return text


def line(text):
    """An input line that cannot be taken for a request (a leading . or ')."""
    return "\\&" + text if text[:1] in (".", "'") else text


def token(word):
    """One word of a synopsis or a term: options bold, metavariables italic."""
    head = re.match(r"^[\[(|]*", word).group()
    tail = re.search(r"[\])|.,]*$", word[len(head):]).group()
    core = word[len(head):len(word) - len(tail)]
    if _OPTION.match(core):
        core = "\\fB" + escape(core) + "\\fR"
    elif _METAVAR.match(core):
        core = "\\fI" + escape(core) + "\\fR"
    else:
        core = escape(core)
    return escape(head) + core + escape(tail)


def term(words):
    """A list item's term: options and metavariables styled, a bare name bold."""
    if not any(_OPTION.match(w.lstrip("[(")) or _METAVAR.match(w) for w in words.split()):
        return "\\fB" + escape(words) + "\\fR"
    return " ".join(token(w) for w in words.split())


def synopsis(program, usage):
    """A .SY/.YS synopsis: the program name, then the usage's words. Words
    inside brackets are held together, so a line breaks between options."""
    words = usage.split()
    if words and words[0] == program:
        words = words[1:]
    text, depth = "", 0
    for word in words:
        text += ("\\ " if depth > 0 else " ") + token(word)
        depth += word.count("[") + word.count("(") - word.count("]") - word.count(")")
    out = [".SY " + escape(program)]
    if text:
        out.append(line(text.strip()))
    out.append(".YS")
    return out


def blocks(blocks_):
    """Paragraphs (.PP) and definition lists (.TP), in the help's order."""
    out = []
    for block in blocks_:
        if block.text:
            out += [".PP", line(escape(block.text))]
        for item in block.items:
            out += [".TP", line(term(item.term)), line(escape(item.description))]
    return out
