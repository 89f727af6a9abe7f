"""PICO training steps that run in seconds: tok2vec pretraining, the self-training
settings, the teachers' tags on a few invented texts and reusing finished teachers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.tokens import DocBin
from typer.testing import CliRunner

from api.cli import EXIT_INPUT, _register, app
from extractors.pico import training
from extractors.pico.mesh_lexicon import EmptyLexiconError
from extractors.pico.model import DEFAULT_MODEL_DIR, model_available
from extractors.pico.self_training import (
    SelfTraining,
    labelled_target,
    pseudo_label,
    read_settings,
    soften_labelled,
)
from extractors.pico.soft_targets import PROBS_KEY, stored_probs
from extractors.pico.sources import DOCS
from extractors.pico.training import (
    CONFIG,
    TrainingConfigError,
    check_config,
    has_pretraining,
    pretrain_tok2vec,
    shuffled_texts,
    student_settings,
    teacher_config,
    train_teachers,
    uses_static_vectors,
)

# spaCy's character objective instead of the shipped config's masked vectors
PRETRAINING = """
[pretraining]
max_epochs = 1
dropout = 0.2
n_save_every = null
n_save_epoch = null
component = "tok2vec"
layer = ""
corpus = "corpora.pretrain"

[pretraining.batcher]
@batchers = "spacy.batch_by_words.v1"
size = 3000
discard_oversize = false
tolerance = 0.2
get_length = null

[pretraining.objective]
@architectures = "spacy.PretrainCharacters.v1"
maxout_pieces = 3
hidden_size = 128
n_characters = 4

