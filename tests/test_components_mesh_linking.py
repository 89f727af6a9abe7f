"""MeSH linking of intervention and outcome phrases: record headings first, then the index's
entry terms, with abbreviations defined in the abstract resolved (small invented index)."""

from __future__ import annotations

import pytest

from extractors.components.mesh_linking import (
    INTERVENTION_CATEGORIES,
    OUTCOME_CATEGORIES,
    MeshLinker,
)
from kg.mesh import Descriptor, MeshIndex
from kg.model import MeshHeading

INDEX = MeshIndex.from_descriptors(
    [
        Descriptor("D900010", "Metformin", ("D02.1",), ("Dimethylbiguanidine",)),
        Descriptor("D900011", "Glycated Hemoglobin", ("D12.1",), ("Hemoglobin A1c", "HbA1c")),
        Descriptor("D900012", "Body Weight", ("G07.1",), ("Weight, Body",)),
        Descriptor("D900013", "Hemoglobins", ("D12.2",), ()),
    ]
)


def test_mesh_linking_record_heading_before_index() -> None:
    linker = MeshLinker(INDEX)
    headings = [MeshHeading(ui="D900013", label="Hemoglobins")]
    assert linker.link(["hemoglobins"], headings, {}) == ["D900013"]


def test_mesh_linking_index_entry_term_when_no_heading_names_it() -> None:
    linker = MeshLinker(INDEX)
    assert linker.link(["hemoglobin A1c"], [], {}) == ["D900011"]
    assert linker.link(["body weight"], [], {}) == ["D900012"]


def test_mesh_linking_resolves_abbreviations() -> None:
    linker = MeshLinker(INDEX)
    assert linker.link(["DMBG"], [], {"DMBG": "dimethylbiguanidine"}) == ["D900010"]


def test_mesh_linking_unknown_phrase_links_nothing() -> None:
    assert MeshLinker(INDEX).link(["quality of sleep"], [], {}) == []
    assert MeshLinker(None).link(["metformin"], [], {}) == []


