"""Entity-level scoring (conlleval / seqeval default-mode chunking) without extra dependencies."""

from __future__ import annotations


def chunks(tags: list[str]) -> set[tuple[str, int, int]]:
    out: set[tuple[str, int, int]] = set()
    start: int = 0
    typ: str | None = None
    for i, t in enumerate(list(tags) + ["O"]):
        bio, ty = (t[0], t[2:]) if t != "O" and len(t) > 2 else ("O", None)
        # end of the current chunk?
        if typ is not None and (bio in ("O", "B") or ty != typ):
            out.add((typ, start, i))
            start, typ = 0, None
        if bio == "B" or (bio == "I" and typ is None):
            start, typ = i, ty
    return out


def prf(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Per type and overall ("ALL") precision, recall, F1 and gold count."""
    stats: dict[str, list[int]] = {}
    for g, p in zip(gold, pred, strict=False):
        gc, pc = chunks(g), chunks(p)
        for ty in {c[0] for c in gc | pc} | {"ALL"}:
            s = stats.setdefault(ty, [0, 0, 0])
            gg = gc if ty == "ALL" else {c for c in gc if c[0] == ty}
            pp = pc if ty == "ALL" else {c for c in pc if c[0] == ty}
            s[0] += len(gg & pp)
            s[1] += len(pp)
            s[2] += len(gg)
    res: dict[str, tuple[float, float, float, int]] = {}
    for ty, (tp, np_, ng) in stats.items():
        prec = tp / np_ if np_ else 0.0
        rec = tp / ng if ng else 0.0
        res[ty] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0, ng)
    return res
