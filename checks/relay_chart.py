"""Loads, layers and renders the tokenplace-relay chart with Helm's own engine.

Shared by the chart checks. Values are layered the way `helm -f a -f b` does
it, so a check renders exactly what the recipes would install.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import helm_python as helm
import yaml

REPO = Path(__file__).resolve().parent.parent
CHART = REPO / "apps" / "tokenplace-relay"
EXAMPLES = REPO / "docs" / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
RELEASE = "tokenplace-relay"
NAMESPACE = "tokenplace"

OPERATOR_VALUES = [CHART / "values.dev.yaml", CHART / "values.staging.yaml"]
EXAMPLE_VALUES = [
    EXAMPLES / "tokenplace-relay.values.dev.yaml",
    EXAMPLES / "tokenplace-relay.values.staging.yaml",
]
RUNBOOK_SNIPPET = FIXTURES / "runbook-values-snippet.yaml"


def load_yaml(path: Path) -> dict[str, Any]:
    """The mapping a values file holds; an empty file is an empty mapping."""
    data = yaml.safe_load(path.read_text())
    return data or {}


def coalesce(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Layer `override` over `base` like helm's -f: maps merge, null deletes."""
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = coalesce(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def layered(*sources: Path | dict[str, Any]) -> dict[str, Any]:
    """Values files and inline mappings layered left to right."""
    values: dict[str, Any] = {}
    for source in sources:
        layer = load_yaml(source) if isinstance(source, Path) else source
        values = coalesce(values, layer)
    return values


@dataclass
class Rendered:
    """One rendering of the chart: its manifests by template and its notes."""

    files: dict[str, str]

    @property
    def objects(self) -> list[dict[str, Any]]:
        """Every Kubernetes object the templates produced, in template order."""
        found = []
        for name, text in sorted(self.files.items()):
            if name.endswith(".yaml"):
                found.extend(doc for doc in yaml.safe_load_all(text) if doc)
        return found

    @property
    def notes(self) -> str:
        """The text of NOTES.txt as helm prints it after an install."""
        return next(text for name, text in self.files.items() if name.endswith("NOTES.txt"))

    def kinds(self) -> list[str]:
        """Kinds of the rendered objects, sorted."""
        return sorted(obj["kind"] for obj in self.objects)

    def one(self, kind: str) -> dict[str, Any]:
        """The single object of `kind`; fails when there is none or several."""
        matches = [obj for obj in self.objects if obj["kind"] == kind]
        assert len(matches) == 1, f"expected one {kind}, rendered {len(matches)}"
        return matches[0]

    def relay_container(self) -> dict[str, Any]:
        """The container named `relay` of the Deployment."""
        containers = self.one("Deployment")["spec"]["template"]["spec"]["containers"]
        return next(c for c in containers if c["name"] == "relay")


def render(values: dict[str, Any] | None = None) -> Rendered:
    """Render the chart as release tokenplace-relay in namespace tokenplace."""
    with helm.Chart.load(CHART) as chart:
        files = chart.render(
            values=values or {}, name=RELEASE, namespace=NAMESPACE, is_install=True
        )
    return Rendered(files)


def render_error(values: dict[str, Any]) -> str:
    """The message helm gives when it refuses to render `values`."""
    try:
        render(values)
    except helm.HelmError as error:
        return str(error)
    raise AssertionError(f"helm rendered values it should refuse: {values}")
