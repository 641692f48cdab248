"""The operator docs point at files that exist and describe the recipes that exist."""

import re

import pytest

from relay_chart import REPO

GUIDE = REPO / "docs" / "apps" / "tokenplace-relay.md"
TUNNEL = REPO / "docs" / "cloudflare_tunnel.md"
LINK = re.compile(r"\]\((?!https?://|#)([^)]+)\)")


@pytest.mark.parametrize("doc", [GUIDE, TUNNEL], ids=["operator-guide", "cloudflare-tunnel"])
def test_relative_links_resolve(doc):
    targets = LINK.findall(doc.read_text())
    assert targets, f"{doc.name} links nowhere"
    missing = [t for t in targets if not (doc.parent / t.split("#")[0]).exists()]
    assert missing == []


def test_guide_links_the_tunnel_guide():
    assert "(../cloudflare_tunnel.md)" in GUIDE.read_text()


def test_guide_covers_every_operator_recipe():
    recipes = re.findall(r"^(tokenplace-[a-z-]+)", (REPO / "justfile").read_text(), re.MULTILINE)
    assert len(recipes) >= 5
    guide = GUIDE.read_text()
    assert [r for r in recipes if f"just {r}" not in guide] == []


def test_guide_explains_the_values_flag_the_recipe_uses():
    justfile = (REPO / "justfile").read_text()
    guide = GUIDE.read_text()
    assert "--reset-values" in justfile
    assert "`--reset-values`" in guide
    assert "--reuse-values" not in justfile
    assert "--reset-then-reuse-values" not in justfile


@pytest.mark.parametrize(
    "section",
    [
        "## Before you start",
        "## Images and tags",
        "## How the values are layered",
        "## Quick start",
        "## Ingress, TLS and Cloudflare DNS",
        "## The recipes",
        "## Watching it with tokenplace-dash",
        "## Troubleshooting",
    ],
)
def test_guide_has_the_operator_sections(section):
    assert section in GUIDE.read_text().splitlines()

