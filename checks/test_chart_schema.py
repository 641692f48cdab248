"""values.schema.json refuses bad values at install time with a readable message."""

import json
import re

import pytest
import yaml

from relay_chart import CHART, OPERATOR_VALUES, REPO, layered, load_yaml, render, render_error

SCHEMA = json.loads((CHART / "values.schema.json").read_text())
TAG_PATTERN = SCHEMA["properties"]["image"]["properties"]["tag"]["pattern"]
HEADER = "values don't meet the specifications of the schema(s)"


@pytest.mark.parametrize(
    "values,message",
    [
        (
            {"image": {"tag": "bad tag"}},
            "at '/image/tag': 'bad tag' does not match pattern",
        ),
        (
            {"image": {"tag": "latest"}},
            "at '/image/tag': 'latest' does not match pattern",
        ),
        ({"containerPort": 70000}, "at '/containerPort': maximum: got 70,000, want 65,535"),
        ({"service": {"port": 70000}}, "at '/service/port': maximum: got 70,000, want 65,535"),
        ({"service": {"port": 0}}, "at '/service/port': minimum: got 0, want 1"),
        ({"probes": {"port": 70000}}, "at '/probes/port': maximum: got 70,000, want 65,535"),
        ({"probes": {"port": "Not A Port"}}, "at '/probes/port': 'oneOf' failed"),
        ({"probes": {"readiness": {"path": "healthz"}}}, "at '/probes/readiness/path'"),
        ({"replicas": 2}, "at '': additional properties 'replicas' not allowed"),
        ({"image": {"digest": "sha256:0"}}, "additional properties 'digest' not allowed"),
        ({"env": {"BAD-NAME": "x"}}, "invalid propertyName 'BAD-NAME'"),
    ],
    ids=[
        "tag-with-space",
        "tag-latest",
        "container-port-70000",
        "service-port-70000",
        "service-port-0",
        "probe-port-70000",
        "probe-port-bad-name",
        "probe-path-relative",
        "unknown-top-level-key",
        "unknown-image-key",
        "env-name-with-dash",
    ],
)
def test_schema_refuses_with_a_message_naming_the_key(values, message):
    error = render_error(values)
    assert HEADER in error
    assert message in error


def test_drain_pause_longer_than_the_grace_period_is_refused():
    error = render_error({"preStopSleepSeconds": 30, "terminationGracePeriodSeconds": 30})
    assert (
        "preStopSleepSeconds (30) must be smaller than terminationGracePeriodSeconds (30)"
        in error
    )


@pytest.mark.parametrize(
    "tag,accepted",
    [
        ("main", True),
        ("sha-1a2b3c4", True),
        ("sha-" + "0123456789abcdef0123456789abcdef01234567", True),
        ("v1.2.3", True),
        ("1.2.3-rc.1", True),
        ("latest", False),
        ("bad tag", False),
        ("main ", False),
        ("Main", False),
        ("sha-1a2b3c", False),
        ("sha-1A2B3C4", False),
        ("sha-" + "0" * 41, False),
        ("", False),
    ],
    ids=lambda value: repr(value) if isinstance(value, str) else str(value),
)
def test_tag_grammar(tag, accepted):
    assert bool(re.fullmatch(TAG_PATTERN, tag)) is accepted
    if accepted:
        assert render({"image": {"tag": tag}}).relay_container()["image"].endswith(":" + tag)
    else:
        assert "at '/image/tag'" in render_error({"image": {"tag": tag}})


def test_justfile_checks_tags_with_the_schema_pattern():
    justfile = (REPO / "justfile").read_text()
    declared = re.search(r"^tag_pattern := '(.*)'$", justfile, re.MULTILINE)
    assert declared is not None, "justfile declares no tag_pattern"
    assert declared.group(1) == TAG_PATTERN


def test_schema_lists_exactly_the_keys_of_values_yaml():
    defaults = load_yaml(CHART / "values.yaml")
    assert sorted(defaults) == sorted(SCHEMA["properties"])


def test_operator_values_pass_the_schema_unchanged():
    values = layered(*OPERATOR_VALUES)
    assert render(values).one("Deployment")
    assert yaml.safe_dump(values)
