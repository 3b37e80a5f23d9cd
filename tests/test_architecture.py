"""Architecture checks on the package: short functions, the pipeline only orders stages, no import cycles,
the learned models import nothing from extraction."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import quotes

PACKAGE = Path(quotes.__file__).resolve().parent


MAX_FUNCTION_LINES = 80


MAX_PIPELINE_LINES = 250


def _sources(*parts: str) -> list[Path]:
    out = []
    for part in parts:
        path = PACKAGE / part
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return out


def _functions(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _quotes_imports(path: Path, module_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if module_level_only else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("quotes"):
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("quotes")}
    return found


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_cycles() -> list[list[str]]:
    """Cycles among quotes' modules through module-level imports ("from quotes import lexicons" is an
    edge to quotes.lexicons, not to the package)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        edges = set()
        for imported in _quotes_imports(path, module_level_only=True):
            if imported in modules:
                edges.add(imported)
            elif imported.rsplit(".", 1)[0] in modules:
                edges.add(imported.rsplit(".", 1)[0])
        graph[name] = edges - {name} - {"quotes"}
    cycles, state, stack = [], {}, []

    def visit(name: str) -> None:
        state[name] = "open"
        stack.append(name)
        for nxt in sorted(graph[name]):
            if state.get(nxt) == "open":
                cycles.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name)
    return cycles


def test_no_function_in_extraction_is_over_80_lines():
    long = [f"{path.relative_to(PACKAGE)}:{fn.lineno} {fn.name} ({fn.end_lineno - fn.lineno + 1} lines)"
            for path in _sources("extract", "learn", "api.py") for fn in _functions(path)
            if fn.end_lineno - fn.lineno + 1 > MAX_FUNCTION_LINES]
    assert long == []


def test_the_pipeline_is_only_the_order_of_the_stages():
    lines = (PACKAGE / "extract" / "pipeline.py").read_text(encoding="utf-8").count("\n")
    assert lines < MAX_PIPELINE_LINES


@pytest.mark.parametrize("module", ["learn/features.py", "learn/tagger.py"])
def test_the_learned_models_import_nothing_from_extraction(module):
    """extract/ runs the tagger; what the tagger needs (Mention, Unit) lives in quotes/types.py, below both."""
    uphill = {name for name in _quotes_imports(PACKAGE / module, module_level_only=False) if name.startswith("quotes.extract")}
    assert uphill == set()


def test_no_import_cycles_in_extraction():
    ours = [c for c in _import_cycles() if any(m.startswith(("quotes.extract", "quotes.learn", "quotes.api", "quotes.types")) for m in c)]
    assert ours == []


# The package's layers, lowest first: a module imports only from its own layer or those below it.
# `learn.features` and `learn.tagger` sit below extraction (it runs them); `learn.train` rebuilds the
# models from extraction's own reading of a corpus, so it is a tool at the top, beside the CLI.
LAYERS = (
    ("quotes.types", "quotes.config"),
    ("quotes.lexicons", "quotes.naming", "quotes.nlp", "quotes.embed", "quotes.data", "quotes.lazy"),
    ("quotes.io",),
    ("quotes.learn",),
    ("quotes.extract",),
    ("quotes.api",),
    ("quotes.scale", "quotes.evaluate", "quotes.crossdoc"),
    ("quotes.claims", "quotes.review"),
    ("quotes.learn.train", "quotes.cli", "quotes.__main__", "quotes"),
)


def _layer(module: str) -> int:
    """The layer of the longest prefix the table names ("quotes.learn.train" before "quotes.learn")."""
    best = max((prefix for layer in LAYERS for prefix in layer if module == prefix or module.startswith(prefix + ".")),
               key=len)
    return next(i for i, layer in enumerate(LAYERS) if best in layer)


@pytest.mark.parametrize("module_level_only", [True, False], ids=["module level", "inside functions too"])
def test_no_module_imports_from_a_layer_above_its_own(module_level_only):
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    uphill = []
    for name, path in sorted(modules.items()):
        for imported in sorted(_quotes_imports(path, module_level_only)):
            target = imported if imported in modules else imported.rsplit(".", 1)[0]
            if target in modules and _layer(target) > _layer(name):
                uphill.append(f"{name} imports {target}")
    assert uphill == []


def test_the_layer_table_is_read_by_its_longest_prefix():
    assert _layer("quotes.learn.train") == len(LAYERS) - 1
    assert _layer("quotes.learn.tagger") < _layer("quotes.extract.pipeline") < _layer("quotes.cli")


def test_no_import_cycles_anywhere_in_the_package():
    assert _import_cycles() == []


def test_no_function_in_the_package_is_over_80_lines():
    long = [f"{path.relative_to(PACKAGE)}:{fn.lineno} {fn.name} ({fn.end_lineno - fn.lineno + 1} lines)"
            for path in _sources(".") for fn in _functions(path) if fn.end_lineno - fn.lineno + 1 > MAX_FUNCTION_LINES]
    assert long == []
