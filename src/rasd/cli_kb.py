"""Knowledge-base commands of the `rasd` CLI: ingest, show, donations, top, search, merge, split, export.

Registered by rasd.cli (``register(subparsers)``); each command is a ``func(args) -> int``.
User errors are RasdError (printed as ``rasd: <message>``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasd.errors import RasdError


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="PATH",
        help="knowledge base file (default: $RASD_DB, else rasd.db in your data directory)",
    )


def _add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format", choices=("text", "json"), default="text", help="text: readable Arabic (default); json"
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "ingest",
        help="read articles (text, HTML, JSONL, folders) into the knowledge base",
        description="Extract every article under PATH… and store its entities and facts. Re-ingesting an "
        "unchanged article changes nothing; a changed one (same id, URL or file) replaces its old facts.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html or .jsonl files, or folders of them")
    _add_db(p)
    p.add_argument("--force", action="store_true", help="re-extract articles whose text is already stored")
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    _add_format(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("show", help="profile of one person or organisation, with sources")
    p.add_argument("name", metavar="NAME", help="a name (جورج سوروس) or an entity id")
    _add_db(p)
    _add_format(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("donations", help="donations (pledged, given, planned, raised), with sources")
    p.add_argument("--to", metavar="NAME", help="only donations to this recipient")
    p.add_argument("--from", dest="from_", metavar="NAME", help="only donations from this donor")
    p.add_argument("--limit", type=int, metavar="N", help="at most N donations")
    _add_db(p)
    _add_format(p)
    p.set_defaults(func=cmd_donations)

    p = sub.add_parser("top", help="the biggest donors or recipients")
    p.add_argument("kind", choices=("donors", "recipients"))
    p.add_argument("--limit", type=int, default=10, metavar="N", help="how many (default 10)")
    _add_db(p)
    _add_format(p)
    p.set_defaults(func=cmd_top)

    p = sub.add_parser("search", help="find entities, facts and articles mentioning TEXT")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N of each (default 20)")
    _add_db(p)
    _add_format(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "merge",
        help="record that two entities are the same (kept on re-ingest)",
        description="Merge entity B into A and record the judgement; it is replayed on every later ingest.",
    )
    p.add_argument("a", metavar="A", help="entity id or name")
    p.add_argument("b", metavar="B", help="entity id or name")
    p.add_argument("--note", help="why (stored with the judgement)")
    _add_db(p)
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser(
        "split",
        help="record that an entity's names belong to different entities (kept on re-ingest)",
        description="Split the mentions called NAME off ENTITY (or, without --name, give every distinct "
        "name its own entity) and record that they are not the same.",
    )
    p.add_argument("entity", metavar="ENTITY", help="entity id or name")
    p.add_argument("--name", help="the name to split off")
    p.add_argument("--note", help="why (stored with the judgement)")
    _add_db(p)
    p.set_defaults(func=cmd_split)

    p = sub.add_parser(
        "rebuild-entities",
        help="match every stored name across articles again (after a matcher upgrade)",
        description="Re-run cross-article entity resolution over the whole knowledge base with the current "
        "matcher, replaying every merge and split judgement. Entity ids change; names and facts stay.",
    )
    _add_db(p)
    p.set_defaults(func=cmd_rebuild_entities)

    p = sub.add_parser("export", help="export the knowledge base: FollowTheMoney, JSON, CSV or GEXF")
    p.add_argument(
        "--format",
        choices=("ftm", "json", "csv", "gexf"),
        required=True,
        help="ftm: FollowTheMoney JSON lines; json: one document; csv: a folder of CSV files; gexf: a graph",
    )
    p.add_argument(
        "-o", "--output", metavar="PATH", help="output file (folder for csv); default standard output"
    )
    _add_db(p)
    p.set_defaults(func=cmd_export)


def _open(args: argparse.Namespace, create: bool = False) -> Any:
    from rasd.store import Store, default_db_path

    path = Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()
    return Store(path, create=create)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _emit(args: argparse.Namespace, data: Any, as_text: Callable[[Any], str]) -> None:
    """Print a query's result as JSON (``--format json``) or as the readable text ``as_text`` makes."""
    if args.format == "json":
        _print_json(data)
    else:
        sys.stdout.write(as_text(data))


