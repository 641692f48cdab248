"""Helm's own linter finds nothing wrong with the chart."""

import helm_python as helm
import pytest

from relay_chart import CHART, OPERATOR_VALUES, layered

INFO = 1


@pytest.mark.parametrize(
    "values_id,values",
    [
        ("chart-defaults", {}),
        ("dev+staging", layered(*OPERATOR_VALUES)),
    ],
)
def test_lint_reports_no_warning_or_error(values_id, values):
    report = helm.lint(CHART, values, strict=True, namespace="tokenplace")
    problems = [m for m in report["messages"] if m["severity"] > INFO]
    assert report["errors"] == [], report["errors"]
    assert problems == [], f"{values_id}: {problems}"
    assert report["total_charts_linted"] == 1


def test_chart_metadata_declares_what_the_registry_needs():
    with helm.Chart.load(CHART) as chart:
        meta = chart.metadata
    assert meta["apiVersion"] == "v2"
    assert meta["name"] == "tokenplace-relay"
    assert meta["kubeVersion"].startswith(">=")
    for key in ("version", "appVersion", "description", "sources"):
        assert meta.get(key), f"Chart.yaml has no {key}"
