"""The layout docs/architecture.md draws: apps depend one way (no import cycle), domain apps lean
only on `core` and `taxonomy`, no installed app holds benchmark code, and modules stay short."""

import ast
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
OUR_APPS = sorted(config.name for config in apps.get_app_configs() if (ROOT / config.name).is_dir())
# The page types and their content; they may use each other only through models named by string.
DOMAIN_APPS = {"home", "guide", "cases", "resources", "taxonomy", "glossary"}
LINE_LIMIT = 400
LONG_BY_NATURE = ("migrations", "content")  # generated migrations; demo data files are YAML anyway


def python_files(folder):
    return [path for path in (ROOT / folder).rglob("*.py") if "migrations" not in path.parts]


def imported_apps(path, known):
    """{app: in_function} for every app of ours that `path` imports; in_function is True when every
    import of it sits inside a function."""
    found = {}

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                names = [child.module]
            elif isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            else:
                names = []
            for name in names:
                top = name.split(".")[0]
                if top in known:
                    found[top] = found.get(top, True) and inner
            visit(child, inner)

    visit(ast.parse(path.read_text()), False)
    return found


def import_graph(folders):
    """{app: {app it imports at module level}} and [(file, app) of imports inside functions]."""
    known = set(folders)
    graph, in_functions = {folder: set() for folder in folders}, []
    for folder in folders:
        for path in python_files(folder):
            for other, in_function in imported_apps(path, known).items():
                if other == folder:
                    continue
                if in_function:
                    in_functions.append((str(path.relative_to(ROOT)), other))
                else:
                    graph[folder].add(other)
    return graph, in_functions


def cycle_in(graph):
    """One import cycle as a list of apps, or None."""
    state = {}

    def walk(app, trail):
        state[app] = "open"
        for other in sorted(graph[app]):
            if state.get(other) == "open":
                return [*trail[trail.index(other) :], other]
            if other not in state and (found := walk(other, [*trail, other])):
                return found
        state[app] = "done"
        return None

    for app in sorted(graph):
        if app not in state and (found := walk(app, [app])):
            return found
    return None


def test_the_apps_import_each_other_one_way_only():
    graph, _ = import_graph([*OUR_APPS, "portal"])
    assert cycle_in(graph) is None, " -> ".join(cycle_in(graph))


def test_a_cycle_is_found_where_there_is_one():
    assert cycle_in({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle_in({"a": {"b"}, "b": set()}) is None


def test_domain_apps_lean_only_on_core_and_taxonomy():
    graph, _ = import_graph(OUR_APPS)
    allowed = {"core", "taxonomy"}
    leaning = {app: sorted(graph[app] - allowed) for app in DOMAIN_APPS if graph[app] - allowed}
    assert not leaning


def test_few_imports_hide_inside_functions():
    """An import inside a function dodges a cycle; the few left each say why in a comment."""
    _, in_functions = import_graph(OUR_APPS)
    assert len(in_functions) <= 5, in_functions


def test_no_installed_app_holds_benchmark_code():
    offenders = [
        str(path.relative_to(ROOT))
        for app in OUR_APPS
        for path in python_files(app)
        if "bench" in path.name or imported_apps(path, {"benchmarks"})
    ]
    assert not offenders
    assert "benchmarks" not in OUR_APPS


def test_no_module_is_over_400_lines():
    folders = [*OUR_APPS, "portal", "benchmarks", "scripts", "tests"]
    long_ones = {
        str(path.relative_to(ROOT)): length
        for folder in folders
        for path in python_files(folder)
        if not any(part in LONG_BY_NATURE for part in path.parts)
        and (length := len(path.read_text().splitlines())) > LINE_LIMIT
    }
    assert not long_ones
