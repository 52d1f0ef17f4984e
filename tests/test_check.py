"""The check pipeline: figures matched to the right claim and verdict; the newer figure a finding
mentions; many documents checked at once as they are one by one."""

from __future__ import annotations

import pytest

from factcheck.check import check_text, newer_conflicting
from factcheck.cli import main
from factcheck.drafts import check_drafts
from factcheck.figures import parse_figure
from factcheck.inputs import bundled_registry_path, read_registry
from factcheck.matching import Matcher
from factcheck.registry import Source, parse_registry
from factcheck.report import Document, FindingStream, Report, SourceVerdict

from .conftest import CORPUS, REPO, SEEDS


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    path = bundled_registry_path()
    return Matcher(parse_registry(path.read_text(encoding="utf-8"), str(path)))


# Our own sentences, each carrying one figure: (sentence, figure text, claim id, verdict).
CASES = [
    ("Reuters and the Open Source Center counted at least 64 arms shipments from North Korea to Russia.",
     "at least 64", "dprk-arms-shipments-to-russia", "agree"),
    ("Tracked cargo from North Korea carried between 4.2 and 5.8 million munitions to Russia.",
     "between 4.2 and 5.8 million", "dprk-munitions-to-russia", "mixed"),
    ("Seoul believes North Korea has shipped about 12 million munitions to Russia since 2022.",
     "about 12 million", "dprk-munitions-to-russia", "mixed"),
    ("Seoul believes North Korea has shipped about 30 million munitions to Russia since 2022.",
     "about 30 million", "dprk-munitions-to-russia", "conflict"),
    ("North Korea earned an estimated $20 billion in economic benefits from its arms sales to Russia.",
     "an estimated $20 billion", "dprk-arms-sales-economic-benefit", "agree"),
    ("North Korea earned an estimated $90 billion in economic benefits from its arms sales to Russia.",
     "an estimated $90 billion", "dprk-arms-sales-economic-benefit", "conflict"),
    ("Technology transfers from Russia to North Korea were worth $630 million.",
     "$630 million", "dprk-technology-transfers-value", "agree"),
    ("Russia's army fires artillery rounds at around 10,000 a day in Ukraine.",
     "around 10,000 a day", "russia-artillery-rounds-per-day", "agree"),
    ("Russia's army fires around 10,000 artillery rounds a day in Ukraine.",  # the rate after the noun
     "around 10,000", "russia-artillery-rounds-per-day", "agree"),
    ("Analysts say around 40 percent of the shells fired by Russia's army were supplied by North Korea.",
     "around 40 percent", "dprk-share-of-russian-shells", "agree"),
    ("North Korea supplied 70% of the shells fired by Russia's army.",
     "70%", "dprk-share-of-russian-shells", "conflict"),
    ("Pyongyang may send another 25,000 to 30,000 soldiers to fight for Russia.",
     "25,000 to 30,000", "dprk-additional-troops-planned", "agree"),
    ("North Korea sent 11,000 soldiers to fight for Russia in November 2024.",
     "11,000", "dprk-troops-sent-2024", "agree"),
    ("North Korea sent 15,000 soldiers to fight for Russia in November 2024.",
     "15,000", "dprk-troops-sent-2024", "conflict"),
    ("Russia's spring conscription call-up drafted 160,000 recruits.",
     "160,000", "russia-spring-conscription-2025", "agree"),
    ("Between 1,500 and 15,000 foreign volunteers are fighting on behalf of Russia.",
     "Between 1,500 and 15,000", "russia-foreign-volunteers", "agree"),
    # Unrelated figures match nothing, whatever their kind.
    ("The bakery sold 12 million loaves of bread last year.", "12 million", None, "unmatched"),
    ("Turnout in the village election was 40 percent.", "40 percent", None, "unmatched"),
]


@pytest.mark.parametrize(("sentence", "figure_text", "claim_id", "verdict"), CASES, ids=[c[1] for c in CASES])
def test_each_figure_finds_its_claim_and_verdict(matcher, sentence, figure_text, claim_id, verdict) -> None:
    (finding,) = [f for f in check_text(sentence, matcher) if f.figure.text == figure_text]
    assert (finding.claim.id if finding.claim else None, finding.verdict) == (claim_id, verdict)