[pretraining.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001
"""


def without_pretraining(config: str) -> str:
    """The config's text less its [pretraining] blocks."""
    start = config.index("\n[pretraining]\n")
    return config[:start] + config[config.index("\n[initialize]\n", start) :]


def test_training_shipped_config_pretrains_and_uses_static_vectors(tmp_path: Path) -> None:
    assert has_pretraining(CONFIG)
    assert uses_static_vectors(CONFIG)
    plain = tmp_path / "plain.cfg"
    plain.write_text(without_pretraining(CONFIG.read_text(encoding="utf-8")), encoding="utf-8")
    assert not has_pretraining(plain)


def test_training_pretrain_writes_weights_into_a_new_folder(tmp_path: Path) -> None:
    raw = tmp_path / "raw_text.jsonl"
    texts = [f"Patients with gout number {i} were given drug A or placebo daily." for i in range(8)]
    raw.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    config = tmp_path / "pretrain.cfg"
    shipped = without_pretraining(CONFIG.read_text(encoding="utf-8")).replace(
        "include_static_vectors = true", "include_static_vectors = false"
    )
    config.write_text(shipped + PRETRAINING, encoding="utf-8")
    assert has_pretraining(config)
    mesh = Path(__file__).parent / "fixtures" / "mesh" / "descriptors.tsv"  # MeSH categories
    with pytest.raises(EmptyLexiconError, match=re.escape("paths.mesh")):
        pretrain_tok2vec(raw, tmp_path / "none" / "pretrain", config, {})
    settings = {"paths.mesh": str(mesh)}
    weights = pretrain_tok2vec(raw, tmp_path / "work" / "pretrain", config, settings)
    assert weights == tmp_path / "work" / "pretrain" / "model-last.bin"
    assert weights.stat().st_size > 0


def test_pretraining_texts_are_shuffled_the_same_way_for_a_seed(tmp_path: Path) -> None:
    raw = tmp_path / "raw_text.jsonl"
    lines = [json.dumps({"text": f"Abstract {i} about gout."}) + "\n" for i in range(30)]
    raw.write_text("".join(lines), encoding="utf-8")
    first = shuffled_texts(raw, tmp_path / "a.jsonl", seed=3).read_text(encoding="utf-8")
    again = shuffled_texts(raw, tmp_path / "b.jsonl", seed=3).read_text(encoding="utf-8")
    other = shuffled_texts(raw, tmp_path / "c.jsonl", seed=4).read_text(encoding="utf-8")
    assert first == again != other
    assert first.splitlines(keepends=True) != lines
    assert sorted(first.splitlines(keepends=True)) == sorted(lines)


def without_self_training(config: str) -> str:
    """The config's text less its [evg_self_training] block."""
    if "\n[evg_self_training]\n" not in config:
        return config
    start = config.index("\n[evg_self_training]\n")
    return config[:start] + config[config.index("\n[training]\n", start) :]


def with_self_training(tmp_path: Path, section: str, name: str = "st.cfg") -> Path:
    """The shipped config with ``section`` added before [training], written to ``name``."""
    config = tmp_path / name
    text = without_self_training(CONFIG.read_text(encoding="utf-8"))
    config.write_text(
        text.replace("[training]\n", f"[evg_self_training]\n{section}\n[training]\n", 1),
        encoding="utf-8",
    )
    return config


def test_self_training_settings_come_from_the_config(tmp_path: Path) -> None:
    assert read_settings(CONFIG) == SelfTraining(
        10000, soft=True, teacher_seeds=(20241, 20242, 20243)
    )
    config = with_self_training(tmp_path, "documents = 12\nbiases = true\n")
    assert read_settings(config) == SelfTraining(documents=12, biases=True)
    config = with_self_training(
        tmp_path, "documents = 40\nteacher_seeds = [7, 8]\nsoft = true\n", "soft.cfg"
    )
    assert read_settings(config) == SelfTraining(40, soft=True, teacher_seeds=(7, 8))
    config = with_self_training(
        tmp_path, "documents = 4\nsoft = true\nlabelled_soft = 0.25\n", "mix.cfg"
    )
    assert read_settings(config) == SelfTraining(4, soft=True, labelled_soft=0.25)
    config = with_self_training(tmp_path, "documents = 4\nsoft = true\nprompts = 0.5\n", "p.cfg")
    assert read_settings(config) == SelfTraining(4, soft=True, prompts=0.5)
    config = with_self_training(
        tmp_path, "documents = 4\nsoft = true\nstudent_steps = 9\n", "s.cfg"
    )
    assert read_settings(config) == SelfTraining(4, soft=True, student_steps=9)
    plain = tmp_path / "plain.cfg"
    plain.write_text(without_self_training(config.read_text(encoding="utf-8")), encoding="utf-8")
    assert read_settings(plain) == SelfTraining()


def test_the_student_trains_on_its_corpus_from_the_first_teachers_weights(tmp_path: Path) -> None:
    settings = {"paths.train": "crowd", "training.max_steps": 14000, "system.seed": 1}
    corpus, weights = tmp_path / "student_corpus", tmp_path / "model-last.bin"
    same_steps = student_settings(settings, SelfTraining(5, soft=True), corpus, weights)
    assert same_steps == {
        **settings,
        "paths.train": str(corpus),
        "paths.init_tok2vec": str(weights),
        "components.tagger.factory": "evg_soft_tagger",
    }
    longer = student_settings(settings, SelfTraining(5, student_steps=24000), corpus, None)
    assert longer == {**settings, "paths.train": str(corpus), "training.max_steps": 24000}
    assert settings["training.max_steps"] == 14000  # the teachers' settings are left alone


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ("documents = -1\n", "documents must be a whole number >= 0, not -1"),
        ("documents = 2.5\n", "documents must be a whole number >= 0, not 2.5"),
        ("documents = 5\nteacher_seeds = 3\n", "teacher_seeds must be a list of whole numbers"),
        ("documents = 5\nteacher_seeds = [3, 3]\n", "teacher_seeds repeat a seed"),
        ("documents = 5\nteacher_seeds = [20240]\n", "the config's own is 20240"),
        ("documents = 5\nsoft = true\nbiases = true\n", "biases apply to one hard teacher"),
        ("documents = 5\nteachers = 2\n", "unknown settings: teachers"),
        ("documents = 0\nsoft = true\n", "teacher settings but documents = 0"),
        ("teacher_seeds = [1]\n", "teacher settings but documents = 0"),
        ("documents = 5\nsoft = true\nlabelled_soft = 1.5\n", "from 0 to 1, not 1.5"),
        ("documents = 5\nsoft = true\nlabelled_soft = true\n", "from 0 to 1, not True"),
        ("documents = 5\nlabelled_soft = 0.5\n", "labelled_soft needs soft = true"),
        ("documents = 5\nsoft = true\nprompts = -0.1\n", "prompts must be a number from 0"),
        ("documents = 5\nprompts = 0.5\n", "prompts needs soft = true"),
        ("documents = 5\nstudent_steps = -3\n", "student_steps must be a whole number >= 0"),
        ("documents = 5\nstudent_steps = 1.5\n", "student_steps must be a whole number >= 0"),
        ("student_steps = 100\n", "teacher settings but documents = 0"),
    ],
)
def test_check_config_names_an_unusable_self_training_setting(
    tmp_path: Path, section: str, message: str
) -> None:
    with pytest.raises(TrainingConfigError, match=re.escape(message)):
        check_config(with_self_training(tmp_path, section))


