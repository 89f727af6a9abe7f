"""``make bench``: extraction and ingest speed on the 833-record PubMed RCT subset.

Prints one line per figure, ``name: value unit``:
- ``pipeline_load``: seconds to build the extractor as ``evg extract`` does
  (``api.services.build_extractor``; MeSH index included when EVG_MESH is set);
- ``extract``: records per second through reader + ``Extractor`` (``extract_records``, what
  ``evg extract`` runs) over the whole file, after a warm-up on its first 20 records, pinned to
  one CPU core where the OS allows;
- ``tokenizer_baseline``: records per second for ``spacy.blank("en").tokenizer`` alone over the
  same record texts (best of 3 passes), and ``tokenizer_to_pipeline``, how many times faster it
  is than the whole pipeline: the figure to watch;
- ``peak_rss``: the process's peak resident memory after extraction (``getrusage``);
- ``ingest`` / ``ingest_quads``: records and quads per second for ``extractors.ingest.ingest``
  into a new on-disk Oxigraph store in a temporary directory (reader, extractor, RDF mapping
  and store writes), and ``peak_rss_ingest`` after it.

Without the shared data folder it says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

RCT_FILE = Path("pubmed/rct_subsets/pubmed21n1298_rct_or_randomi.xml")
WARM_UP = 20


def figure(name: str, value: float, unit: str) -> None:
    if isinstance(value, int) or abs(value) >= 1000:
        text = f"{value:.0f}"
    else:
        text = f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"
    print(f"{name}: {text} {unit}", flush=True)


def peak_rss_mb() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / (1024 * 1024)


def pin_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args(argv)
    source = args.data / RCT_FILE
    if not source.is_file():
        print(
            f"bench: skipped: {source} not found "
            "(the shared data folder is not beside this checkout; pass --data DIR)"
        )
        return 0

    import spacy

    from api.services import build_extractor
    from api.settings import get_settings
    from extractors.ingest import extract_records, ingest
    from extractors.readers import iter_articles
    from kg.model import Article, Record
    from kg.stores import open_store

    print(f"# {source}; {pin_one_core()}", flush=True)
    settings = get_settings()
    started = time.perf_counter()
    extractor = build_extractor(settings)
    figure("pipeline_load", time.perf_counter() - started, "s")

    articles = [a for a in iter_articles(source) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    for _ in extractor.extract_many(articles[:WARM_UP]):
        pass

    started = time.perf_counter()
    records = sum(isinstance(r, Record) for r in extract_records([source], extractor))
    elapsed = time.perf_counter() - started
    pipeline_rate = records / elapsed
    figure("records", records, "records")
    figure("extract", pipeline_rate, "abstracts/s")

    tokenizer = spacy.blank("en").tokenizer
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            tokenizer(text)
        best = min(best, time.perf_counter() - started)
    tokenizer_rate = len(texts) / best
    figure("tokenizer_baseline", tokenizer_rate, "abstracts/s")
    figure("tokenizer_to_pipeline", tokenizer_rate / pipeline_rate, "x")
    figure("peak_rss", peak_rss_mb(), "MB")

    with tempfile.TemporaryDirectory(prefix="evg-bench-") as tmp:
        store = open_store(Path(tmp) / "store")
        try:
            report = ingest([source], extractor, store, base_iri=settings.base_iri)
        finally:
            store.close()
    figure("ingest", report.records_per_s, "records/s")
    figure("ingest_quads", report.quads_per_s, "quads/s")
    figure("ingest_quads_total", report.quads, "quads")
    figure("peak_rss_ingest", peak_rss_mb(), "MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