def cmd_ingest(args: argparse.Namespace) -> int:
    from rasd.ingest import ingest

    with _open(args, create=True) as store:
        summary = ingest(args.paths, store, force=args.force, progress=False if args.no_progress else None)
        totals = store.counts()
    if args.format == "json":
        _print_json({**summary.to_json(), "store": {"path": str(store.path), **totals}})
    else:
        for line in summary.lines():
            print(line)
        print(
            f"knowledge base {store.path}: {totals['articles']} articles, {totals['entities']} entities,"
            f" {totals['facts']} facts"
        )
    if summary.interrupted:
        return 130
    return 0 if summary.read or not summary.skipped else 1


def cmd_show(args: argparse.Namespace) -> int:
    from rasd import query

    with _open(args) as store:
        prof = query.profile(store, args.name)
    _emit(args, prof, query.format_profile)
    return 0


def cmd_donations(args: argparse.Namespace) -> int:
    from rasd import query

    with _open(args) as store:
        rows = query.donations(store, to=args.to, from_=args.from_, limit=args.limit)
    _emit(args, rows, query.format_facts)
    return 0


def cmd_top(args: argparse.Namespace) -> int:
    from rasd import query

    with _open(args) as store:
        rows = query.top(store, args.kind, args.limit)
    _emit(args, rows, lambda r: query.format_top(r, args.kind))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from rasd import query

    with _open(args) as store:
        res = query.search(store, args.text, args.limit)
    _emit(args, res, query.format_search)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with _open(args) as store:
        kept = store.merge(args.a, args.b, note=args.note)
        name = store.conn.execute("SELECT name FROM entities WHERE id = ?", (kept,)).fetchone()[0]
    print(f"merged: {args.a} + {args.b} → {name} [{kept}] (judgement recorded; kept on re-ingest)")
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    with _open(args) as store:
        new_ids = store.split(args.entity, name=args.name, note=args.note)
        rows = [
            store.conn.execute("SELECT id, name FROM entities WHERE id = ?", (i,)).fetchone() for i in new_ids
        ]
    parts = ", ".join(f"{n} [{i}]" for i, n in rows)
    print(f"split: {parts} now separate from {args.entity} (judgement recorded; kept on re-ingest)")
    return 0


def cmd_rebuild_entities(args: argparse.Namespace) -> int:
    with _open(args) as store:
        res = store.rebuild_resolution()
    print(
        f"resolved {res['documents']} document entities into {res['entities']} entities"
        f" ({res['merged']} matched another article or a judgement)"
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = args.output
    with _open(args) as store:
        if args.format == "csv":
            from rasd.export.csv_export import write_csv

            if not out:
                raise RasdError("export --format csv writes a folder: give it with -o FOLDER")
            counts = write_csv(store, Path(out))
            print(
                f"wrote {out}/: " + ", ".join(f"{k}.csv ({v} rows)" for k, v in counts.items()),
                file=sys.stderr,
            )
            return 0
        if args.format == "gexf":
            from rasd.export.gexf import write_gexf

            if out:
                nodes, edges = write_gexf(store, Path(out))
            else:
                nodes, edges = write_gexf(store, sys.stdout.buffer)
            print(f"wrote {out or 'graph'}: {nodes} nodes, {edges} edges", file=sys.stderr)
            return 0
        from rasd.export.ftm import write_ftm
        from rasd.export.json_export import write_json

        writer = write_ftm if args.format == "ftm" else write_json
        if out:
            try:
                fh = open(out, "w", encoding="utf-8")  # noqa: SIM115
            except OSError as exc:
                raise RasdError(f"cannot write {out!r}: {exc.strerror}") from None
            with fh:
                n = writer(store, fh)
        else:
            n = writer(store, sys.stdout)
        what = "FtM entities" if args.format == "ftm" else "facts"
        print(f"wrote {out or 'standard output'}: {n} {what}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run rasd's commands (kept for ``python -m rasd.cli_kb``); rasd.cli is the entry point."""
    from rasd.cli import main as rasd_main

    return rasd_main(argv)


if __name__ == "__main__":
    sys.exit(main())