def test_linker_lookups_are_remembered_up_to_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server extracts without end: the look-ups it remembers start again at the bound."""
    import extractors.components.mesh_linking as linking

    monkeypatch.setattr(linking, "_MAX_LOOKUPS", 3)
    linker = MeshLinker(MeshIndex.from_descriptors([Descriptor("D900005", "Asthma", (), ())]))
    for phrase in ("asthma", "a", "b", "c", "d", "asthma"):
        linker.lookup(phrase)
        assert len(linker._lookups) <= 3
    assert linker.lookup("Asthma") == "D900005"


WITHIN = MeshIndex.from_descriptors(
    [
        Descriptor("D900020", "Rituximab", ("D12.3",), ()),
        Descriptor("D900021", "Zoledronic Acid", ("D02.2",), ()),
        Descriptor("D900022", "Kyphoplasty", ("E04.1",), ()),
        Descriptor("D900024", "Hospital Mortality", ("E05.318.308.985.1", "N01.1"), ()),
        Descriptor("D900025", "Myocardial Infarction", ("C14.1",), ()),
        Descriptor("D900026", "Tablets", ("D26.1",), ()),
        Descriptor("D013812", "Therapeutics", ("E02",), ("Therapy",)),
        Descriptor("D900027", "Indium", ("D01.1",), ("In",)),
    ]
)


@pytest.mark.parametrize(
    ("phrase", "within", "expected"),
    [
        # the names inside an intervention's text, in the categories of what a trial gives
        ("intravenous rituximab", INTERVENTION_CATEGORIES, ["D900020"]),
        (
            "zoledronic acid combined with kyphoplasty",
            INTERVENTION_CATEGORIES,
            ["D900021", "D900022"],
        ),
        # a dosage form, a disease and a function word are none of them
        ("rituximab tablets in myocardial infarction", INTERVENTION_CATEGORIES, ["D900020"]),
        # too generic: "therapy" is Therapeutics
        ("conventional therapy", INTERVENTION_CATEGORIES, []),
        # an outcome's: diseases and mortality, not drugs given
        (
            "in-hospital mortality or myocardial infarction",
            OUTCOME_CATEGORIES,
            ["D900024", "D900025"],
        ),
        # no categories: the whole phrase alone, as before
        ("intravenous rituximab", (), []),
    ],
)
def test_mesh_linking_names_within_a_phrase(
    phrase: str, within: tuple[str, ...], expected: list[str]
) -> None:
    """Before, a phrase linked by its whole text alone: "intravenous rituximab" had no UI."""
    assert MeshLinker(WITHIN).link([phrase], [], {}, within) == expected


def test_mesh_linking_names_within_can_be_switched_off() -> None:
    linker = MeshLinker(WITHIN)
    linker.names_inside = False
    assert linker.link(["intravenous rituximab"], [], {}, INTERVENTION_CATEGORIES) == []


def test_mesh_linking_tries_the_other_grammatical_number() -> None:
    """Before, "antidepressant" and "statin" linked nothing: MeSH names "Antidepressants",
    "Statins"."""
    index = MeshIndex.from_descriptors(
        [
            Descriptor("D900040", "Antidepressive Agents", ("D27.2",), ("Antidepressants",)),
            Descriptor("D010919", "Placebos", ("D26.2", "E02.1"), ()),
            Descriptor(
                "D900041",
                "Hydroxymethylglutaryl-CoA Reductase Inhibitors",
                ("D27.1",),
                ("Statins",),
            ),
            Descriptor("D900042", "Catheter", ("E07.1",), ()),
            Descriptor("D900043", "Insemination, Artificial", ("E02.2",), ("AIDs",)),
        ]
    )
    linker = MeshLinker(index)
    assert linker.link(["antidepressant"], [], {}) == ["D900040"]
    # a placebo arm is no topic: NLM indexes Placebos where placebos are one
    assert linker.link(["placebo"], [], {}) == []
    assert linker.link(["placebos"], [], {}) == ["D010919"]
    assert linker.link(["statin"], [], {}) == ["D900041"]
    assert linker.link(["catheters"], [], {}) == ["D900042"]
    # a short word is no plural's singular, nor looked up alone inside a phrase
    assert linker.link(["aid"], [], {}) == []
    assert linker.link(["with the aid of a statin"], [], {}, INTERVENTION_CATEGORIES) == ["D900041"]


def test_mesh_linking_bare_cirrhosis_is_the_livers_and_weight_the_bodys() -> None:
    """Before, "cirrhosis" linked Fibrosis, whose entry term it is in MeSH, and "weight"
    Weights and Measures (its entry term "Weights"); abstracts that write them alone mean the
    liver's and the body's."""
    index = MeshIndex.from_descriptors(
        [
            Descriptor("D900050", "Fibrosis", ("C23.1",), ("Cirrhosis",)),
            Descriptor("D900051", "Liver Cirrhosis", ("C06.1", "C23.1.1"), ("Hepatic Cirrhosis",)),
            Descriptor("D900052", "Liver Cirrhosis, Biliary", ("C06.1.1",), ("Biliary Cirrhosis",)),
            Descriptor("D900053", "Weights and Measures", ("G17.1",), ("Weights",)),
            Descriptor("D900054", "Body Weight", ("G07.1",), ()),
            Descriptor("D900055", "Weight Loss", ("G07.1.1",), ()),
        ]
    )
    linker = MeshLinker(index)
    assert linker.link(["cirrhosis"], [], {}) == ["D900051"]
    assert linker.link(["fibrosis"], [], {}) == ["D900050"]
    assert linker.link(["biliary cirrhosis"], [], {}) == ["D900052"]
    assert linker.link(["mortality in cirrhosis"], [], {}, OUTCOME_CATEGORIES) == ["D900051"]
    assert linker.link(["Weight"], [], {}) == ["D900054"]
    assert linker.link(["weight and weight loss"], [], {}, OUTCOME_CATEGORIES) == [
        "D900054",
        "D900055",
    ]


def test_mesh_linking_a_function_named_impaired_takes_its_disorder() -> None:
    """Before, "memory impairment" linked Memory and "sleep disturbance" Sleep: the function,
    not the disorder MeSH names with other words."""
    index = MeshIndex.from_descriptors(
        [
            Descriptor("D900060", "Memory", ("F02.1",), ()),
            Descriptor("D900061", "Memory Disorders", ("C10.1", "F01.1"), ("Memory Deficits",)),
            Descriptor("D900062", "Sleep", ("G11.1",), ()),
            Descriptor("D900063", "Sleep Wake Disorders", ("C10.2", "F03.1"), ("Sleep Disorders",)),
            Descriptor("D900064", "Cognitive Dysfunction", ("F03.2",), ("Cognitive Impairments",)),
            Descriptor("D900065", "Erectile Dysfunction", ("C12.1",), ()),
            Descriptor("D900066", "Attention", ("F02.2",), ()),
        ]
    )
    linker = MeshLinker(index)
    for phrase, expected in (
        ("memory impairment", ["D900061"]),
        ("impaired memory at 6 months", ["D900061"]),
        ("symptoms of itching and sleep disturbance", ["D900063"]),
        ("mild cognitive impairment", ["D900064"]),
        ("erectile dysfunction", ["D900065"]),  # MeSH's own name
        ("attention deficits", ["D900066"]),  # no disorder named so: the function
        ("memory and attention", ["D900060", "D900066"]),
    ):
        assert linker.link([phrase], [], {}, OUTCOME_CATEGORIES) == expected, phrase
    # not in an intervention's categories
    assert linker.link(["memory impairment"], [], {}, INTERVENTION_CATEGORIES) == []


def test_mesh_linking_remembered_links_follow_headings_long_forms_and_switch() -> None:
    """``link`` remembers its answers: the same phrase with other headings, long forms,
    categories or ``names_inside`` is linked anew, and a caller's change to an answer is not
    remembered."""
    linker = MeshLinker(WITHIN)
    phrase = ["RTX and kyphoplasty"]
    assert linker.link(phrase, [], {}, INTERVENTION_CATEGORIES) == ["D900022"]
    assert linker.link(phrase, [], {"RTX": "rituximab"}, INTERVENTION_CATEGORIES) == [
        "D900020",
        "D900022",
    ]
    heading = MeshHeading(ui="D900021", label="Zoledronic Acid")
    assert linker.link(["zoledronic acid"], [heading], {}) == ["D900021"]
    renamed = MeshHeading(ui="D900022", label="Zoledronic Acid")
    assert linker.link(["zoledronic acid"], [renamed], {}) == ["D900022"]
    assert linker.link(phrase, [], {}, ()) == []
    answer = linker.link(phrase, [], {}, INTERVENTION_CATEGORIES)
    answer.append("D000000")
    assert linker.link(phrase, [], {}, INTERVENTION_CATEGORIES) == ["D900022"]
    linker.names_inside = False
    assert linker.link(phrase, [], {}, INTERVENTION_CATEGORIES) == []


def test_mesh_linking_names_within_remembered_per_categories() -> None:
    """The names inside a text are remembered per text and categories: the same text in an
    outcome's categories gives the outcome's names."""
    linker = MeshLinker(WITHIN)
    text = "rituximab and myocardial infarction"
    assert linker.names_within(text, INTERVENTION_CATEGORIES) == ["D900020"]
    assert linker.names_within(text, OUTCOME_CATEGORIES) == ["D900020", "D900025"]
    assert linker.names_within(text, ("C",)) == ["D900025"]
    assert linker.names_within(text, INTERVENTION_CATEGORIES) == ["D900020"]


def test_mesh_linking_names_within_tries_the_first_two_words_as_lookup_changes_them() -> None:
    """Phrases are looked up only where their first two words may start a name: as written,
    in American spelling or with the second (and last) word in the other number."""
    index = MeshIndex.from_descriptors(
        [
            Descriptor("D900070", "Anemia, Iron-Deficiency", ("C15.1",), ()),
            Descriptor("D900071", "Brain Neoplasms", ("C04.1",), ("Brain Tumors",)),
            Descriptor("D900072", "Proton Pump Inhibitors", ("D27.1",), ()),
            Descriptor("D900073", "Dietary Supplements", ("D10.1",), ()),
        ]
    )
    linker = MeshLinker(index)
    for phrase, expected in (
        ("severe iron deficiency anaemia in women", ["D900070"]),
        ("growth of brain tumours", ["D900071"]),
        ("a proton pump inhibitor daily", ["D900072"]),
        ("dietary supplement use", ["D900073"]),
        ("brain and tumours", []),
    ):
        assert linker.names_within(phrase, OUTCOME_CATEGORIES) == expected, phrase