def write_unlabelled(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """Six invented abstracts as raw text, the first of them also an EBM-NLP document."""
    texts = [
        f"Trial {i}. We randomly assigned {20 + i} adults with gout to drug A or placebo. "
        "Flares were fewer with drug A than with placebo."
        for i in range(6)
    ]
    raw = tmp_path / "raw_text.jsonl"
    raw.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    docs = tmp_path / "data" / DOCS
    docs.mkdir(parents=True)
    (docs / "1.txt").write_text(texts[0], encoding="utf-8")  # an EBM-NLP abstract: left out
    return raw, tmp_path / "data", texts


def test_a_labelled_target_mixes_the_crowd_label_with_the_teachers() -> None:
    labels = ["INT", "O", "OUT", "POP"]
    probs = numpy.asarray(
        [[0.1, 0.6, 0.2, 0.1], [0.4, 0.4, 0.1, 0.1], [0.2, 0.2, 0.2, 0.4], [1.0, 0, 0, 0]],
        dtype="float32",
    )
    target = labelled_target(probs, ["INT", "!INT", "", "!INT"], labels, 0.25)
    # a crowd label: three quarters one-hot, one quarter the teachers
    assert numpy.allclose(target[0], [0.775, 0.15, 0.05, 0.025])
    # a negative label: the teachers' probabilities without that label, renormalised
    assert numpy.allclose(target[1], [0.0, 4 / 6, 1 / 6, 1 / 6])
    # no label: the teachers alone
    assert numpy.allclose(target[2], probs[2])
    # teachers sure of the excluded label: the other labels share evenly
    assert numpy.allclose(target[3], [0.0, 1 / 3, 1 / 3, 1 / 3])
    assert numpy.allclose(target.sum(axis=1), 1.0)
    assert numpy.allclose(labelled_target(probs[:1], ["OUT"], labels, 0.0), [[0, 0, 1, 0]])


def test_prompt_tags_move_their_rows_towards_the_label() -> None:
    # pseudo_label's use for prompt phrases: the teachers' share is 1 - the prompt weight
    labels = ["INT", "O", "OUT", "POP"]
    probs = numpy.asarray([[0.1, 0.8, 0.1, 0.0], [0.2, 0.2, 0.2, 0.4]], dtype="float32")
    mixed = labelled_target(probs, ["INT", ""], labels, 1.0 - 0.5)
    assert numpy.allclose(mixed[0], [0.55, 0.4, 0.05, 0.0])
    assert numpy.allclose(mixed[1], probs[1]) and numpy.allclose(mixed.sum(axis=1), 1.0)
    assert numpy.allclose(probs[0], [0.1, 0.8, 0.1, 0.0])  # the input is left as it was
    assert numpy.allclose(labelled_target(probs, ["OUT", "OUT"], labels, 1.0 - 1.0)[:, 2], 1.0)


@pytest.mark.skipif(not model_available(), reason="the packaged PICO model is not installed")
def test_soft_labelled_corpus_keeps_the_crowd_tags_beside_the_targets(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    corpus, out = tmp_path / "train.spacy", tmp_path / "soft.spacy"
    words = ["Adults", "with", "gout", "received", "drug", "A", "or", "placebo"]
    tags = ["POP", "POP", "POP", "O", "INT", "INT", "O", "INT"]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, tags=tags)
    DocBin(docs=[doc, spacy.tokens.Doc(nlp.vocab, words=["Placebo"], tags=["!INT"])]).to_disk(
        corpus
    )
    assert soften_labelled([DEFAULT_MODEL_DIR], corpus, out, 0.5) == 2
    first, second = DocBin().from_disk(out).get_docs(nlp.vocab)
    assert [t.tag_ for t in first] == tags and [t.text for t in first] == words
    labels = ["INT", "O", "OUT", "POP"]
    target = stored_probs(first, len(labels))
    assert target is not None and numpy.allclose(target.sum(axis=1), 1.0, atol=0.01)
    # at least half of each token's target is its crowd label
    assert all(target[i, labels.index(tag)] >= 0.5 - 0.01 for i, tag in enumerate(tags))
    negative = stored_probs(second, len(labels))
    assert negative is not None and negative[0, 0] == 0.0


@pytest.mark.skipif(not model_available(), reason="the packaged PICO model is not installed")
def test_pseudo_labels_skip_ebm_nlp_abstracts_and_repeat(tmp_path: Path) -> None:
    raw, data, texts = write_unlabelled(tmp_path)
    first, second = tmp_path / "a.spacy", tmp_path / "b.spacy"
    counts = pseudo_label([DEFAULT_MODEL_DIR], raw, data, first, 10, seed=7)
    pseudo_label([DEFAULT_MODEL_DIR], raw, data, second, 10, seed=7)
    tagged = list(DocBin().from_disk(first).get_docs(spacy.blank("en").vocab))
    assert len(tagged) == 5 and texts[0] not in {d.text for d in tagged}
    assert set(counts) <= {"INT", "O", "OUT", "POP"} and counts["INT"] > 0
    assert all(PROBS_KEY not in d.user_data for d in tagged)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.skipif(not model_available(), reason="the packaged PICO model is not installed")
def test_soft_pseudo_labels_keep_the_teachers_probabilities(tmp_path: Path) -> None:
    raw, data, _ = write_unlabelled(tmp_path)
    hard, soft = tmp_path / "hard.spacy", tmp_path / "soft.spacy"
    pseudo_label([DEFAULT_MODEL_DIR], raw, data, hard, 3, seed=1)
    # the same teacher twice averages to itself
    pseudo_label([DEFAULT_MODEL_DIR, DEFAULT_MODEL_DIR], raw, data, soft, 3, seed=1, soft=True)
    vocab = spacy.blank("en").vocab
    hard_docs = list(DocBin().from_disk(hard).get_docs(vocab))
    soft_docs = list(DocBin().from_disk(soft).get_docs(vocab))
    assert [d.text for d in soft_docs] == [d.text for d in hard_docs] and len(soft_docs) == 3
    labels = ["INT", "O", "OUT", "POP"]  # the tagger's columns
    for hard_doc, soft_doc in zip(hard_docs, soft_docs, strict=True):
        probs = stored_probs(soft_doc, len(labels))
        assert probs is not None and probs.shape == (len(soft_doc), 4)
        assert numpy.allclose(probs.sum(axis=1), 1.0, atol=0.01)
        assert [t.tag_ for t in soft_doc] == [t.tag_ for t in hard_doc]
        assert [labels[int(k)] for k in probs.argmax(axis=1)] == [t.tag_ for t in soft_doc]


def test_check_config_accepts_the_shipped_config_and_names_what_is_wrong(tmp_path: Path) -> None:
    check_config(CONFIG)
    shipped = CONFIG.read_text(encoding="utf-8")
    cases = {
        "missing.cfg": (None, "not found"),
        "garbage.cfg": ("no sections here [[\n", "cannot be read"),
        "seedless.cfg": (shipped.replace("seed = 20240\n", "", 1), "has no [system.seed]"),
        "mask.cfg": (
            shipped.replace("mask_rate = 0.3", "mask_rate = 1.5"),
            "mask_rate must lie between 0 and 1, not 1.5",
        ),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        if text is not None:
            path.write_text(text, encoding="utf-8")
        with pytest.raises(TrainingConfigError, match=re.escape(message)):
            check_config(path)


@pytest.mark.parametrize(
    ("change", "messages"),
    [
        (("mask_rate = 0.3", "mask_rate = 0"), ("evg: error: training config", "mask_rate")),
        # an empty data folder has no MeSH file for the shipped config's lexicon
        (("", ""), ("evg: error: MeSH vocabulary", "not found")),
    ],
)
def test_evg_train_reports_a_bad_config_or_missing_data_before_any_work(
    tmp_path: Path, change: tuple[str, str], messages: tuple[str, str]
) -> None:
    config = tmp_path / "train.cfg"
    config.write_text(CONFIG.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    _register()
    (tmp_path / "data").mkdir()
    work = tmp_path / "work"
    result = CliRunner().invoke(
        app,
        ["train", "--data", str(tmp_path / "data"), "--work", str(work), "--config", str(config)],
    )
    assert result.exit_code == EXIT_INPUT
    assert all(message in result.output for message in messages), result.output
    assert not work.exists()  # no corpus was built


def test_evg_train_reports_a_missing_data_folder_before_any_work(tmp_path: Path) -> None:
    _register()
    absent, work = tmp_path / "absent", tmp_path / "work"
    result = CliRunner().invoke(app, ["train", "--data", str(absent), "--work", str(work)])
    assert result.exit_code == EXIT_INPUT
    assert f"evg: error: shared data folder {absent} not found" in result.output
    assert not work.exists()


def test_a_teacher_config_has_its_seed_and_no_self_training(tmp_path: Path) -> None:
    config = with_self_training(tmp_path, "documents = 5\nteacher_seeds = [9]\nsoft = true\n")
    out = teacher_config(config, 9, tmp_path / "t" / "config.cfg")
    loaded = spacy.util.load_config(out)
    assert loaded["system"]["seed"] == 9 and "evg_self_training" not in loaded
    original = spacy.util.load_config(config)
    original.pop("evg_self_training")
    original["system"]["seed"] = 9
    assert loaded == original  # nothing else changes


def fake_training(calls: list[int]) -> object:
    """A stand-in for ``train_teacher`` that records the seed and writes a finished teacher."""

    def train(config: Path, work_dir: Path, settings: dict, raw: Path, pretrain: bool) -> object:
        calls.append(int(spacy.util.load_config(config)["system"]["seed"]))
        best = work_dir / "output" / "model-best"
        best.mkdir(parents=True, exist_ok=True)
        (best / "meta.json").write_text("{}", encoding="utf-8")
        (work_dir / training.STAMP).write_text(
            training._teacher_stamp(config, settings, raw, pretrain), encoding="utf-8"
        )
        return best, None

    return train


def test_finished_teachers_are_reused_only_for_the_same_config_and_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(training, "train_teacher", fake_training(calls))
    train, dev, raw = tmp_path / "train.spacy", tmp_path / "dev.spacy", tmp_path / "raw.jsonl"
    for path in (train, dev, raw):
        path.write_text(path.name, encoding="utf-8")
    settings = {"paths.train": str(train), "paths.dev": str(dev)}
    teachers = tmp_path / "teachers"

    def run(config: Path = CONFIG, reuse: bool = True) -> list[tuple[Path, Path | None]]:
        return train_teachers(
            config, [20240, 7], teachers, settings, raw, pretrain=False, reuse=reuse
        )

    first = run()
    assert calls == [20240, 7]
    assert first == [(teachers / f"seed-{s}" / "output" / "model-best", None) for s in (20240, 7)]
    assert run() == first and calls == [20240, 7]  # both reused
    monkeypatch.chdir(tmp_path)
    settings["paths.train"] = "train.spacy"  # the same file, named relative to the folder
    assert run() == first and calls == [20240, 7]
    run(reuse=False)
    assert calls == [20240, 7, 20240, 7]
    train.write_text("other corpus", encoding="utf-8")
    run()
    assert calls[4:] == [20240, 7]  # the training corpus changed
    changed = tmp_path / "changed.cfg"
    changed.write_text(CONFIG.read_text(encoding="utf-8").replace("dropout = 0.2", "dropout = 0.3"))
    run(changed)
    assert calls[6:] == [20240, 7]  # the config changed
    (teachers / "seed-7" / training.STAMP).unlink()  # an interrupted teacher
    run(changed)
    assert calls[8:] == [7]


def test_evg_train_refuses_zero_jobs(tmp_path: Path) -> None:
    _register()
    (tmp_path / "data").mkdir()
    result = CliRunner().invoke(
        app, ["train", "--data", str(tmp_path / "data"), "--work", str(tmp_path), "--jobs", "0"]
    )
    assert result.exit_code != 0 and "--jobs" in result.output


def test_evg_train_refuses_a_work_folder_that_is_a_file(tmp_path: Path) -> None:
    _register()
    (tmp_path / "data").mkdir()
    work = tmp_path / "work"
    work.write_text("a file", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["train", "--data", str(tmp_path / "data"), "--work", str(work)]
    )
    assert result.exit_code == EXIT_INPUT
    assert f"work folder {work} is a file" in result.output
    assert work.read_text(encoding="utf-8") == "a file"


@pytest.mark.skipif(not model_available(), reason="the packaged PICO model is not installed")
def test_prompt_phrases_pull_the_soft_targets_of_their_tokens(tmp_path: Path) -> None:
    raw, data, texts = write_unlabelled(tmp_path)
    ei = data / "evidence_inference"
    (ei / "abstracts").mkdir(parents=True)
    (ei / "abstracts" / "PMC5.abst").write_text(f"TITLE: \n{texts[2]}\n", encoding="utf-8")
    (ei / "prompts.csv").write_text(
        "PromptID,PMCID,Outcome,Intervention,Comparator\n1,5,Flares,drug A,placebo\n",
        encoding="utf-8",
    )
    plain, prompted = tmp_path / "plain.spacy", tmp_path / "prompted.spacy"
    pseudo_label([DEFAULT_MODEL_DIR], raw, data, plain, 5, seed=3, soft=True)
    pseudo_label([DEFAULT_MODEL_DIR], raw, data, prompted, 5, seed=3, soft=True, prompts=1.0)
    vocab = spacy.blank("en").vocab
    labels = ["INT", "O", "OUT", "POP"]
    changed = 0
    for before, after in zip(
        DocBin().from_disk(plain).get_docs(vocab),
        DocBin().from_disk(prompted).get_docs(vocab),
        strict=True,
    ):
        old, new = stored_probs(before, 4), stored_probs(after, 4)
        assert old is not None and new is not None
        if after.text != texts[2]:
            assert numpy.array_equal(old, new)
            continue
        changed += 1
        want = {"drug": "INT", "A": "INT", "placebo": "INT", "Flares": "OUT"}
        for token in after:
            if token.text in want:  # weight 1: the label alone
                assert new[token.i, labels.index(want[token.text])] == 1.0
                assert token.tag_ == want[token.text]
            else:
                assert numpy.array_equal(new[token.i], old[token.i])
    assert changed == 1
