"""Values files are documented, lint clean, and mirrored by the docs examples."""

import re
import shutil
import subprocess

import pytest

from relay_chart import CHART, EXAMPLE_VALUES, OPERATOR_VALUES, REPO, RUNBOOK_SNIPPET, load_yaml

KEY_LINE = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z0-9_.\"/-]+):(?: |$)")

LINTED = [
    CHART / "Chart.yaml",
    CHART / "values.yaml",
    *OPERATOR_VALUES,
    *EXAMPLE_VALUES,
    RUNBOOK_SNIPPET,
    REPO / ".yamllint",
]


def undocumented_keys(text: str) -> list[str]:
    """Dotted paths of keys that neither carry a comment nor sit under one that does.

    A key is documented by the comment line directly above it. A grouping key
    with no comment of its own is fine when every key below it is documented.
    """
    stack: list[tuple[int, str, bool]] = []
    covered: dict[str, bool] = {}
    previous = ""
    for line in text.splitlines():
        match = KEY_LINE.match(line)
        if match:
            indent = len(match["indent"])
            while stack and stack[-1][0] >= indent:
                stack.pop()
            path = ".".join([entry[1] for entry in stack] + [match["key"]])
            commented = previous.lstrip().startswith("#")
            covered[path] = commented or any(entry[2] for entry in stack)
            stack.append((indent, match["key"], covered[path]))
        if line.strip():
            previous = line
    leaves = [p for p in covered if not any(q.startswith(p + ".") for q in covered)]
    return [path for path in leaves if not covered[path]]


def test_every_key_of_values_yaml_is_documented():
    assert undocumented_keys((CHART / "values.yaml").read_text()) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("# doc\na: 1\n", []),
        ("a: 1\n", ["a"]),
        ("group:\n  # doc\n  a: 1\n  b: 2\n", ["group.b"]),
        ("# doc\ngroup:\n  a: 1\n", []),
    ],
    ids=["documented", "bare", "one-child-bare", "parent-documents-children"],
)
def test_undocumented_key_finder(text, expected):
    assert undocumented_keys(text) == expected


def test_yamllint_is_clean():
    yamllint = shutil.which("yamllint")
    assert yamllint, "yamllint is not on PATH; run tools/bootstrap"
    result = subprocess.run(
        [yamllint, "--strict", "--format", "parsable", *map(str, LINTED)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "operator,example",
    list(zip(OPERATOR_VALUES, EXAMPLE_VALUES)),
    ids=["dev", "staging"],
)
def test_docs_examples_mirror_the_operator_values(operator, example):
    assert load_yaml(example) == load_yaml(operator), (
        f"{example.relative_to(REPO)} drifted from {operator.relative_to(REPO)}"
    )


def test_operator_values_agree_with_the_runbook_snippet():
    snippet = load_yaml(RUNBOOK_SNIPPET)
    dev, staging = (load_yaml(path) for path in OPERATOR_VALUES)
    assert dev["image"] == snippet["image"]
    assert staging["ingress"] == snippet["ingress"]
    defaults = load_yaml(CHART / "values.yaml")
    assert defaults["probes"]["port"] == snippet["probes"]["port"]
    for probe in ("readiness", "liveness"):
        assert defaults["probes"][probe]["path"] == snippet["probes"][probe]["path"]
