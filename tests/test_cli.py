"""The `evg` command line end to end: extract, ingest, query; errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from api.cli import _register, app
from kg.stores import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_register()


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("EVG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("EVG_MESH", raising=False)
    from api.settings import get_settings

    get_settings.cache_clear()
    return CliRunner()


def test_cli_extract_jsonl(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(EXAMPLES / "example-trials.xml")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert [r["id"] for r in lines] == ["pubmed:900000001", "pubmed:900000002"]
    assert all(r["claims"] for r in lines)


def test_cli_extract_json_and_rdf_formats(runner: CliRunner) -> None:
    path = str(EXAMPLES / "example-page.txt")
    as_json = runner.invoke(app, ["extract", "--format", "json", path])
    assert as_json.exit_code == 0
    records = json.loads(as_json.stdout)
    assert records[0]["id"] == "example-page"
    trig = runner.invoke(app, ["extract", "--format", "trig", path])
    quads = list(ox.parse(trig.stdout_bytes, format=ox.RdfFormat.TRIG))
    assert quads and all(q.graph_name != ox.DefaultGraph() for q in quads)
    ttl = runner.invoke(app, ["extract", "-f", "turtle", path])
    assert list(ox.parse(ttl.stdout_bytes, format=ox.RdfFormat.TURTLE))


def test_cli_extract_stdin_with_format_override(runner: CliRunner) -> None:
    text = "A made-up title\n\nIn this made-up study nothing was measured."
    result = runner.invoke(app, ["extract", "--input-format", "text", "-"], input=text)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["title"] == "A made-up title"
    assert record["id"] == "stdin"


def test_cli_extract_bad_input_exits_nonzero_without_traceback(
    runner: CliRunner, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.xml"
    bad.write_bytes(b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1
    assert "broken.xml" in result.stderr
    assert "Traceback" not in result.output
    missing = runner.invoke(app, ["extract", str(tmp_path / "nope.xml")])
    assert missing.exit_code == 1
    assert "nope.xml" in missing.stderr


def test_cli_ingest_then_query_is_idempotent(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    files = [str(EXAMPLES / "example-trials.xml"), str(EXAMPLES / "example-page.txt")]
    first = runner.invoke(app, ["ingest", "--quiet", "--store", store, *files])
    assert first.exit_code == 0, first.output
    assert "stored 3 records" in first.stderr
    count = [
        "query",
        "--store",
        store,
        "--format",
        "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    ]
    before = runner.invoke(app, count).stdout
    assert runner.invoke(app, ["ingest", "--quiet", "--store", store, *files]).exit_code == 0
    assert runner.invoke(app, count).stdout == before
    pmids = runner.invoke(
        app,
        [
            "query",
            "--store",
            store,
            "-f",
            "json",
            "SELECT ?p WHERE { ?a bibo:pmid ?p } ORDER BY ?p",
        ],
    )
    values = [b["p"]["value"] for b in json.loads(pmids.stdout)["results"]["bindings"]]
    assert values == ["900000001", "900000002"]
    table = runner.invoke(
        app, ["query", "--store", store, "SELECT ?d WHERE { ?c evg:direction ?d }"]
    )
    assert table.exit_code == 0 and "increased" in table.stdout


def test_cli_ingest_partial_batch_keeps_good_records(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Titre\n\nR\u00e9sum\u00e9".encode("latin-1"))
    store = str(tmp_path / "store")
    result = runner.invoke(
        app, ["ingest", "-q", "--store", store, str(bad), str(EXAMPLES / "example-trials.xml")]
    )
    assert result.exit_code == 3
    assert "latin1.txt" in result.stderr and "UTF-8" in result.stderr
    n = runner.invoke(
        app,
        [
            "query",
            "--store",
            store,
            "-f",
            "csv",
            "SELECT (COUNT(?p) AS ?n) WHERE { ?a bibo:pmid ?p }",
        ],
    )
    assert n.stdout.splitlines()[1].strip() == "2"


def _empty_store(tmp_path: Path) -> str:
    open_store(tmp_path / "s").close()
    return str(tmp_path / "s")


def test_cli_query_syntax_error_exit_5(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "--store", _empty_store(tmp_path), "SELECT WHERE {"])
    assert result.exit_code == 5
    assert "evg: error" in result.stderr


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--store", "", "--store is empty"),
        ("--endpoint", "notaurl", "--endpoint must be an http(s) URL"),
        ("--endpoint", "ftp://x/y", "--endpoint must be an http(s) URL"),
    ],
)
def test_cli_store_options_that_name_no_store_are_usage_errors(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    option: str,
    value: str,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)  # nothing may be created here
    result = runner.invoke(app, ["query", option, value, "ASK { ?s ?p ?o }"])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("query", "code", "message"),
    [
        ("SELECT ?x\nWHERE { ?x ?p }", 5, "evg: error: error at 2:16: expected"),
        ("SELECT * WHERE { ?s nowhere:bar ?o }", 5, "a prefix that is not declared"),
        ("INSERT DATA { <http://a/s> <http://a/p> <http://a/o> }", 1, "not updates"),
        ("clear all", 1, "not updates"),
        ("  \n", 1, "the query is empty"),
        ("# a comment alone\n  # and another\n", 1, "the query is empty"),
    ],
)
def test_cli_query_errors_name_the_users_own_line_and_refuse_updates(
    runner: CliRunner, tmp_path: Path, query: str, code: int, message: str
) -> None:
    result = runner.invoke(app, ["query", "--store", _empty_store(tmp_path), query])
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_cli_query_does_not_create_a_store(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "typo"
    result = runner.invoke(app, ["query", "--store", str(missing), "ASK { ?s ?p ?o }"])
    assert result.exit_code == 4
    assert f"evg: error: no store at {missing} (evg ingest creates one)" in result.stderr
    assert not missing.exists()


def test_cli_query_csv_of_a_graph_is_one_row_per_triple(runner: CliRunner, tmp_path: Path) -> None:
    store = _empty_store(tmp_path)
    with open_store(store) as target:
        target.update("INSERT DATA { GRAPH <http://a/g> { <http://a/s> <http://a/p> 'o, \"x\"' } }")
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    result = runner.invoke(app, ["query", "--store", store, "-f", "csv", query])
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["subject", "predicate", "object"],
        ["http://a/s", "http://a/p", 'o, "x"'],
    ]


def test_cli_ingest_creates_missing_store_directories(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "does" / "not" / "exist" / "yet"
    result = runner.invoke(
        app, ["ingest", "-q", "--store", str(store), str(EXAMPLES / "example-page.txt")]
    )
    assert result.exit_code == 0, result.output
    assert store.is_dir()


def test_cli_extract_record_without_abstract_is_reported(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "-"], input="Only a title here\n")
    assert result.exit_code == 1
    assert "no abstract" in result.stderr
    assert json.loads(result.stdout)["claims"] == []
    both = runner.invoke(
        app, ["extract", "-", str(EXAMPLES / "example-page.txt")], input="Only a title\n"
    )
    assert both.exit_code == 3


def test_an_internal_error_is_one_line_and_exit_70(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import api.cli as cli

    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "_register", lambda: None)
    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.delenv("EVG_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == cli.EXIT_INTERNAL == 70
    err = capsys.readouterr().err
    assert err.startswith("evg: internal error: ZeroDivisionError: division by zero")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv("EVG_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        cli.main()


def test_cli_ingest_counts_records_without_an_abstract(runner: CliRunner, tmp_path: Path) -> None:
    title_only = tmp_path / "title-only.xml"
    title_only.write_text(
        '<?xml version="1.0"?><PubmedArticleSet>'
        + "".join(
            f"<PubmedArticle><MedlineCitation><PMID>{pmid}</PMID><Article>"
            f"<ArticleTitle>A title alone, number {pmid}.</ArticleTitle></Article>"
            "</MedlineCitation></PubmedArticle>"
            for pmid in (900000201, 900000202)
        )
        + "</PubmedArticleSet>",
        encoding="utf-8",
    )
    store = str(tmp_path / "store")
    files = [str(title_only), str(EXAMPLES / "example-trials.xml")]
    result = runner.invoke(app, ["ingest", "-q", "--store", store, *files])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())  # the console wraps long lines
    assert "stored 4 records (" in said
    assert "; 2 without an abstract, so without claims; 0 problems;" in said
    # with an abstract each, nothing is said about abstracts
    again = runner.invoke(app, ["ingest", "-q", "--store", store, files[1]])
    assert "stored 2 records (" in again.stderr and "without an abstract" not in again.stderr
