"""``make bench``: SPARQL latency and ``/claims`` throughput, our HTTP API beside Oxigraph's server.

Two stores are built from records ingested through the real pipeline
(``extractors.ingest.ingest``, MeSH index included when one is configured or found under the
data folder):

- ``1e5``: the PubMed RCT subsets (``pubmed/rct_subsets/*.xml``, about 10^5 triples);
- ``1e6``: the same RCT subsets plus the first ``--records`` records (9,000) of the MEDLINE
  baseline file ``pubmed20n0014.xml.gz`` (about 10^6 triples; most baseline records are not
  trials and add few claims, so the 1e5 claims are kept in); skipped with ``--quick``.

Each store is ingested once into an on-disk Oxigraph store, which our API then serves
(``uvicorn api.app:create_app`` in a subprocess, ``EVG_STORE`` pointing at it), and dumped as
N-Quads that ``oxigraph load`` puts into a second directory served by
``oxigraph serve --union-default-graph``. Both servers run side by side on loopback, in the
same run, and are stopped (and the temporary directory removed) even on error.

Printed, one line per figure (``name: value unit``; ``#`` lines are context):

- ``sparql_<size>_triples``: triples in the store (all in named graphs);
- ``sparql_qN_<size>_<server>_p50`` / ``_p95``: latency of five representative queries
  (from the README's examples) sent by POST (``application/sparql-query``, SPARQL JSON
  results, body read in full) over one keep-alive httpx client: ``--runs`` timed runs after
  ``--warmups`` warm-ups, fewer when a query would overrun its time cap (said in a ``#`` line);
- ``claims_<size>_evg_rps``: requests/s of ``GET /claims?intervention=exercise&limit=50`` from
  ``--clients`` concurrent keep-alive clients for ``--seconds``; beside it Oxigraph's server
  answering the equivalent SPARQL: ``claims_<size>_oxigraph_select_rps`` the page SELECT
  alone, and ``claims_<size>_oxigraph_sequence_rps`` the queries ``/claims`` sends its store
  (count, page, then claim details and publication summaries when the page is not empty),
  one after another, per request.

The client runs in this process, the servers in theirs, all on the same machine: the figures
include loopback HTTP and client overhead, and share the CPU cores. Without the shared data
folder it says so and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from extractors.pipeline import Extractor
    from kg.mesh import MeshIndex
    from kg.stores.base import Store
    from kg.stores.results import QueryResult

RCT_DIR = Path("pubmed/rct_subsets")
BASELINE = Path("pubmed/medline_baseline_update/pubmed20n0014.xml.gz")
MESH_TSV = Path("mesh/jaytimm_mesh2024/mesh_descriptors_compact.tsv")
SPARQL_QUERY = "application/sparql-query"
SPARQL_JSON = "application/sparql-results+json"
CONDITION = "Lung Diseases"  # q1: expanded to its MeSH descendants when an index is loaded
FALLBACK_CONDITIONS = ("D001168", "D001172", "D001169")  # the README's arthritis example
INTERVENTION = "surgery"  # q2
CLAIMS_PARAMS = {"intervention": "exercise", "limit": "50"}  # the /claims load
QUERY_CAP_S = 25.0  # most seconds of timed runs per query, per store size, per server

PREFIXES = """PREFIX evg: <https://w3id.org/evidence-graph/vocab#>
PREFIX pico: <http://data.cochrane.org/ontologies/pico/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX obo: <http://purl.obolibrary.org/obo/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX fabio: <http://purl.org/spar/fabio/>
PREFIX mesh: <http://id.nlm.nih.gov/mesh/>
"""

QUERY_TITLES = {
    "q1": f"claims by condition with MeSH tree expansion ({CONDITION})",
    "q2": f"all results for an intervention ({INTERVENTION}) with per-arm numbers",
    "q3": "conflicting directions for the same intervention, comparator and outcome",
    "q4": "significant effects with measure and CI, largest first",
    "q5": "claims per publication year and direction",
}


# -- figures --------------------------------------------------------------------------


def figure(name: str, value: float, unit: str) -> None:
    """One ``name: value unit`` line (the format of ``bench/run.py``)."""
    if isinstance(value, int) or abs(value) >= 1000:
        text = f"{value:.0f}"
    else:
        text = f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"
    print(f"{name}: {text} {unit}", flush=True)


def note(text: str) -> None:
    print(f"# {text}", flush=True)


def percentile(samples: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation between closest ranks
    (numpy's default): rank ``q/100 * (n - 1)`` in the sorted samples."""
    if not samples:
        raise ValueError("no samples")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile out of range: {q}")
    ordered = sorted(samples)
    rank = q / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Summary:
    n: int
    p50: float
    p95: float


