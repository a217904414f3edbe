"""Markdown as a reader sees it: the words, without emphasis marks, link targets or HTML tags.

Headings, paragraphs, list items, quotes, code and table rows become paragraphs of plain text, so
titles and passages never carry ``**`` or ``[...](...)`` and the stored text is what evidence spans
point into.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

_TAG = re.compile(r"<[^>]*>")
_BLOCK_ENDS = {"paragraph_close", "heading_close", "tr_close"}


def _inline(children: Sequence[Token]) -> str:
    out: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(_inline(child.children or []))
        elif child.type == "html_inline":
            continue  # a tag shows nothing; the words around it are kept
    return "".join(out)


def markdown_text(source: str) -> str:
    """Plain text of a Markdown document, a blank line between blocks.

    >>> markdown_text("# Vote\\n\\n**Union** members voted on *Monday*.\\n")
    'Vote\\n\\nUnion members voted on Monday.\\n'
    """
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    blocks: list[str] = []
    current: list[str] = []
    prefix = ""
    ordinal: list[int] = []
    for token in parser.parse(source):
        if token.type == "bullet_list_open":
            ordinal.append(0)
        elif token.type == "ordered_list_open":
            ordinal.append(int(token.attrGet("start") or 1))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            ordinal.pop()
        elif token.type == "list_item_open":
            prefix = "• " if not ordinal or ordinal[-1] == 0 else f"{ordinal[-1]}. "
            if ordinal and ordinal[-1]:
                ordinal[-1] += 1
        elif token.type == "inline":
            current.append(prefix + _inline(token.children or []))
            prefix = ""
        elif token.type in ("th_close", "td_close"):
            current.append(" | ")
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "html_block":
            stripped = _TAG.sub("", token.content).strip()
            if stripped:
                blocks.append(stripped)
        if token.type in _BLOCK_ENDS and current:
            blocks.append("".join(current).rstrip(" |"))
            current = []
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"
