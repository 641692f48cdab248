"""Every rendered object is valid against the newest Kubernetes schema available."""

import kubernetes_validate
import pytest
from kubernetes_validate import utils

from relay_chart import EXAMPLE_VALUES, OPERATOR_VALUES, RUNBOOK_SNIPPET, layered, render

KUBERNETES = utils.latest_version()

EVERYTHING_ON = {
    "podDisruptionBudget": {"enabled": True},
    "serviceAccount": {"create": True, "annotations": {"example.com/a": "b"}},
    "env": {"TOKENPLACE_RELAY_UPSTREAM_URL": "http://gpu-server:5015"},
    "imagePullSecrets": [{"name": "ghcr"}],
    "nodeSelector": {"kubernetes.io/arch": "arm64"},
    "tolerations": [{"key": "dedicated", "operator": "Exists", "effect": "NoSchedule"}],
    "tmpVolume": {"medium": "Memory"},
    "podLabels": {"team": "relay"},
}

CASES = {
    "chart-defaults": [],
    "operator-values": OPERATOR_VALUES,
    "docs-examples": EXAMPLE_VALUES,
    "runbook-snippet": [RUNBOOK_SNIPPET],
    "everything-on": [*OPERATOR_VALUES, EVERYTHING_ON],
}


def test_the_newest_schema_is_a_current_kubernetes():
    major, minor, *_ = (int(part) for part in KUBERNETES.split("."))
    assert (major, minor) >= (1, 34), KUBERNETES


@pytest.mark.parametrize("sources", CASES.values(), ids=CASES.keys())
def test_rendered_objects_validate_strictly(sources):
    objects = render(layered(*sources)).objects
    assert objects
    for obj in objects:
        checked = kubernetes_validate.validate(obj, KUBERNETES, strict=True)
        assert checked == ".".join(KUBERNETES.split(".")[:2]), obj["kind"]


def test_strict_validation_catches_a_misspelled_field():
    deployment = render(layered(*OPERATOR_VALUES)).one("Deployment")
    deployment["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES, strict=True)