def summarize(samples: Sequence[float]) -> Summary:
    return Summary(len(samples), percentile(samples, 50), percentile(samples, 95))


# -- timing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL query URL on one server, with the name used in figure names."""

    name: str
    url: str


def sparql_request(client: httpx.Client, url: str, query: str) -> bytes:
    response = client.post(
        url, content=query.encode(), headers={"Content-Type": SPARQL_QUERY, "Accept": SPARQL_JSON}
    )
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}: {response.text[:300]}")
    return response.content


def result_rows(body: bytes) -> int:
    data = json.loads(body)
    if "boolean" in data:
        return 1
    return len(data["results"]["bindings"])


def measure_latency(
    client: httpx.Client,
    url: str,
    query: str,
    *,
    warmups: int = 3,
    runs: int = 30,
    cap_s: float | None = None,
) -> tuple[list[float], int]:
    """Milliseconds for each of ``runs`` requests of ``query`` to ``url`` (POST, SPARQL JSON,
    body read in full) after ``warmups`` untimed ones, and the result's row count. With
    ``cap_s``, stops early once the timed runs have taken that long (at least 5 runs), and
    warms up only once when that one warm-up took more than a fifth of it."""
    body = b""
    for i in range(warmups):
        started = time.perf_counter()
        body = sparql_request(client, url, query)
        if i == 0 and cap_s is not None and time.perf_counter() - started > cap_s / 5:
            break
    samples: list[float] = []
    spent = 0.0
    for _ in range(runs):
        started = time.perf_counter()
        body = sparql_request(client, url, query)
        elapsed = time.perf_counter() - started
        samples.append(elapsed * 1000)
        spent += elapsed
        if cap_s is not None and spent > cap_s and len(samples) >= 5:
            break
    return samples, result_rows(body)


@dataclass(frozen=True)
class Call:
    """One HTTP request of a load step: GET with params, or POST of a SPARQL query."""

    url: str
    params: Mapping[str, str] | None = None
    query: str | None = None


async def _worker(calls: Sequence[Call], deadline: float) -> int:
    done = 0
    async with httpx.AsyncClient(timeout=60) as client:
        while time.perf_counter() < deadline:
            for call in calls:
                if call.query is None:
                    response = await client.get(call.url, params=call.params)
                else:
                    response = await client.post(
                        call.url,
                        content=call.query.encode(),
                        headers={"Content-Type": SPARQL_QUERY, "Accept": SPARQL_JSON},
                    )
                if response.status_code != 200:
                    raise RuntimeError(f"{call.url} answered {response.status_code}")
            done += 1
    return done


def throughput(calls: Sequence[Call], *, clients: int = 4, seconds: float = 10.0) -> float:
    """Completed sequences of ``calls`` per second from ``clients`` concurrent keep-alive
    clients looping for ``seconds`` (a sequence under way at the deadline is finished)."""

    async def run() -> float:
        started = time.perf_counter()
        counts = await asyncio.gather(*(_worker(calls, started + seconds) for _ in range(clients)))
        return sum(counts) / (time.perf_counter() - started)

    return asyncio.run(run())


# -- servers --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise RuntimeError("the `oxigraph` server binary is not installed (pip install oxigraph)")
    return found


