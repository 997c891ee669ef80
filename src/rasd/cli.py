"""The `rasd` command: thin — parses arguments, calls the stages, formats output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from rasd import __version__
from rasd.errors import RasdError

_FACT_LABELS = {
    "role": "منصب",
    "donation": "تبرع",
    "support": "دعم",
    "fundraiser": "جمع تبرعات",
    "membership": "عضوية",
    "quote": "اقتباس",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd",
        description="rasd (رصد): Arabic news in, a sourced map of money in politics out.",
    )
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract entities and facts from one Arabic article",
        description="Read one Arabic news article (plain UTF-8 text) and print its entities and facts, "
        "each fact with the sentence it came from.",
    )
    ex.add_argument("path", metavar="PATH", help="article file (UTF-8 text), or - for standard input")
    ex.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: a readable summary in Arabic (default); json: the extraction contract",
    )
    ex.add_argument("--explain", action="store_true", help="show why each fact was extracted")
    ex.add_argument(
        "--published", metavar="DATE", help="publication date (YYYY-MM-DD) to resolve dates against"
    )
    ex.add_argument("--id", dest="article_id", metavar="ID", help="article id (default: hash of the text)")
    ex.add_argument("--url", metavar="URL", help="article URL to record in the output")
    ex.set_defaults(func=cmd_extract)

    try:
        from rasd import cli_kb
    except ImportError:  # the knowledge-base commands are optional while being built
        cli_kb = None  # type: ignore[assignment]
    if cli_kb is not None:
        cli_kb.register(sub)
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from rasd.pipeline import extract_article
    from rasd.read import read_text_article

    if args.published:
        _check_date(args.published)
    article = read_text_article(args.path, published=args.published)
    if args.article_id:
        article.id = args.article_id
    article.url = args.url
    result = extract_article(article)
    if args.format == "json":
        json.dump(
            result.to_json(explain=args.explain), sys.stdout, ensure_ascii=False, indent=1, allow_nan=False
        )
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_summary(result.to_json(explain=True), explain=args.explain))
    return 0


def _check_date(value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise RasdError(f"--published: {value!r} is not a date (use YYYY-MM-DD)") from None


def _name(entities: dict[str, dict], eid: str | None) -> str:
    if eid is None:
        return "—"
    ent = entities.get(eid)
    if ent is None:
        return eid
    if ent.get("name_latin"):
        return f"{ent['name']} ({ent['name_latin']})"
    return str(ent["name"])


def _amount(amount: dict | None) -> str:
    from rasd.query import format_amount

    return f" {format_amount(amount)}" if amount else ""


def format_summary(data: dict, explain: bool = False) -> str:
    """A readable Arabic summary of an extraction (the JSON contract as input)."""
    from rasd.query import role_label

    ents = {e["id"]: e for e in data["entities"]}
    lines = [f"المقال {data['article']['id']}: {len(data['entities'])} كيانًا، {len(data['facts'])} واقعة"]
    lines.append("")
    lines.append("الكيانات:")
    for e in data["entities"]:
        latin = f" ({e['name_latin']})" if e.get("name_latin") else ""
        lines.append(f"  [{e['type']}] {e['name']}{latin} ×{len(e['mentions'])}")
    if data.get("values"):
        lines.append("")
        lines.append("القيم:")
        for v in data["values"]:
            lines.append(f"  [{v['type']}] {v['text']}")
    lines.append("")
    lines.append("الوقائع:")
    for f in data["facts"]:
        t = f["type"]
        label = _FACT_LABELS.get(t, t)
        if t == "role":
            body = f"{_name(ents, f['subject'])} — {role_label(f['role'])} — {_name(ents, f['object'])}"
        elif t == "donation":
            body = (
                f"{_name(ents, f['donor'])} → {_name(ents, f['recipient'])}"
                f"{_amount(f.get('amount'))} [{f['status']}]"
            )
        elif t == "support":
            body = f"{_name(ents, f['subject'])} {'يؤيد' if f['stance'] == 'for' else 'يعارض'} {_name(ents, f['object'])}"
        elif t == "fundraiser":
            year = f" ({f['year']})" if f.get("year") else ""
            body = f"{_name(ents, f['host'])} يجمع التبرعات لـ {_name(ents, f['beneficiary'])}{year}"
        elif t == "membership":
            body = f"{_name(ents, f['member'])} عضو في {_name(ents, f['group'])}"
        elif t == "quote":
            body = f"{_name(ents, f['speaker'])}: «{f['text']}»"
        else:
            body = json.dumps(f, ensure_ascii=False)
        lines.append(f"  • {label}: {body}")
        if f.get("attribution"):
            lines.append(f"      وفقًا لـ: {_name(ents, f['attribution'])}")
        lines.append(f"      الدليل: {f['evidence']['sentence']}")
        if explain and f.get("reason"):
            lines.append(f"      السبب: {f['reason']}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except RasdError as exc:
        print(f"rasd: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("rasd: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        print("rasd: out of memory", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"rasd: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: still one line, never a traceback; RASD_DEBUG=1 shows it
        if os.environ.get("RASD_DEBUG"):
            raise
        print(f"rasd: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
