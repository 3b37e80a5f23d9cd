"""A command imports only what it runs: `quotes --version` loads no torch, stanza, pandas or datasketch.

Each check runs in a fresh interpreter (this test process has imported everything already) and
looks at sys.modules; bench/bench_startup.py gives the times.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

HEAVY = (
    "torch", "stanza", "pandas", "numpy", "scipy", "sklearn", "datasketch", "sentence_transformers", "transformers",
    "openpyxl", "trafilatura", "starlette", "uvicorn", "jinja2", "pycrfsuite", "tqdm",
    "quotes.api", "quotes.crossdoc", "quotes.claims.table", "quotes.scale", "quotes.review.web",
)


def loaded_after(code: str) -> set[str]:
    """Which of HEAVY are in sys.modules after running ``code`` in a fresh interpreter."""
    probe = f"{textwrap.dedent(code)}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    modules = set(json.loads(result.stdout.splitlines()[-1]))
    return {name for name in HEAVY if name in modules}


@pytest.mark.parametrize(
    "code",
    [
        "import quotes.cli",
        "import quotes",
        "import quotes.claims",
        "import quotes.claims.cli",
        "import quotes.review.cli",
        # the whole `quotes --version`, typer's command tree included
        "import contextlib, sys\nfrom quotes.cli import main\nsys.argv = ['quotes', '--version']\n"
        "with contextlib.suppress(SystemExit):\n    main()",
    ],
    ids=["cli", "package", "claims", "claims-cli", "review-cli", "version"],
)
def test_importing_the_cli_loads_no_heavy_library(code):
    assert loaded_after(code) == set()


def test_the_probe_sees_heavy_imports():
    """The negative case: a command that runs the library does load it, so the check above can fail."""
    assert {"numpy", "datasketch", "quotes.crossdoc"} <= loaded_after("import quotes.crossdoc.link")
    assert "quotes.api" in loaded_after("import quotes\nquotes.extract")


def test_publishing_a_run_without_linking_loads_no_linking_pass():
    """Every run publishes its quotes file with the side tables' names (quotes.scale.output); with
    --no-link it must not import the linking pass for them (datasketch and scipy: a third of a second)."""
    code = """
        from quotes.scale.output import set_members
        assert [p.name for p in set_members("out/q.csv")] == [
            "q.csv", "q.speakers.csv", "q.articles.csv", "q.quote_variants.csv"]
    """
    assert not {"datasketch", "scipy", "quotes.crossdoc"} & loaded_after(code)


def test_quotes_extract_is_the_function_whatever_was_imported_first():
    """`quotes.extract` the function and the subpackage share a name (ARCHITECTURE.md): the function
    stays there when the stages were imported first, as when the package imported quotes.api eagerly."""
    code = """
        import quotes
        from quotes.extract.cues import find_cues
        import quotes.extract.pipeline
        from quotes import extract, lexicons
        assert callable(quotes.extract) and quotes.extract is extract and extract.__module__ == "quotes.api"
        assert lexicons.__name__ == "quotes.lexicons" and quotes.Quote.__module__ == "quotes.types"
        assert all(hasattr(quotes, name) for name in quotes.__all__)
        import quotes.claims as claims
        assert claims.build_table.__module__ == "quotes.claims.table" and claims.Embedder.__module__ == "quotes.embed"
        try:
            quotes.no_such_name
        except AttributeError:
            pass
        else:
            raise AssertionError("an unknown name must raise AttributeError")
    """
    loaded_after(code)  # fails on any assertion above


def test_tokenizing_loads_neither_dynamo_nor_transformers():
    """stanza's trainers make an Adam optimizer that imports torch._dynamo (a second or more), and its
    depparse trainer imports transformers for nothing (half a second): the tokenizer needs neither.
    Both are still there for whoever needs them after (the claim table's sentence-transformers)."""
    code = """
        import sys
        from quotes import nlp
        sentences = nlp.split_sentences("“We are ready,” Jane Doe said. It didn’t work.")
        assert [t.text for t in sentences[1].tokens] == ["It", "did", "n’t", "work", "."]
        loaded = sorted({"torch._dynamo", "transformers"} & set(sys.modules))
        from stanza.models.common import utils
        assert utils.get_optimizer is not nlp._no_optimizer  # put back
        import transformers  # importable as usual once stanza is loaded
        assert transformers.__version__
        print(loaded)
    """
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "[]"


def test_a_stanza_that_needs_transformers_at_import_is_imported_as_usual(tmp_path):
    """The negative case of the above: if stanza's import fails without transformers, it is imported with it."""
    (tmp_path / "stanza").mkdir()
    (tmp_path / "stanza" / "__init__.py").write_text("import transformers\nNEEDS = transformers.NAME\n")
    (tmp_path / "transformers.py").write_text("NAME = 'a stand-in transformers'\n")
    code = f"import sys\nsys.path.insert(0, {str(tmp_path)!r})\nfrom quotes import nlp\nprint(nlp._import_stanza().NEEDS)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "a stand-in transformers"


@pytest.mark.parametrize(
    ("args", "listed"),
    [
        (["--help"], ["extract", "link", "evaluate", "models", "claims", "review"]),
        (["claims", "--help"], ["table", "discover", "check"]),
        (["models", "--help"], ["download", "use"]),
        (["review", "--help"], ["--export", "--db"]),
        (["link", "--help"], ["--quotes", "--wording-only"]),
        (["claims", "table", "--help"], ["claims_long.csv"]),
    ],
)
def test_help_lists_the_commands_in_a_real_process(args, listed):
    result = subprocess.run(
        [sys.executable, "-m", "quotes", *args], capture_output=True, text=True, timeout=120,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    for word in listed:
        assert word in result.stdout, (args, word)


def test_claims_long_name_agrees_with_the_table_module():
    from quotes.claims import cli, table

    assert cli.LONG_NAME == table.LONG_NAME