@contextmanager
def process(
    args: list[str], query_url: str, log: Path, env: Mapping[str, str] | None = None
) -> Iterator[None]:
    """Run a server until the block ends; wait until ``ASK {}`` at ``query_url`` answers."""
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            args, stdout=sink, stderr=subprocess.STDOUT, env=dict(env) if env else None
        )
        try:
            deadline = time.monotonic() + 120
            while True:
                if proc.poll() is not None:
                    tail = log.read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"{args[0]} exited with {proc.returncode}: {tail}")
                try:
                    r = httpx.post(
                        query_url, content=b"ASK {}", headers={"Content-Type": SPARQL_QUERY}
                    )
                    if r.status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{args[0]} did not answer at {query_url}")
                time.sleep(0.1)
            yield
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def oxigraph_server(location: Path, log: Path) -> Iterator[str]:
    """``oxigraph serve --union-default-graph`` on a free loopback port; yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    args = [oxigraph_binary(), "serve", "--location", str(location),
            "--bind", f"127.0.0.1:{port}", "--union-default-graph"]  # fmt: skip
    with process(args, f"{base}/query", log):
        yield base


@contextmanager
def evg_server(store_dir: Path, log: Path) -> Iterator[str]:
    """Our API (``uvicorn --factory api.app:create_app``) over the on-disk store
    ``store_dir``, on a free loopback port; yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    args = [sys.executable, "-m", "uvicorn", "--factory", "api.app:create_app",
            "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "warning", "--no-access-log"]  # fmt: skip
    env = {**os.environ, "EVG_STORE": str(store_dir)}
    with process(args, f"{base}/sparql", log, env):
        yield base


# -- data -----------------------------------------------------------------------------


def slice_medline(source: Path, target: Path, records: int) -> int:
    """Write the first ``records`` PubmedArticle elements of ``source`` (gzip or plain) to
    ``target`` as a PubmedArticleSet; returns how many were written."""
    from lxml import etree

    opener = gzip.open if source.suffix == ".gz" else open
    written = 0
    with opener(source, "rb") as stream, target.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n')
        for _, element in etree.iterparse(cast(IO[bytes], stream), tag="PubmedArticle"):
            out.write(etree.tostring(element))
            out.write(b"\n")
            element.clear()
            written += 1
            if written >= records:
                break
        out.write(b"</PubmedArticleSet>\n")
    return written


@dataclass(frozen=True)
class Dataset:
    size: str  # "1e5" or "1e6", used in figure names
    evg_store: Path  # on-disk store served by our API
    oxigraph_store: Path  # the same quads, loaded by `oxigraph load`
    triples: int
    claims_queries: list[str]  # what GET /claims sends its store, bindings joined in
    dump: Path  # the quads as N-Quads


class _Recorder:
    """Stands in for a Store and records the query texts sent to it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.texts: list[str] = []

    def query(self, sparql: str, *, bindings: Any = None, **kwargs: Any) -> QueryResult:
        self.texts.append(self.store.prepare_query(sparql, bindings))
        return self.store.query(sparql, bindings=bindings, **kwargs)


def claims_store_queries(store: Store) -> list[str]:
    """The SPARQL texts that ``GET /claims`` with ``CLAIMS_PARAMS`` sends its store."""
    from kg.claim_filters import ClaimFilter
    from kg.claim_queries import count_claims, find_claims

    recorder = _Recorder(store)
    f = ClaimFilter(intervention=CLAIMS_PARAMS["intervention"])
    count_claims(cast("Store", recorder), f)
    find_claims(cast("Store", recorder), f, limit=int(CLAIMS_PARAMS["limit"]), offset=0)
    return recorder.texts


def build_dataset(
    size: str,
    sources: list[Path],
    extractor: Extractor,
    base_iri: str,
    workdir: Path,
    *,
    seed: Path | None = None,
) -> Dataset:
    """Ingest ``sources`` (after bulk-loading the N-Quads file ``seed``, a smaller dataset's
    dump, when given) into ``workdir/evg``; load the same quads into ``workdir/oxigraph``."""
    import pyoxigraph as ox

    from extractors.ingest import ingest
    from kg.stores import OxigraphStore

    workdir.mkdir(parents=True)
    evg_dir, ox_dir, dump = workdir / "evg", workdir / "oxigraph", workdir / "data.nq"
    store = OxigraphStore(evg_dir)
    try:
        if seed is not None:
            store.pyoxigraph_store.bulk_load(path=str(seed), format=ox.RdfFormat.N_QUADS)
            note(f"{size}: bulk-loaded {store.count_quads()} quads of the smaller store")
        report = ingest(sources, extractor, store, base_iri=base_iri)
        note(
            f"{size}: ingested {report.records} records in {report.seconds:.1f} s "
            f"({report.records_per_s:.0f} records/s, {len(report.problems)} problems)"
        )
        triples = store.count_quads()
        with dump.open("wb") as out:
            store.dump("nquads", out)
        queries = claims_store_queries(store)
    finally:
        store.close()
    started = time.perf_counter()
    subprocess.run(
        [oxigraph_binary(), "load", "--location", str(ox_dir), "--file", str(dump)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    note(f"{size}: `oxigraph load` of {triples} quads in {time.perf_counter() - started:.1f} s")
    return Dataset(size, evg_dir, ox_dir, triples, queries, dump)


def representative_queries(mesh: MeshIndex | None) -> dict[str, str]:
    """Five queries after the README's examples; q1's VALUES is the MeSH tree expansion of
    ``CONDITION``, as ``GET /claims?condition=`` does it."""
    uis: list[str] = list(FALLBACK_CONDITIONS)
    if mesh is not None and len(mesh) > 0:
        ui = mesh.resolve(CONDITION)
        if ui is not None:
            uis = list(mesh.descendants(ui))
    values = " ".join(f"mesh:{ui}" for ui in uis)
    note(f"q1 expands to {len(uis)} MeSH descriptors")
    return {
        "q1": PREFIXES
        + f"""SELECT ?claim ?condition ?outcome ?direction WHERE {{
  VALUES ?cond {{ {values} }}
  ?claim a evg:Claim ; pico:population/pico:condition ?cond ;
         pico:outcomeGroup/rdfs:label ?outcome ; evg:direction ?direction .
  ?cond rdfs:label ?condition .
}}""",
        "q2": PREFIXES
        + f"""SELECT ?claim ?outcome ?arm ?n ?events ?percent ?mean ?sd WHERE {{
  ?claim a evg:Claim ; pico:interventionGroup/evg:interventionText ?intervention ;
         pico:outcomeGroup/rdfs:label ?outcome ; evg:result ?r .
  FILTER(CONTAINS(LCASE(?intervention), "{INTERVENTION}"))
  ?r evg:arm/rdfs:label ?arm .
  OPTIONAL {{ ?r pico:numberOfParticipants ?n }} OPTIONAL {{ ?r evg:events ?events }}
  OPTIONAL {{ ?r evg:percent ?percent }} OPTIONAL {{ ?r evg:mean ?mean }}
  OPTIONAL {{ ?r evg:sd ?sd }}
}} ORDER BY ?claim ?arm""",
        "q3": PREFIXES
        + """SELECT ?i ?c ?o (GROUP_CONCAT(DISTINCT ?direction; separator=" / ") AS ?directions)
       (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
  ?claim a evg:Claim ; evg:direction ?direction ;
         pico:interventionGroup/evg:interventionText ?it ;
         pico:comparatorGroup/evg:interventionText ?ct ; pico:outcomeGroup/rdfs:label ?ot .
  BIND(LCASE(?it) AS ?i) BIND(LCASE(?ct) AS ?c) BIND(LCASE(?ot) AS ?o)
} GROUP BY ?i ?c ?o HAVING (COUNT(DISTINCT ?direction) > 1)""",
        "q4": PREFIXES
        + """SELECT ?intervention ?outcome ?measure ?value ?low ?high ?source WHERE {
  ?claim a evg:Claim ; evg:significant true ; evg:effect ?e ;
         pico:interventionGroup/evg:interventionText ?intervention ;
         pico:outcomeGroup/rdfs:label ?outcome .
  ?e rdfs:label ?measure ; obo:STATO_0000129 ?value ; evg:effectSource ?source .
  OPTIONAL { ?e evg:confidenceInterval ?ci . ?ci evg:ciLow ?low ; evg:ciHigh ?high }
} ORDER BY DESC(ABS(?value))""",
        "q5": PREFIXES
        + """SELECT ?year ?direction (COUNT(?claim) AS ?claims) WHERE {
  ?claim a evg:Claim ; evg:direction ?direction ; dcterms:source ?article .
  ?article fabio:hasPublicationYear ?year .
} GROUP BY ?year ?direction ORDER BY ?year ?direction""",
    }


# -- the run --------------------------------------------------------------------------


def latency_figures(
    size: str,
    endpoints: Sequence[Endpoint],
    queries: Mapping[str, str],
    *,
    warmups: int,
    runs: int,
) -> None:
    """p50/p95 per query per server; servers take turns per query, each its own client."""
    clients = {e.name: httpx.Client(timeout=120) for e in endpoints}
    try:
        for qid, query in queries.items():
            rows: dict[str, int] = {}
            for endpoint in endpoints:
                samples, rows[endpoint.name] = measure_latency(
                    clients[endpoint.name], endpoint.url, query,
                    warmups=warmups, runs=runs, cap_s=QUERY_CAP_S,
                )  # fmt: skip
                stats = summarize(samples)
                figure(f"sparql_{qid}_{size}_{endpoint.name}_p50", stats.p50, "ms")
                figure(f"sparql_{qid}_{size}_{endpoint.name}_p95", stats.p95, "ms")
                if stats.n < runs:
                    note(f"{qid} {size} {endpoint.name}: {stats.n} timed runs (time cap)")
            counts = sorted(set(rows.values()))
            if len(counts) > 1:
                note(f"WARNING {qid} {size}: row counts differ between servers: {rows}")
            else:
                note(f"{qid} {size}: {counts[0]} rows")
    finally:
        for client in clients.values():
            client.close()


def run_size(
    dataset: Dataset,
    queries: Mapping[str, str],
    workdir: Path,
    *,
    warmups: int,
    runs: int,
    clients: int,
    seconds: float,
) -> None:
    figure(f"sparql_{dataset.size}_triples", dataset.triples, "triples")
    with (
        evg_server(dataset.evg_store, workdir / f"evg-{dataset.size}.log") as evg,
        oxigraph_server(dataset.oxigraph_store, workdir / f"oxigraph-{dataset.size}.log") as ox,
    ):
        endpoints = [Endpoint("evg", f"{evg}/sparql"), Endpoint("oxigraph", f"{ox}/query")]
        latency_figures(dataset.size, endpoints, queries, warmups=warmups, runs=runs)

        with httpx.Client(timeout=60) as client:
            r = client.get(f"{evg}/claims", params=CLAIMS_PARAMS)
            r.raise_for_status()
            note(
                f"/claims?{'&'.join(f'{k}={v}' for k, v in CLAIMS_PARAMS.items())} "
                f"{dataset.size}: total {r.json()['total']}, {len(r.json()['items'])} items; "
                f"{len(dataset.claims_queries)} store queries"
            )
        page_select = dataset.claims_queries[1]
        loads = {
            "evg": [Call(f"{evg}/claims", params=CLAIMS_PARAMS)],
            "oxigraph_select": [Call(f"{ox}/query", query=page_select)],
            "oxigraph_sequence": [Call(f"{ox}/query", query=q) for q in dataset.claims_queries],
        }
        for name, calls in loads.items():
            for call in calls:  # warm up
                throughput([call], clients=1, seconds=0.2)
            rps = throughput(calls, clients=clients, seconds=seconds)
            figure(f"claims_{dataset.size}_{name}_rps", rps, "requests/s")
        with httpx.Client(timeout=120) as client:
            spent = []
            for query in dataset.claims_queries:
                started = time.perf_counter()
                sparql_request(client, f"{ox}/query", query)
                spent.append(f"{(time.perf_counter() - started) * 1000:.0f}")
        note(f"/claims store queries, one run each on oxigraph (ms): {', '.join(spent)}")


def _raise_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--quick", action="store_true", help="the 10^5 store only")
    parser.add_argument("--records", type=int, default=9_000, help="baseline records for 1e6")
    parser.add_argument("--warmups", type=int, default=3)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    rct = sorted((args.data / RCT_DIR).glob("*.xml"))
    baseline = args.data / BASELINE
    if not rct or (not args.quick and not baseline.is_file()):
        print(
            f"bench: sparql_latency skipped: {args.data / RCT_DIR} or {baseline} not found "
            "(the shared data folder is not beside this checkout; pass --data DIR)"
        )
        return 0
    signal.signal(signal.SIGTERM, _raise_on_sigterm)

    from api.services import build_extractor
    from api.settings import Settings, get_settings

    settings: Settings = get_settings()
    if not settings.mesh and (args.data / MESH_TSV).is_file():
        settings = settings.model_copy(update={"mesh": [args.data / MESH_TSV]})
    started = time.perf_counter()
    if hasattr(os, "getloadavg"):
        note(
            f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
            f"{os.cpu_count()} CPUs"
        )
    extractor = build_extractor(settings)
    queries = representative_queries(extractor.mesh)
    for qid, title in QUERY_TITLES.items():
        note(f"{qid}: {title}")
    note(
        f"{args.runs} timed runs after {args.warmups} warm-ups per query (at most "
        f"{QUERY_CAP_S:.0f} s each); /claims load: {args.clients} clients x {args.seconds:.0f} s"
    )
    with tempfile.TemporaryDirectory(prefix="evg-bench-sparql-") as tmp:
        work = Path(tmp)
        plan = [("1e5", rct)]
        if not args.quick:
            sliced = work / "baseline-slice.xml"
            written = slice_medline(baseline, sliced, args.records)
            note(f"1e6: the RCT subsets and the first {written} records of {baseline.name}")
            plan.append(("1e6", [sliced]))  # on top of the 1e5 store's quads
        seed: Path | None = None
        for size, sources in plan:
            dataset = build_dataset(
                size, sources, extractor, settings.base_iri, work / size, seed=seed
            )
            seed = dataset.dump
            run_size(
                dataset, queries, work,
                warmups=args.warmups, runs=args.runs, clients=args.clients, seconds=args.seconds,
            )  # fmt: skip
    if hasattr(os, "getloadavg"):
        note(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    figure("sparql_bench_runtime", time.perf_counter() - started, "s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
