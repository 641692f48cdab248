"""The pinned tools the other checks rely on are the ones on PATH."""

import shutil
import subprocess


def test_just_is_the_pinned_rust_just():
    just = shutil.which("just")
    assert just is not None, "just is not on PATH; run tools/bootstrap"
    out = subprocess.run([just, "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("just 1.59.0")
