"""factcheck.distributed on a local Dask cluster: exactly the findings the command line gives."""

from __future__ import annotations

import contextlib
import io
import json
import textwrap

import pytest

import factcheck.inputs
from factcheck.cli import main
from factcheck.distributed import check_bag, check_bag_json, summarize
from factcheck.inputs import InputError
from factcheck.registry import RegistryError
from factcheck.reporters.json import finding_text
from factcheck.suppressions import SuppressionError

from .conftest import CORPUS, REPO

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

FIXTURES = REPO / "tests" / "fixtures"
REGISTRY = str(REPO / "claims.yaml")
FIXTURE_REGISTRY = str(FIXTURES / "claims.yaml")
# Markdown, HTML and plain text, with suppression comments; 20 news articles when the corpus is there.
FILES = [
    *sorted(str(path.relative_to(REPO)) for path in (REPO / "examples").glob("*.md")),
    *(str((FIXTURES / "docs" / name).relative_to(REPO))
      for name in ("index.md", "notes.txt", "page.html", "archive/old.md", "budget/suppressed.md")),
    *(sorted(str(path) for path in CORPUS.glob("*.txt"))[::111][:20] if CORPUS.is_dir() else []),
]


@pytest.fixture(scope="module")
def client():
    """Start a two-worker cluster inside this process.

    Its workers are threads, so each test's private cache directory applies to them,
    and it starts in under a second (process_client below has worker processes).
    """
    with distributed.LocalCluster(n_workers=2, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture()
def documents(monkeypatch):
    """Return a bag of (path, text) of FILES in three partitions, read from the repository's top."""
    monkeypatch.chdir(REPO)
    return db.from_sequence([(path, (REPO / path).read_text(encoding="utf-8")) for path in FILES], npartitions=3)


def cli_findings(registry: str) -> list[dict]:
    """Return the findings `factcheck check --format json` lists for FILES (run from the repository's top)."""
    return json.loads(_run_cli("check", "--format", "json", "--jobs", "1", "--registry", registry, *FILES))["findings"]


def _run_cli(*args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(list(args))
    return out.getvalue()


@pytest.mark.parametrize("registry", [REGISTRY, FIXTURE_REGISTRY], ids=["bundled", "fixtures"])
def test_json_findings_are_exactly_those_of_the_cli(client, documents, registry) -> None:
    expected = cli_findings(registry)
    assert len(expected) > 10  # the comparison has something to compare
    assert check_bag_json(documents, [registry]).compute() == expected


def test_each_document_comes_back_in_order_with_its_findings(client, documents) -> None:
    expected = cli_findings(FIXTURE_REGISTRY)
    checked = check_bag(documents, [FIXTURE_REGISTRY]).compute()
    assert [path for path, _ in checked] == FILES
    found = [(path, f.figure.start, f.verdict, f.claim.id if f.claim else None) for path, findings in checked
             for f in findings]
    assert found == [(f["path"], f["start"], f["verdict"], f["claim_id"]) for f in expected]


@pytest.fixture(scope="module")
def process_client(tmp_path_factory):
    """Start a cluster of two worker processes, which pickle every result they send back.

    The workers import factcheck from this checkout and keep a cache of their own.
    """
    env = {"PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(tmp_path_factory.mktemp("worker-cache"))}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None,
                                  env=env) as cluster, distributed.Client(cluster, set_as_default=False) as connected:
        yield connected


def test_worker_processes_write_the_json_of_the_cli_byte_for_byte(process_client, documents) -> None:
    cli_json = _run_cli("check", "--format", "json", "--jobs", "1", "--registry", REGISTRY, *FILES)
    findings = process_client.compute(check_bag_json(documents, [REGISTRY])).result(timeout=60)
    written = '{\n  "findings": [\n' + ",\n".join(finding_text(fields) for fields in findings) + "\n  ]"
    assert len(findings) > 10
    assert cli_json.startswith(written + ',\n  "summary"')
    assert summarize(findings) == json.loads(cli_json)["summary"]


def test_suppressed_figures_are_left_out_as_the_cli_leaves_them(client, documents) -> None:
    [(path, findings)] = check_bag(documents.filter(lambda doc: doc[0].endswith("suppressed.md")),
                                   [FIXTURE_REGISTRY]).compute()
    assert path.endswith("suppressed.md")
    assert [f.figure.text for f in findings] == ["800", "700", "$300 million"]


def test_each_worker_process_reads_the_registry_once(client, tmp_path, monkeypatch) -> None:
    reads, read = [], factcheck.inputs.read_indexed_registry

    def counted(paths, **options):
        reads.append(paths)
        return read(paths, **options)

    monkeypatch.setattr(factcheck.inputs, "read_indexed_registry", counted)
    registry = tmp_path / "claims.yaml"  # a registry no worker has read yet
    registry.write_text((FIXTURES / "claims.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    documents = db.from_sequence([(f"{n}.md", "The bridge cost $420 million.") for n in range(8)], npartitions=8)
    assert len(check_bag(documents, [str(registry)]).compute()) == 8
    # Once by the client; once in the one process that the in-process workers' four threads share.
    assert reads == [(str(registry),), (str(registry),)]


def test_a_registry_that_does_not_parse_is_refused_before_anything_runs(tmp_path) -> None:
    broken = tmp_path / "claims.yaml"
    broken.write_text("version: 1\nclaims:\n  - id: Not A Slug\n", encoding="utf-8")
    with pytest.raises(RegistryError):
        check_bag(db.from_sequence([("a.md", "Text.")]), [str(broken)])


def test_a_registry_changed_after_the_check_began_is_refused(client, tmp_path) -> None:
    registry = tmp_path / "claims.yaml"
    registry.write_text((FIXTURES / "claims.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    checked = check_bag(db.from_sequence([("a.md", "The bridge cost $420 million.")]), [str(registry)])
    registry.write_text(registry.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"claims\.yaml: changed since the check began"):
        checked.compute()


def test_a_suppression_comment_that_cannot_be_read_names_its_document(client) -> None:
    text = textwrap.dedent("""\
        # Draft

        <!-- factcheck: off now -->
        The bridge cost $420 million.
        """)
    with pytest.raises(SuppressionError, match=r"^draft\.md:3:1: 'factcheck: off' takes no claim ids \(use 'ignore'\)$"):
        check_bag(db.from_sequence([("draft.md", text)]), [FIXTURE_REGISTRY]).compute()


def test_an_unknown_syntax_is_refused() -> None:
    with pytest.raises(ValueError, match="syntax must be auto or one of markdown, html, plain, not 'rst'"):
        check_bag(db.from_sequence([("a.md", "Text.")]), [FIXTURE_REGISTRY], syntax="rst")
