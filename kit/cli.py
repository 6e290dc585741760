"""The ``kit`` command: ``kit load PATH...``, ``kit render ...``, ``kit lab``.

Subcommands live in :data:`COMMANDS` (name -> (add_arguments, run)); a new one is a
function pair and one line there. Heavy modules are imported inside the runner.

>>> main(["load", "seeds/"])                               # doctest: +SKIP
0
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from typing import Callable

Runner = Callable[[argparse.Namespace], int]


def _clip(text: str, width: int, *, keep_end: bool = False) -> str:
    text = " ".join(str(text).split())  # article text is untrusted: no newlines or tabs into the table
    enc = getattr(sys.stdout, "encoding", None) or "utf-8"  # a terminal that cannot show a character gets \\x..
    text = text.encode(enc, "backslashreplace").decode(enc, "replace")
    if len(text) <= width:
        return text
    return "\u2026" + text[1 - width:] if keep_end else text[: width - 1] + "\u2026"


def _add_load(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="folders, files or globs of articles")
    p.add_argument("--max-bytes", type=int, default=None, help="size limit of one file (default $KIT_MAX_BYTES or 20 MB)")


def run_load(args: argparse.Namespace) -> int:
    """Load and print one line per article, then the problems per file; 0 if any article loaded."""
    import pandas as pd

    from kit.load import load_articles

    problems: list = []
    try:
        df = load_articles(args.paths, errors="skip", max_bytes=args.max_bytes, problems=problems)
    except ValueError as exc:  # a bad option value, e.g. KIT_MAX_BYTES
        print(f"kit load: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout
    header = f"{'article':<28} {'title':<48} {'published':<26} {'words':>6} {'sections':>8}"
    print(header, file=out)
    print("-" * len(header), file=out)
    for row in df.itertuples(index=False):
        published = "NaT" if pd.isna(row.published) else str(row.published)
        print(f"{_clip(row.article_id, 28):<28} {_clip(row.title, 48):<48} {published:<26} "
              f"{len(row.text.split()):>6} {len(row.sections):>8}", file=out)
    print(f"\n{len(df)} article(s) loaded", file=out)
    if problems:
        print(f"\nproblems ({len(problems)}):", file=out)
        for p in problems:
            mark = "skipped" if p.fatal else "note"
            print(f"  {_clip(p.path, 200, keep_end=True)}  [{mark}] {_clip(p.reason, 160)}", file=out)
    return 0 if len(df) else 1


def _add_render(p: argparse.ArgumentParser) -> None:
    p.set_defaults(passthrough=True)  # every argument, --help too, is kit.render's to parse


def run_render(args: argparse.Namespace) -> int:
    import importlib

    render = importlib.import_module("kit.render")  # someone else's module: imported only when asked
    return int(render.main_cli(list(args.rest)) or 0)  # its own parser reads the rest, --help included


def _add_lab(p: argparse.ArgumentParser) -> None:
    p.add_argument("folder", nargs="?", default="notebooks/", help="folder to open (default notebooks/)")


def run_lab(args: argparse.Namespace) -> int:
    exe = shutil.which("jupyter")
    if exe is None:
        print("kit lab: jupyter is not installed in this environment", file=sys.stderr)
        return 2
    return subprocess.call([exe, "lab", args.folder])


COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Runner, str]] = {
    "load": (_add_load, run_load, "load articles and print a summary"),
    "render": (_add_render, run_render, "render the notebooks to offline HTML"),
    "lab": (_add_lab, run_lab, "open the notebooks in JupyterLab"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kit", description="An investigative notebook kit.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (add, run, helptext) in COMMANDS.items():
        p = sub.add_parser(name, help=helptext, description=helptext, add_help=name != "render")
        add(p)
        p.set_defaults(run=run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``kit`` command; returns the exit status."""
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if rest and not getattr(args, "passthrough", False):
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    args.rest = rest
    return args.run(args)