def test_each_source_is_judged_on_its_own(matcher) -> None:
    (finding,) = check_text("North Korea has shipped about 12 million munitions to Russia.", matcher)
    assert [(s.source.name, s.verdict) for s in finding.sources] == [
        ("South Korea's Defense Intelligence Agency (DIA)", "agree"),
        ("Open Source Center (OSC) and Reuters", "conflict"),
        ("Hugh Griffiths, Stockholm International Peace Research Institute (SIPRI)", "agree"),  # "millions"
    ]


def test_matching_does_not_depend_on_the_value(matcher) -> None:
    template = "North Korea has shipped {} munitions to Russia since the war began."
    claims = {check_text(template.format(v), matcher)[0].claim.id for v in ("12 million", "1,000", "90 billion")}
    assert claims == {"dprk-munitions-to-russia"}


def test_the_threshold_decides_what_is_unmatched() -> None:
    path = bundled_registry_path()
    claims = parse_registry(path.read_text(encoding="utf-8"), str(path))
    sentence = "North Korea has shipped about 12 million munitions to Russia."
    assert check_text(sentence, Matcher(claims, threshold=60))[0].verdict == "mixed"
    assert check_text(sentence, Matcher(claims, threshold=100.1))[0].verdict == "unmatched"


def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip("../shared/seeds is not present")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["000_e0376091e6ffc7b9.txt", "002_fe833d012095a12d.txt"])
def test_every_seed_figure_is_matched_and_none_conflicts(matcher, name) -> None:
    findings = check_text(_seed(name), matcher)
    assert findings
    assert [f.figure.text for f in findings if f.verdict == "unmatched"] == []
    assert [f.figure.text for f in findings if f.verdict == "conflict"] == []


def test_a_changed_seed_figure_conflicts(matcher) -> None:
    text = _seed("000_e0376091e6ffc7b9.txt").replace("about 12 million", "about 30 million")
    (changed,) = [f for f in check_text(text, matcher) if f.figure.text == "about 30 million"]
    assert changed.verdict == "conflict"
    assert changed.claim.id == "dprk-munitions-to-russia"
    # Every source that states a number conflicts; the vague "millions" agrees, and cannot rescue it.
    assert {s.source.value: s.verdict for s in changed.sources} == {
        "about 12 million": "conflict", "between 4.2 and 5.8 million": "conflict", "millions": "agree"}


MUNITIONS = """\
version: 1
claims:
  - id: dprk-munitions
    about: munitions North Korea has shipped to Russia
    sources:
      - {name: DIA, value: about 12 million, date: 2025-06}
      - {name: OSC and Reuters, value: between 4.2 and 5.8 million, date: 2025-03}
"""


def _judged(verdict: str, date: str | None, name: str) -> SourceVerdict:
    return SourceVerdict(Source(name, "64", parse_figure("64"), date, None, None, None, 1), verdict)


@pytest.mark.parametrize(
    ("judged", "newer"),
    [
        ([("agree", "2025-03", "old"), ("conflict", "2025-06", "new")], ["new"]),
        ([("agree", "2025-06", "new"), ("conflict", "2025-03", "old")], []),
        # Newer than every source the figure agrees with, not only some of them.
        ([("agree", "2025-03", "a"), ("agree", "2025-07", "b"), ("conflict", "2025-06", "c")], []),
        ([("agree", "2024", "a"), ("conflict", "2025-01", "b"), ("conflict", "2026", "c")], ["b", "c"]),
        # Dates that overlap are not ordered: 2025 is not older than 2025-07.
        ([("agree", "2025", "year"), ("conflict", "2025-07", "month")], []),
        ([("agree", None, "undated"), ("conflict", "2025-07", "dated")], []),
        ([("agree", "2025-03", "dated"), ("conflict", None, "undated")], []),
        # A figure that agrees with no source has nothing newer to be told about.
        ([("conflict", "2025-03", "a"), ("conflict", "2025-06", "b")], []),
        ([("agree", "2025-03", "a"), ("agree", "2025-06", "b")], []),
    ],
)
def test_newer_conflicting(judged, newer):
    sources = tuple(_judged(*row) for row in judged)
    assert [source.name for source in newer_conflicting(sources)] == newer


