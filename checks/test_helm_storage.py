"""Revisions written by the helm stand-in decode with Helm's own Go engine.

Starts the simulated cluster (`tokenplace-sim serve`), upgrades the release once
with `tokenplace-sim helm`, then reads the release history through
helm-python-sdk, which binds Helm's Go SDK and its Secret storage driver.
"""

import json
import queue
import signal
import subprocess
import threading
from pathlib import Path

import pytest

import helm_python

ROOT = Path(__file__).resolve().parent.parent
RELEASE = "tokenplace-relay"
NAMESPACE = "tokenplace"

CHART_YAML = """apiVersion: v2
name: tokenplace-relay
description: token.place relay (storage check chart)
type: application
version: 0.3.1
appVersion: "main"
"""

VALUES_YAML = """image:
  repository: ghcr.io/democratizedspace/tokenplace-relay
  tag: ""
"""


def sim_binary() -> Path:
    out = subprocess.run(
        ["swift", "build", "--show-bin-path"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=300,
    )
    binary = Path(out.stdout.strip()) / "tokenplace-sim"
    assert binary.is_file(), f"{binary} is missing: run `swift build` first"
    return binary


def read_lines(stream, count: int, seconds: float) -> list[str]:
    """The first `count` lines of `stream`, or fail after `seconds`."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(stream.readline()) for _ in range(count)], daemon=True
    ).start()
    try:
        return [lines.get(timeout=seconds).rstrip("\n") for _ in range(count)]
    except queue.Empty:
        pytest.fail(f"tokenplace-sim serve printed fewer than {count} lines in {seconds}s")


@pytest.fixture
def simulator(tmp_path):
    binary = sim_binary()
    kubeconfig = tmp_path / "kubeconfig"
    server = subprocess.Popen(
        [str(binary), "serve", "--port", "0", "--kubeconfig", str(kubeconfig)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = read_lines(server.stdout, 3, 30)
        assert lines[0].startswith("api http://127.0.0.1:"), lines
        assert lines[2] == f"kubeconfig {kubeconfig}", lines
        yield binary, kubeconfig
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def write_chart(directory: Path) -> Path:
    chart = directory / "chart"
    (chart / "templates").mkdir(parents=True)
    (chart / "Chart.yaml").write_text(CHART_YAML)
    (chart / "values.yaml").write_text(VALUES_YAML)
    return chart


def test_helm_engine_lists_the_stand_in_revisions(simulator, tmp_path):
    binary, kubeconfig = simulator
    chart = write_chart(tmp_path)
    upgrade = subprocess.run(
        [
            str(binary), "helm", "upgrade", "--install", RELEASE, str(chart),
            "-n", NAMESPACE, "--kubeconfig", str(kubeconfig),
            "--set", "image.tag=sha-abc1234", "--wait", "--timeout", "60s",
        ],
        capture_output=True, text=True, timeout=120,
    )
    assert upgrade.returncode == 0, upgrade.stderr
    stand_in = json.loads(
        subprocess.run(
            [str(binary), "helm", "history", RELEASE, "-o", "json",
             "-n", NAMESPACE, "--kubeconfig", str(kubeconfig)],
            capture_output=True, text=True, check=True, timeout=60,
        ).stdout
    )

    with helm_python.Config(kubeconfig_path=str(kubeconfig), namespace=NAMESPACE) as cfg:
        history = cfg.history(RELEASE)
        values = cfg.get_values(RELEASE)

    revisions = [item["revision"] for item in history]
    assert revisions == [item["revision"] for item in stand_in]
    assert revisions == list(range(revisions[0], revisions[0] + len(revisions)))
    latest = history[-1]
    assert latest["status"] == "deployed"
    assert latest["chart_name"] == "tokenplace-relay"
    assert latest["chart_version"] == "0.3.1"
    assert latest["app_version"] == "main"
    assert all(item["status"] == "superseded" for item in history[:-1])
    assert all(item["name"] == RELEASE for item in history)
    assert values == {"image": {"tag": "sha-abc1234"}}
