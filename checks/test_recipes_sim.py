"""The recipes, run by the real `just`, against the simulated cluster.

The real kubectl talks to `tokenplace-sim serve`; HELM points at a wrapper
that runs `tokenplace-sim helm`, the helm stand-in (no helm binary can run
here). This file builds nothing: it uses the binaries `swift build` left in
the package's bin path.
"""

from __future__ import annotations

import json
import os
import queue
import shlex
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from relay_chart import REPO

STARTUP_SECONDS = 30
RECIPE_SECONDS = 180
SELECTOR = "app.kubernetes.io/name=tokenplace-relay,app.kubernetes.io/instance=tokenplace-relay"


def bin_path() -> Path:
    """Where `swift build` puts the package's executables."""
    result = subprocess.run(
        ["swift", "build", "--show-bin-path"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return Path(result.stdout.strip())


class LineReader:
    """Reads a process's output lines on a thread so a test can wait with a deadline."""

    def __init__(self, stream) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        thread.start()

    def _pump(self, stream) -> None:
        for line in stream:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self, deadline: float) -> str | None:
        """The next line, or None when the stream ended; fails past the deadline."""
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"timed out; output so far: {self.seen}"
        try:
            line = self.lines.get(timeout=remaining)
        except queue.Empty:
            raise AssertionError(f"timed out; output so far: {self.seen}") from None
        if line is not None:
            self.seen.append(line)
        return line

    def until(self, predicate, seconds: float) -> str:
        """The first line matching `predicate`; fails if the stream ends first."""
        deadline = time.monotonic() + seconds
        while (line := self.next_line(deadline)) is not None:
            if predicate(line):
                return line
        raise AssertionError(f"stream ended before the expected line: {self.seen}")


def stop(process: subprocess.Popen) -> None:
    """SIGTERM the process group this test started, then SIGKILL it if it lingers."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@dataclass
class SimCluster:
    """A running simulator, its kubeconfig and the environment the recipes get."""

    api: str
    relay_health: str
    kubeconfig: Path
    env: dict[str, str]

    def just(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a recipe with the real just and wait for it."""
        return subprocess.run(
            [shutil.which("just") or "just", *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=RECIPE_SECONDS,
        )

    def kubectl_json(self, *args: str) -> dict:
        """The real kubectl's JSON answer for a read in the tokenplace namespace."""
        result = subprocess.run(
            ["kubectl", "--namespace", "tokenplace", *args, "-o", "json"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture(scope="module")
def sim(tmp_path_factory):
    binaries = bin_path()
    simulator = binaries / "tokenplace-sim"
    if not os.access(simulator, os.X_OK):
        pytest.fail(f"{simulator} is not built: run `swift build` first")
    just = shutil.which("just")
    assert just, "just is not on PATH; run tools/bootstrap"
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl is not on PATH"

    home = tmp_path_factory.mktemp("sim")
    kubeconfig = home / "kubeconfig"
    helm = home / "bin" / "helm"
    helm.parent.mkdir()
    helm.write_text(f'#!/bin/sh\nexec {shlex.quote(str(simulator))} helm "$@"\n')
    helm.chmod(0o755)

    process = subprocess.Popen(
        [str(simulator), "serve", "--port", "0", "--kubeconfig", str(kubeconfig)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        output = LineReader(process.stdout)
        deadline = time.monotonic() + STARTUP_SECONDS
        lines = [output.next_line(deadline) for _ in range(3)]
        assert lines[0] and lines[0].startswith("api http://127.0.0.1:"), lines
        assert lines[1] and lines[1].startswith("relay http://127.0.0.1:"), lines
        assert lines[2] == f"kubeconfig {kubeconfig}", lines
        env = {
            "PATH": os.pathsep.join(
                [str(Path(just).parent), str(Path(kubectl).parent), "/usr/bin", "/bin"]
            ),
            "HOME": str(home),
            "KUBECONFIG": str(kubeconfig),
            "HELM": str(helm),
        }
        yield SimCluster(
            api=lines[0].split()[1],
            relay_health=lines[1].split()[1],
            kubeconfig=kubeconfig,
            env=env,
        )
    finally:
        stop(process)


def test_status_shows_the_pods_the_release_and_the_public_url(sim):
    run = sim.just("tokenplace-status")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "tokenplace-relay-" in run.stdout, "no relay pod listed"
    assert "staging.token.place" in run.stdout
    assert "STATUS: deployed" in run.stdout
    assert run.stdout.rstrip().splitlines()[-1] == "public URL: https://staging.token.place"


def test_logs_print_bounded_prefixed_lines_of_the_relay(sim):
    run = sim.just("tokenplace-logs")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert 0 < len(lines) <= 200 * 10
    assert all(line.startswith("[pod/tokenplace-relay-") for line in lines), lines[:3]


def test_redeploy_rolls_the_deployment_to_the_new_tag(sim):
    run = sim.just("tokenplace-oci-redeploy", "tag=sha-1a2b3c4")
    assert run.returncode == 0, run.stdout + run.stderr
    assert 'deployment "tokenplace-relay" successfully rolled out' in run.stdout
    assert run.stdout.rstrip().splitlines()[-1] == "public URL: https://staging.token.place"

    deployment = sim.kubectl_json("get", "deployment", "tokenplace-relay")
    containers = deployment["spec"]["template"]["spec"]["containers"]
    relay = next(c for c in containers if c["name"] == "relay")
    assert relay["image"] == "ghcr.io/democratizedspace/tokenplace-relay:sha-1a2b3c4"

    def serving_pods():
        pods = sim.kubectl_json("get", "pods", "-l", SELECTOR)["items"]
        return [
            p
            for p in pods
            if p["status"].get("phase") == "Running" and "deletionTimestamp" not in p["metadata"]
        ]

    def only_new_tag(pods):
        return all(p["spec"]["containers"][0]["image"].endswith(":sha-1a2b3c4") for p in pods)

    # On a loaded machine the simulator has once shown the old pod for a moment
    # after the rollout reported success; give it a few seconds to mark it
    # terminating before judging.
    deadline = time.monotonic() + 10
    serving = serving_pods()
    while not only_new_tag(serving) and time.monotonic() < deadline:
        time.sleep(0.2)
        serving = serving_pods()
    assert serving, "no relay pod is running after the rollout"
    for pod in serving:
        assert pod["spec"]["containers"][0]["image"].endswith(":sha-1a2b3c4"), pod["metadata"]

    releases = sim.kubectl_json(
        "get", "secrets", "-l", "owner=helm,name=tokenplace-relay"
    )["items"]
    deployed = [s for s in releases if s["metadata"]["labels"]["status"] == "deployed"]
    assert len(deployed) == 1
    assert int(deployed[0]["metadata"]["labels"]["version"]) >= 2


def test_restart_rolls_new_pods_of_the_same_tag(sim):
    before = sim.kubectl_json("get", "deployment", "tokenplace-relay")
    run = sim.just("tokenplace-restart")
    assert run.returncode == 0, run.stdout + run.stderr
    assert 'deployment "tokenplace-relay" successfully rolled out' in run.stdout
    after = sim.kubectl_json("get", "deployment", "tokenplace-relay")
    annotations = after["spec"]["template"]["metadata"].get("annotations", {})
    assert "kubectl.kubernetes.io/restartedAt" in annotations
    assert after["metadata"]["generation"] > before["metadata"]["generation"]


def test_redeploy_refuses_latest_and_leaves_the_release_alone(sim):
    before = sim.kubectl_json("get", "secrets", "-l", "owner=helm,name=tokenplace-relay")
    run = sim.just("tokenplace-oci-redeploy", "tag=latest")
    assert run.returncode != 0
    assert 'image tag "latest" is refused' in run.stderr
    after = sim.kubectl_json("get", "secrets", "-l", "owner=helm,name=tokenplace-relay")
    assert len(after["items"]) == len(before["items"])


def test_redeploy_of_a_tag_that_cannot_be_pulled_fails_without_a_url(sim):
    run = sim.just("rollout_timeout=15s", "tokenplace-oci-redeploy", "tag=sha-deadbee")
    assert run.returncode != 0
    assert "UPGRADE FAILED" in run.stderr
    assert "public URL" not in run.stdout

    releases = sim.kubectl_json("get", "secrets", "-l", "owner=helm,name=tokenplace-relay")
    newest = max(releases["items"], key=lambda s: int(s["metadata"]["labels"]["version"]))
    assert newest["metadata"]["labels"]["status"] == "failed"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_port_forward(sim: SimCluster, port: int, env: dict[str, str]) -> subprocess.Popen:
    """Start `just tokenplace-port-forward` in its own process group."""
    return subprocess.Popen(
        [shutil.which("just") or "just", "tokenplace-port-forward", f"port={port}"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def test_port_forward_asks_a_relay_pod_behind_the_service(sim, tmp_path):
    verbose = tmp_path / "kubectl-verbose"
    verbose.write_text(f'#!/bin/sh\nexec {shlex.quote(shutil.which("kubectl"))} -v=6 "$@"\n')
    verbose.chmod(0o755)
    process = start_port_forward(sim, free_port(), {**sim.env, "KUBECTL": str(verbose)})
    try:
        output = LineReader(process.stdout)
        output.until(lambda line: "/portforward" in line, 30)
    finally:
        stop(process)
    requests = "\n".join(output.seen)
    assert "GET " + sim.api + "/api/v1/namespaces/tokenplace/services/tokenplace-relay 200" in (
        requests
    )
    assert "/api/v1/namespaces/tokenplace/pods/tokenplace-relay-" in requests


def test_port_forward_then_curl_healthz_answers(sim):
    port = free_port()
    process = start_port_forward(sim, port, sim.env)
    try:
        output = LineReader(process.stdout)
        output.until(lambda line: line.startswith(f"Forwarding from 127.0.0.1:{port}"), 30)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as reply:
            assert reply.status == 200
            assert json.load(reply)["status"] == "ok"
    finally:
        stop(process)