def test_a_finding_names_the_newer_source_it_conflicts_with():
    matcher = Matcher(parse_registry(MUNITIONS, "m.yaml"))
    text = "Pyongyang shipped between 4.2 and 5.8 million munitions to Russia. Later, about 12 million munitions."
    older, newer = check_text(text, matcher)
    assert (older.figure.text, older.verdict, [s.name for s in older.newer]) == (
        "between 4.2 and 5.8 million", "mixed", ["DIA"])
    assert (newer.figure.text, newer.verdict, newer.newer) == ("about 12 million", "mixed", ())


def test_explanations_only_when_asked():
    matcher = Matcher(parse_registry(MUNITIONS, "m.yaml"))
    text = "North Korea has shipped about 12 million munitions to Russia."
    [plain] = check_text(text, matcher)
    [explained] = check_text(text, matcher, explain_verdicts=True)
    assert plain.explanation is None
    assert explained.explanation is not None
    assert (explained.verdict, explained.claim.id) == (plain.verdict, plain.claim.id)



def _paths():
    paths = sorted(str(p) for p in (REPO / "examples").glob("*.md"))
    if CORPUS.is_dir():
        paths += [str(p) for p in sorted(CORPUS.glob("*.txt"))[:40]]
    return paths


def _summary(findings):
    return [(f.figure.start, f.figure.text, f.verdict, f.claim and f.claim.id, f.candidates) for f in findings]


def test_drafts_checked_in_two_processes_come_back_as_checked_in_one():
    matcher = Matcher(read_registry(()).claims)
    texts = [open(path, encoding="utf-8").read() for path in _paths()]
    together = list(check_drafts([(text, "plain") for text in texts], matcher, jobs=2))
    assert [_summary(draft.findings) for draft in together] == [_summary(check_text(text, matcher)) for text in texts]


SUPPRESSED = str(REPO / "tests" / "fixtures" / "docs" / "budget" / "suppressed.md")


@pytest.mark.parametrize("output_format", ["text", "json", "plain", "sarif"])
@pytest.mark.parametrize("options", [[], ["--explain"]], ids=["", "explain"])
def test_jobs_never_change_the_output(capsys, output_format, options):
    # suppressed.md: the summary and "suppressed" count what a worker silenced.
    argv = ["check", "--format", output_format, "--no-color", *options, SUPPRESSED, *_paths()]
    outputs = []
    for jobs in ("1", "2"):
        status = main([*argv, "--jobs", jobs])
        outputs.append((status, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1  # examples/drifted.md conflicts with its sources
    assert "dprk-munitions-to-russia" in outputs[0][1]


def test_worker_processes_send_back_json_text_and_the_counts_of_a_report():
    from factcheck.documents import CheckSettings, check_documents, judge_with
    from factcheck.drafts import RenderedFindings

    judge = judge_with(read_registry(()))
    paths = [SUPPRESSED, *_paths()]
    reports = [check_documents(paths, judge, CheckSettings(jobs=jobs, stream=True, output_format="json"))
               for jobs in (1, 2)]
    in_one, in_two = reports
    assert all(isinstance(findings, RenderedFindings) for _, findings in in_two.results)
    assert not any(isinstance(findings, RenderedFindings) for _, findings in in_one.results)
    assert in_two.summary() == in_one.summary()
    assert in_two.suppressed == in_one.suppressed == 4
    with pytest.raises(RuntimeError, match="written as json by a worker"):
        list(in_two.results[0][1])


def test_jobs_must_be_a_positive_number(capsys):
    assert main(["check", "--jobs", "0", str(REPO / "examples" / "draft.md")]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_a_report_counts_a_streamed_document_once_it_has_been_read(matcher) -> None:
    text = " ".join(sentence for sentence, *_ in CASES[:4])
    listed = check_text(text, matcher)
    stream = FindingStream(iter(check_text(text, matcher)))
    stream.suppressed = 2
    document = Document("-", text)
    report = Report(("claims.yaml",), [(document, listed), (document, stream)], silenced=1)
    assert list(stream) == listed
    # "about 30 million" restates what "about 12 million" counted (Seoul, since 2022): inconsistent, in each.
    assert report.summary() == {"agree": 2, "conflict": 2, "mixed": 4, "unmatched": 0, "inconsistent": 2}
    assert (report.worst(), report.suppressed) == ("conflict", 3)
    with pytest.raises(RuntimeError, match="read only once"):
        list(stream)
