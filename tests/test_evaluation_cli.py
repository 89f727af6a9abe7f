"""``evg evaluate arms | pico-corpus | comparator | direction | conditions | all`` through the
real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import _register, app
from extractors.pico.model import DEFAULT_MODEL_DIR
from tests.conftest import shared_path

_register()


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("EVG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("EVG_MESH", raising=False)
    from api.settings import get_settings

    get_settings.cache_clear()
    return CliRunner()


@pytest.mark.parametrize(
    "command", ["arms", "pico-corpus", "comparator", "direction", "conditions", "all", "pico"]
)
def test_evaluation_cli_missing_data_exits_1(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    absent = tmp_path / "absent"
    result = runner.invoke(app, ["evaluate", command, "--data", str(absent)])
    assert result.exit_code == 1
    assert f"evg: error: shared data folder {absent} not found" in result.stderr


def test_evaluation_cli_data_that_is_a_file_says_so(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "data.txt"
    data.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "arms", "--data", str(data)])
    assert result.exit_code == 1
    assert f"shared data folder {data} is a file, not a folder" in result.stderr


def test_evaluation_cli_incomplete_data_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", "arms", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "arm_numbers.csv" in result.stderr


def test_evaluation_cli_conditions_without_a_vocabulary_with_trees_exits_1(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["evaluate", "conditions", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "needs a MeSH vocabulary with tree numbers" in result.stderr
    assert "internal error" not in result.stderr


def test_evaluation_cli_pico_without_dev_set_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", "pico", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "crowd960.txt not found" in result.stderr
    assert "internal error" not in result.stderr


def test_evaluation_cli_pico_with_a_model_folder_that_is_no_model_exits_1(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    args = ["evaluate", "pico", "--data", str(tmp_path), "--model", str(tmp_path)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert f"evg: error: no trained PICO model at {tmp_path}" in result.stderr
    assert "rules only" not in result.stderr


def test_evaluation_cli_pico_names_the_packaged_model_by_any_path(
    runner: CliRunner, tmp_path: Path
) -> None:
    data = shared_path("ebm_nlp").parent
    link = tmp_path / "model"
    link.symlink_to(DEFAULT_MODEL_DIR, target_is_directory=True)
    args = ["evaluate", "pico", "--data", str(data), "--limit", "2", "--json"]
    result = runner.invoke(app, [*args, "--model", str(link)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)["figures"]
    systems = {name.split(".")[1] for name in figures if name.startswith("pico.")}
    assert {"tagger", "extractor", "rules"} <= systems, sorted(figures)


def test_evaluation_cli_direction_json(runner: CliRunner) -> None:
    data = shared_path("evidence_inference").parent
    result = runner.invoke(
        app, ["evaluate", "direction", "--data", str(data), "--limit", "3", "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["task"] == "direction"
    assert payload["figures"]["direction.gold.prompts"] == 3
    assert "direction.baseline_majority.macro_f1" in payload["figures"]


def test_evaluation_cli_direction_train_split_and_no_test_split(runner: CliRunner) -> None:
    data = shared_path("evidence_inference").parent
    args = ["evaluate", "direction", "--data", str(data), "--limit", "2", "--json"]
    result = runner.invoke(app, [*args, "--split", "train"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["figures"]["direction.gold.prompts"] == 2
    assert "train split" in " ".join(payload["notes"])
    refused = runner.invoke(app, [*args, "--split", "test"])
    assert refused.exit_code == 2
    assert "validation or train" in refused.output


def test_evaluation_cli_arms_text_lines(runner: CliRunner) -> None:
    data = shared_path("llm_meta_analysis").parent
    result = runner.invoke(app, ["evaluate", "arms", "--data", str(data), "--limit", "2"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("arms.extractor.binary_exact_match: ") for line in lines)
    assert any(line.startswith("arms.baseline_empty.binary_exact_match: ") for line in lines)
    assert any(line.startswith("system ") for line in lines)


def test_evaluation_cli_comparator_json(runner: CliRunner) -> None:
    data = shared_path("pico_corpus").parent
    args = ["evaluate", "comparator", "--data", str(data), "--limit", "4", "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["task"] == "comparator"
    assert payload["figures"]["comparator.gold.documents"] == 4
    assert "comparator.baseline_control_wording.comparator_f1" in payload["figures"]
