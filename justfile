# Recipes for operating the token.place relay on staging and for developing
# tokenplace-dash. `just` with no arguments lists them.
#
# Binaries come from the environment: HELM (default helm) and KUBECTL
# (default kubectl). KUBECONFIG passes through to both unchanged.
# Override a variable with `just namespace=other tokenplace-status`.

set positional-arguments
set shell := ["bash", "-euo", "pipefail", "-c"]

# Namespace the relay release lives in.
namespace := "tokenplace"
# Helm release name; also the name of the Deployment, Service and Ingress.
release := "tokenplace-relay"
# Chart directory, relative to this justfile.
chart := "apps/tokenplace-relay"
# Operator values, layered in this order.
values_dev := chart / "values.dev.yaml"
values_staging := chart / "values.staging.yaml"
# Image tag deployed when none is given.
default_tag := "main"
# Image tags the chart accepts; kept equal to values.schema.json by a check.
tag_pattern := '^(main|sha-[0-9a-f]{7,40}|v?[0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.]+)?)$'
# How long helm and kubectl wait for a rollout.
rollout_timeout := "5m"
# Local port of `tokenplace-port-forward`.
local_port := "5010"
# Service port the port-forward reaches (the Service sends it to 5010).
service_port := "80"
# Labels of the relay pods (the helm test pod does not carry them).
selector := "app.kubernetes.io/name=tokenplace-relay,app.kubernetes.io/instance=" + release
helm := env("HELM", "helm")
kubectl := env("KUBECTL", "kubectl")

# List the recipes.
[group('help')]
default:
    @{{ quote(just_executable()) }} --justfile {{ quote(justfile()) }} --list --unsorted

# Install or upgrade the relay with image TAG (main or sha-<shortsha>); accepts `tag=TAG`.
[group('operator')]
tokenplace-oci-redeploy tag=default_tag: (_check-tag tag) && _public-url
    #!/usr/bin/env bash
    set -euo pipefail
    tag="${1#tag=}"
    {{ quote(helm) }} upgrade --install {{ quote(release) }} {{ quote(chart) }} \
      --namespace {{ quote(namespace) }} --create-namespace \
      --values {{ quote(values_dev) }} --values {{ quote(values_staging) }} \
      --set "image.tag=${tag}" \
      --reset-values \
      --wait --timeout {{ quote(rollout_timeout) }}
    {{ quote(kubectl) }} --namespace {{ quote(namespace) }} \
      rollout status deployment/{{ quote(release) }} --timeout {{ quote(rollout_timeout) }}
    if [[ "$tag" == main ]]; then
      echo "note: main moves; if main was already deployed, the pods kept their image." \
        "Run 'just tokenplace-restart' to pull the newest main build."
    fi

# Restart the relay pods, e.g. to pull the newest build of the moving main tag.
[group('operator')]
tokenplace-restart:
    {{ quote(kubectl) }} --namespace {{ quote(namespace) }} \
      rollout restart deployment/{{ quote(release) }}
    {{ quote(kubectl) }} --namespace {{ quote(namespace) }} \
      rollout status deployment/{{ quote(release) }} --timeout {{ quote(rollout_timeout) }}

# Show pods, ingress, certificate, the helm release and the public URL.
[group('operator')]
tokenplace-status: && _public-url _dash-verdict
    #!/usr/bin/env bash
    set -euo pipefail
    ns={{ quote(namespace) }}
    echo "== pods"
    {{ quote(kubectl) }} --namespace "$ns" get pods -l {{ quote(selector) }} -o wide
    echo "== ingress"
    {{ quote(kubectl) }} --namespace "$ns" get ingress {{ quote(release) }} \
      || echo "(no ingress: the relay is reachable only through 'just tokenplace-port-forward')"
    echo "== certificate"
    {{ quote(kubectl) }} --namespace "$ns" get certificates.cert-manager.io \
      || echo "(certificates unreadable: is cert-manager installed?)"
    echo "== release"
    release={{ quote(release) }}
    {{ quote(helm) }} status "$release" --namespace "$ns" \
      || echo "(helm cannot read release \"$release\" in namespace \"$ns\")"
    echo "== public URL"

# Print the last 200 lines of each relay pod; extra flags go to kubectl (-f, --since=10m).
[group('operator')]
tokenplace-logs *args:
    {{ quote(kubectl) }} --namespace {{ quote(namespace) }} logs -l {{ quote(selector) }} \
      --container relay --prefix --tail=200 --max-log-requests=10 "$@"

