"""Benchmark the shipped recogniser on the ANERcorp CAMeL test split (entity-level seqeval, CoNLL rules).

Prints P/R/F1 per type and overall, tokens/s on ONE CPU core, and the memory (RSS) of the loaded
model; the last line is a one-line summary. Needs ../shared (or $RASD_SHARED).
"""

from __future__ import annotations

import resource
import sys
import time

from _one_core import limit_threads, pin_one_core

limit_threads()


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_BACK = {"PERSON": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "MISC": "MISC"}


def spans_to_tags(sents: list[list[tuple[str, str]]], spans: list) -> list[list[str]]:
    """BIO tags over the gold tokens for spans found in the text made by joining them with spaces."""
    starts: list[tuple[int, int, int, int]] = []  # (start, end, sentence, index)
    pos = 0
    tags: list[list[str]] = []
    for si, s in enumerate(sents):
        tags.append(["O"] * len(s))
        for wi, (w, _) in enumerate(s):
            starts.append((pos, pos + len(w), si, wi))
            pos += len(w) + 1
    import bisect

    keys = [a for a, _, _, _ in starts]
    for sp in spans:
        k = bisect.bisect_right(keys, sp.start) - 1
        first = True
        while k < len(starts) and starts[k][0] < sp.end:
            _, _, si, wi = starts[k]
            tags[si][wi] = ("B-" if first else "I-") + _BACK[sp.label]
            first = False
            k += 1
    return tags


def main() -> None:
    pin_one_core()
    from seqeval.metrics import classification_report, f1_score, precision_score, recall_score

    from rasd.ner import data
    from rasd.ner.pipeline import MODEL_DIR, load_model, preload, tag_tokens

    shared = data.shared_dir()
    test_path = shared / "data/anercorp_camel/ANERCorp_CamelLab_test.txt"
    if not test_path.exists():
        print(f"rasd: cannot read '{test_path}': ../shared data not present (set RASD_SHARED)")
        sys.exit(2)
    sents = data.camel_test(shared)
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    model = load_model()
    # the rules use the transliteration model too (a Latin name after its Arabic spelling): its
    # one-time load counts as loading, not as tagging
    preload()
    load_s = time.perf_counter() - t0
    rss_model = _rss_mb() - rss0
    y_true = [[t for _, t in s] for s in sents]
    n_tok = sum(len(s) for s in sents)
    t0, c0 = time.perf_counter(), time.process_time()
    y_pred = [tag_tokens(model, [w for w, _ in s]) for s in sents]
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    # The whole recogniser (rules, clitics, offsets) on the same text, as raw sentences.
    from rasd.ner import recognise

    text = "\n".join(" ".join(w for w, _ in s) for s in sents)
    assert len(text) == sum(len(w) + 1 for s in sents for w, _ in s) - 1
    t0, c0 = time.perf_counter(), time.process_time()
    spans = recognise(text)
    full_secs, full_cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("== CRF tagger alone (gold tokens) ==")
    print(classification_report(y_true, y_pred, digits=3))
    print(
        f"tagger alone: P {precision_score(y_true, y_pred) * 100:.1f} R {recall_score(y_true, y_pred) * 100:.1f} F1 {f1_score(y_true, y_pred) * 100:.1f}"
    )
    y_full = spans_to_tags(sents, spans)
    print("== recognise(): tagger + rules + particle trimming, spans mapped back to gold tokens ==")
    print(classification_report(y_true, y_full, digits=3))
    p, r, f = precision_score(y_true, y_full), recall_score(y_true, y_full), f1_score(y_true, y_full)
    size = sum(p_.stat().st_size for p_ in MODEL_DIR.iterdir() if p_.is_file()) / 1e6
    # CPU seconds of this one-core process: on a shared machine wall time also counts other jobs.
    print(
        f"tagger only: {n_tok / cpu:,.0f} tokens per CPU-second, {n_tok / secs:,.0f} tokens/s wall"
        f" ({n_tok} tokens, one core)"
    )
    print(
        f"recognise() on the whole test text: {n_tok / full_cpu:,.0f} tokens per CPU-second,"
        f" {n_tok / full_secs:,.0f} tokens/s wall ({len(spans)} spans)"
    )
    print(
        f"model load {load_s:.2f}s, loaded model RSS {rss_model:.0f} MB, process peak RSS {peak:.0f} MB, files {size:.1f} MB"
    )
    print(
        f"ner_anercorp test: P {p * 100:.1f} R {r * 100:.1f} F1 {f * 100:.1f} | "
        f"{n_tok / full_cpu:,.0f} tok/CPU-s ({n_tok / full_secs:,.0f} wall), 1 core, full recognise | "
        f"model RSS {rss_model:.0f} MB | files {size:.1f} MB"
    )


if __name__ == "__main__":
    main()
