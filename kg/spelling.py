"""British medical spellings in their American form, as MeSH writes its names and most entry
terms: "anaemia" -> "anemia", "oesophageal tumour" -> "esophageal tumor", "haemorrhage" ->
"hemorrhage", "paediatric" -> "pediatric", "randomisation" -> "randomization".

Works on ``kg.mesh.normalise_term`` keys (lower case, words separated by one space). Only
word parts that are spelled this way in British medical English change; a key without any
of them is returned as it is, cheaply (``american`` runs on every look-up that misses).
"""

from __future__ import annotations

import re

# word-part rewrites: (British, American); each applies where the British part stands
_PARTS = (
    ("aemi", "emi"),  # anaemia, leukaemia, ischaemia, septicaemia, hyperglycaemia
    ("haem", "hem"),  # haemorrhage, haematoma, haemoglobin, haemodialysis
    ("aesth", "esth"),  # anaesthesia
    ("paed", "ped"),  # paediatric, orthopaedic
    ("gynaec", "gynec"),  # gynaecology
    ("faec", "fec"),  # faecal
    ("caesar", "cesar"),  # caesarean
    ("aetiol", "etiol"),  # aetiology
    ("oedem", "edem"),  # oedema
    ("oesophag", "esophag"),  # oesophagus, oesophageal
    ("oestr", "estr"),  # oestrogen, oestradiol
    ("foet", "fet"),  # foetal
    ("coeliac", "celiac"),
    ("rrhoea", "rrhea"),  # diarrhoea, gonorrhoea, amenorrhoea
    ("noea", "nea"),  # dyspnoea, apnoea
    ("tumour", "tumor"),
    ("behaviour", "behavior"),
    ("isation", "ization"),  # randomisation, hospitalisation, immunisation
    ("centre", "center"),
    ("fibre", "fiber"),
    ("litre", "liter"),
)
_AMERICAN = dict(_PARTS)
_BRITISH = re.compile("|".join(british for british, _ in _PARTS))


def american(key: str) -> str:
    """``key`` with its British spellings in American form ("anaemia" -> "anemia")."""
    # every British part contains one of these: a fast test before the pattern, written out
    # (a generator over a tuple of them was most of the time of the 136,000 calls a run over
    # the RCT file makes)
    if not (
        "ae" in key
        or "oe" in key
        or "our" in key
        or "isation" in key
        or "tre" in key
        or "fibre" in key
    ):
        return key
    return _BRITISH.sub(lambda m: _AMERICAN[m.group()], key)
