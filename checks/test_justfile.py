"""The real `just` runs the recipes with exactly the argv the runbook needs.

No helm binary exists here, so HELM and KUBECTL point at stand-in spies that
record their argv and answer nothing. They prove what the recipes would run
and, above all, that a refused tag never reaches helm. The recipes against a
simulated cluster with the real kubectl are in test_recipes_sim.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from relay_chart import REPO

SELECTOR = "app.kubernetes.io/name=tokenplace-relay,app.kubernetes.io/instance=tokenplace-relay"

SPY = """#!{python}
import json, sys
with open({log!r}, "a") as log:
    log.write(json.dumps([{name!r}, *sys.argv[1:]]) + "\\n")
if sys.argv[1:3] == ["--namespace", "tokenplace"] and "ingress" in sys.argv:
    print("staging.token.place staging-tokenplace-relay-tls")
"""


@dataclass
class Run:
    """What one `just` invocation printed and which spies it called."""

    code: int
    stdout: str
    stderr: str
    calls: list[list[str]]


class Spies:
    """Stand-in helm, kubectl and tokenplace-dash that log their argv to one file."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.log = directory / "calls.jsonl"
        self.bin = directory / "bin"
        self.bin.mkdir()
        for name in ("helm-stand-in-spy", "kubectl-stand-in-spy", "tokenplace-dash"):
            path = self.bin / name
            tool = name.removesuffix("-stand-in-spy")
            path.write_text(SPY.format(python=sys.executable, log=str(self.log), name=tool))
            path.chmod(0o755)

    def just(self, *args: str, dash_on_path: bool = False) -> Run:
        """Run the real just in the repository with the spies as HELM and KUBECTL."""
        just = shutil.which("just")
        assert just, "just is not on PATH; run tools/bootstrap"
        path = [str(Path(just).parent), "/usr/bin", "/bin"]
        if dash_on_path:
            path.insert(0, str(self.bin))
        env = {
            "PATH": os.pathsep.join(path),
            "HOME": str(self.directory),
            "HELM": str(self.bin / "helm-stand-in-spy"),
            "KUBECTL": str(self.bin / "kubectl-stand-in-spy"),
            "KUBECONFIG": str(self.directory / "kubeconfig"),
        }
        result = subprocess.run(
            [just, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
        )
        calls = []
        if self.log.exists():
            calls = [json.loads(line) for line in self.log.read_text().splitlines()]
            self.log.unlink()
        return Run(result.returncode, result.stdout, result.stderr, calls)


@pytest.fixture
def spies(tmp_path):
    return Spies(tmp_path)


def redeploy_argv(tag: str, namespace: str = "tokenplace") -> list[str]:
    return [
        "helm",
        "upgrade",
        "--install",
        "tokenplace-relay",
        "apps/tokenplace-relay",
        "--namespace",
        namespace,
        "--create-namespace",
        "--values",
        "apps/tokenplace-relay/values.dev.yaml",
        "--values",
        "apps/tokenplace-relay/values.staging.yaml",
        "--set",
        f"image.tag={tag}",
        "--reset-values",
        "--wait",
        "--timeout",
        "5m",
    ]


def test_just_lists_every_recipe(spies):
    run = spies.just("--list")
    assert run.code == 0, run.stderr
    recipes = [line.split()[0] for line in run.stdout.splitlines() if line.startswith("    ")]
    for recipe in [
        "tokenplace-oci-redeploy",
        "tokenplace-status",
        "tokenplace-logs",
        "tokenplace-port-forward",
        "tokenplace-dash",
        "tokenplace-restart",
        "build",
        "test",
        "demo",
        "screenshots",
    ]:
        assert recipe in recipes, run.stdout
    assert not any(recipe.startswith("_") for recipe in recipes)


def test_bare_just_lists_the_recipes(spies):
    run = spies.just()
    assert run.code == 0, run.stderr
    assert "tokenplace-oci-redeploy tag=default_tag" in run.stdout


@pytest.mark.parametrize(
    "argument,message",
    [
        ("tag=bad tag", 'image tag "bad tag" is malformed'),
        ("tag=latest", 'image tag "latest" is refused'),
        ("latest", 'image tag "latest" is refused'),
        ("tag=sha-XYZ1234", 'image tag "sha-XYZ1234" is malformed'),
        ("tag=", 'image tag "" is malformed'),
        ("tag=main;touch pwned", 'image tag "main;touch pwned" is malformed'),
        ("tag=$(touch pwned)", 'image tag "$(touch pwned)" is malformed'),
    ],
    ids=["space", "latest", "bare-latest", "upper-hex", "empty", "semicolon", "substitution"],
)
def test_redeploy_refuses_a_bad_tag_before_helm_runs(spies, argument, message):
    run = spies.just("tokenplace-oci-redeploy", argument)
    assert run.code != 0
    assert message in run.stderr
    assert "use main, sha-<7 to 40 lowercase hex digits>" in run.stderr or "latest" in message
    assert run.calls == [], "a refused tag reached helm or kubectl"
    assert not (REPO / "pwned").exists()


def test_redeploy_upgrades_waits_and_prints_the_public_url(spies):
    run = spies.just("tokenplace-oci-redeploy", "tag=sha-1a2b3c4")
    assert run.code == 0, run.stderr
    assert run.calls[0] == redeploy_argv("sha-1a2b3c4")
    assert run.calls[1] == [
        "kubectl",
        "--namespace",
        "tokenplace",
        "rollout",
        "status",
        "deployment/tokenplace-relay",
        "--timeout",
        "5m",
    ]
    assert run.calls[2][:5] == ["kubectl", "--namespace", "tokenplace", "get", "ingress"]
    assert run.stdout.splitlines()[-1] == "public URL: https://staging.token.place"
    assert "tokenplace-restart" not in run.stdout


def test_redeploy_defaults_to_main_and_says_how_to_pull_a_newer_main(spies):
    run = spies.just("tokenplace-oci-redeploy")
    assert run.code == 0, run.stderr
    assert run.calls[0] == redeploy_argv("main")
    assert "just tokenplace-restart" in run.stdout


def test_variable_overrides_reach_every_step(spies):
    run = spies.just("namespace=sandbox", "tokenplace-oci-redeploy", "sha-1a2b3c4")
    assert run.code == 0, run.stderr
    assert run.calls[0] == redeploy_argv("sha-1a2b3c4", namespace="sandbox")
    assert all(call[1:3] == ["--namespace", "sandbox"] for call in run.calls[1:])


def test_status_reads_pods_ingress_certificates_release_and_url(spies):
    run = spies.just("tokenplace-status")
    assert run.code == 0, run.stderr
    assert run.calls[:4] == [
        ["kubectl", "--namespace", "tokenplace", "get", "pods", "-l", SELECTOR, "-o", "wide"],
        ["kubectl", "--namespace", "tokenplace", "get", "ingress", "tokenplace-relay"],
        ["kubectl", "--namespace", "tokenplace", "get", "certificates.cert-manager.io"],
        ["helm", "status", "tokenplace-relay", "--namespace", "tokenplace"],
    ]
    assert "public URL: https://staging.token.place" in run.stdout
    assert not any(call[0] == "tokenplace-dash" for call in run.calls)


def test_status_asks_the_dashboard_for_a_verdict_when_it_is_installed(spies):
    run = spies.just("tokenplace-status", dash_on_path=True)
    assert run.code == 0, run.stderr
    assert run.calls[-1][:6] == [
        "tokenplace-dash",
        "--once",
        "--namespace",
        "tokenplace",
        "--release",
        "tokenplace-relay",
    ]


def test_logs_always_bound_the_output_and_label_each_line(spies):
    run = spies.just("tokenplace-logs", "--since=10m", "-f")
    assert run.code == 0, run.stderr
    assert run.calls == [
        [
            "kubectl",
            "--namespace",
            "tokenplace",
            "logs",
            "-l",
            SELECTOR,
            "--container",
            "relay",
            "--prefix",
            "--tail=200",
            "--max-log-requests=10",
            "--since=10m",
            "-f",
        ]
    ]


@pytest.mark.parametrize(
    "args,mapping",
    [((), "5010:80"), (("port=6000",), "6000:80"), (("7000",), "7000:80")],
    ids=["default", "named", "positional"],
)
def test_port_forward_maps_the_local_port_to_service_port_80(spies, args, mapping):
    run = spies.just("tokenplace-port-forward", *args)
    assert run.code == 0, run.stderr
    assert run.calls == [
        [
            "kubectl",
            "--namespace",
            "tokenplace",
            "port-forward",
            "--address",
            "127.0.0.1",
            "service/tokenplace-relay",
            mapping,
        ]
    ]
    local = mapping.split(":")[0]
    assert f"curl -fsS http://127.0.0.1:{local}/healthz" in run.stdout


@pytest.mark.parametrize("port", ["port=abc", "port=0", "port=70000", "port=5010;id"])
def test_port_forward_refuses_a_bad_port(spies, port):
    run = spies.just("tokenplace-port-forward", port)
    assert run.code != 0
    assert "is not a number from 1 to 65535" in run.stderr
    assert run.calls == []


def test_dash_recipe_passes_the_release_and_extra_arguments(spies):
    run = spies.just("tokenplace-dash", "--read-only", dash_on_path=True)
    assert run.code == 0, run.stderr
    argv = run.calls[0]
    assert argv[0] == "tokenplace-dash"
    assert argv[-1] == "--read-only"
    pairs = dict(zip(argv[1:-1:2], argv[2:-1:2]))
    assert pairs["--namespace"] == "tokenplace"
    assert pairs["--release"] == "tokenplace-relay"
    assert pairs["--chart"] == "apps/tokenplace-relay"
    assert pairs["--default-tag"] == "main"
    assert argv.count("--values") == 2


def test_justfile_is_in_just_canonical_format():
    just = shutil.which("just")
    assert just, "just is not on PATH; run tools/bootstrap"
    result = subprocess.run(
        [just, "--unstable", "--fmt", "--check"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