# Forward 127.0.0.1:PORT to the relay Service, then: curl http://127.0.0.1:PORT/healthz
[group('operator')]
tokenplace-port-forward port=local_port:
    #!/usr/bin/env bash
    set -euo pipefail
    port="${1#port=}"
    if [[ ! "$port" =~ ^[0-9]{1,5}$ ]] || (( port < 1 || port > 65535 )); then
      echo "error: local port \"$port\" is not a number from 1 to 65535" >&2
      exit 2
    fi
    echo "relay health: curl -fsS http://127.0.0.1:${port}/healthz (Ctrl-C stops the forward)"
    exec {{ quote(kubectl) }} --namespace {{ quote(namespace) }} port-forward \
      --address 127.0.0.1 service/{{ quote(release) }} "${port}:"{{ quote(service_port) }}

# Open the dashboard on the relay release; extra arguments go to tokenplace-dash.
[group('operator')]
tokenplace-dash *args:
    #!/usr/bin/env bash
    set -euo pipefail
    args=(--namespace {{ quote(namespace) }} --release {{ quote(release) }} \
      --chart {{ quote(chart) }} --values {{ quote(values_dev) }} \
      --values {{ quote(values_staging) }} --default-tag {{ quote(default_tag) }})
    [[ -n "${KUBECTL:-}" ]] && args+=(--kubectl "$KUBECTL")
    [[ -n "${HELM:-}" ]] && args+=(--helm "$HELM")
    if command -v tokenplace-dash >/dev/null; then
      exec tokenplace-dash "${args[@]}" "$@"
    fi
    exec swift run --quiet tokenplace-dash "${args[@]}" "$@"

# Build the Swift package.
[group('developer')]
build:
    swift build

# Run every check: build, format lint, Swift tests and the Python checks.
[group('developer')]
test:
    tools/test

# Run the dashboard against the built-in simulated cluster, optionally in SCENARIO.
[group('developer')]
demo *scenario:
    swift run tokenplace-dash --demo "$@"

# Regenerate the PNG screenshots in screenshots/.
[group('developer')]
screenshots:
    tools/screenshots

# Refuse an image tag the chart would refuse, before anything reaches helm.
[private]
_check-tag tag:
    #!/usr/bin/env bash
    set -euo pipefail
    tag="${1#tag=}"
    if [[ "$tag" == latest ]]; then
      echo "error: image tag \"latest\" is refused: it names no particular build." \
        "Use main or sha-<shortsha>." >&2
      exit 2
    fi
    pattern={{ quote(tag_pattern) }}
    if [[ ! "$tag" =~ $pattern ]]; then
      echo "error: image tag \"$tag\" is malformed: use main, sha-<7 to 40 lowercase" \
        "hex digits> or a version like v1.2.3." >&2
      exit 2
    fi

# Print the dashboard's one-frame verdict when tokenplace-dash is on PATH; exits 1 when degraded.
[private]
_dash-verdict:
    #!/usr/bin/env bash
    set -euo pipefail
    if ! command -v tokenplace-dash >/dev/null; then
      exit 0
    fi
    echo "== dashboard verdict"
    args=(--once --namespace {{ quote(namespace) }} --release {{ quote(release) }})
    [[ -n "${KUBECTL:-}" ]] && args+=(--kubectl "$KUBECTL")
    [[ -n "${HELM:-}" ]] && args+=(--helm "$HELM")
    exec tokenplace-dash "${args[@]}"

# Print the public URL from the Ingress, or how to reach the relay without one.
[private]
_public-url:
    #!/usr/bin/env bash
    set -euo pipefail
    release={{ quote(release) }}
    ingress=$({{ quote(kubectl) }} --namespace {{ quote(namespace) }} get ingress \
      "$release" -o 'jsonpath={.spec.rules[0].host} {.spec.tls[*].secretName}' \
      2>/dev/null) || ingress=""
    read -r host secret <<<"$ingress" || true
    if [[ -z "${host:-}" ]]; then
      echo "no public URL: release \"$release\" has no ingress host;" \
        "reach the relay with 'just tokenplace-port-forward'"
    elif [[ -n "${secret:-}" ]]; then
      echo "public URL: https://${host}"
    else
      echo "public URL: http://${host}"
    fi
