"""The chart renders what the staging runbook describes, from every values source."""

import pytest

from relay_chart import (
    EXAMPLE_VALUES,
    OPERATOR_VALUES,
    RUNBOOK_SNIPPET,
    layered,
    render,
)

STAGING_SOURCES = [
    ("operator-values", OPERATOR_VALUES),
    ("docs-examples", EXAMPLE_VALUES),
    ("runbook-snippet", [RUNBOOK_SNIPPET]),
]


@pytest.fixture(params=STAGING_SOURCES, ids=[name for name, _ in STAGING_SOURCES])
def staging(request):
    _, files = request.param
    return render(layered(*files))


def test_ingress_serves_the_staging_host_with_tls(staging):
    ingress = staging.one("Ingress")
    assert ingress["apiVersion"] == "networking.k8s.io/v1"
    assert ingress["spec"]["ingressClassName"] == "traefik"
    annotations = ingress["metadata"]["annotations"]
    assert annotations["cert-manager.io/cluster-issuer"] == "letsencrypt-production"
    assert [rule["host"] for rule in ingress["spec"]["rules"]] == ["staging.token.place"]
    assert ingress["spec"]["tls"] == [
        {"hosts": ["staging.token.place"], "secretName": "staging-tokenplace-relay-tls"}
    ]


def test_ingress_routes_to_the_service_http_port(staging):
    path = staging.one("Ingress")["spec"]["rules"][0]["http"]["paths"][0]
    assert path["path"] == "/"
    assert path["pathType"] == "Prefix"
    assert path["backend"]["service"] == {"name": "tokenplace-relay", "port": {"name": "http"}}


def test_relay_runs_the_ghcr_image_on_port_5010(staging):
    relay = staging.relay_container()
    assert relay["image"] == "ghcr.io/democratizedspace/tokenplace-relay:main"
    assert relay["ports"] == [{"name": "http", "containerPort": 5010, "protocol": "TCP"}]


def test_probes_call_healthz_and_livez_on_the_http_port(staging):
    relay = staging.relay_container()
    assert relay["readinessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert relay["livenessProbe"]["httpGet"] == {"path": "/livez", "port": "http"}


def test_service_sends_port_80_to_the_http_container_port(staging):
    service = staging.one("Service")
    assert service["spec"]["ports"] == [
        {"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}
    ]


def test_service_and_deployment_selectors_match_the_pod_labels(staging):
    deployment = staging.one("Deployment")
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    selectors = [
        deployment["spec"]["selector"]["matchLabels"],
        staging.one("Service")["spec"]["selector"],
    ]
    for selector in selectors:
        assert selector.items() <= pod_labels.items(), selector
    assert pod_labels["app.kubernetes.io/instance"] == "tokenplace-relay"
    assert pod_labels["app.kubernetes.io/name"] == "tokenplace-relay"


def test_every_object_carries_the_standard_labels(staging):
    for obj in staging.objects:
        labels = obj["metadata"]["labels"]
        assert labels["helm.sh/chart"] == "tokenplace-relay-0.1.0", obj["kind"]
        assert labels["app.kubernetes.io/managed-by"] == "Helm", obj["kind"]
        assert labels["app.kubernetes.io/instance"] == "tokenplace-relay", obj["kind"]


def test_notes_print_the_public_url(staging):
    assert "Public URL: https://staging.token.place" in staging.notes
    assert "port-forward" not in staging.notes


def test_runbook_snippet_sets_the_upstream_url():
    relay = render(layered(RUNBOOK_SNIPPET)).relay_container()
    assert relay["env"] == [
        {"name": "TOKENPLACE_RELAY_UPSTREAM_URL", "value": "http://gpu-server:5015"}
    ]


def test_env_map_renders_sorted_string_values():
    values = {"env": {"B_FLAG": True, "A_COUNT": 3, "C_URL": "http://x:1"}}
    relay = render(values).relay_container()
    assert relay["env"] == [
        {"name": "A_COUNT", "value": "3"},
        {"name": "B_FLAG", "value": "true"},
        {"name": "C_URL", "value": "http://x:1"},
    ]


@pytest.mark.parametrize(
    "override,readiness,liveness,port",
    [
        ({}, "/healthz", "/livez", "http"),
        ({"probes": {"port": 8080}}, "/healthz", "/livez", 8080),
        (
            {"probes": {"readiness": {"path": "/ready"}, "liveness": {"path": "/alive"}}},
            "/ready",
            "/alive",
            "http",
        ),
    ],
    ids=["defaults", "numeric-port", "custom-paths"],
)
def test_probe_paths_and_port_are_overridable(override, readiness, liveness, port):
    relay = render(override).relay_container()
    assert relay["readinessProbe"]["httpGet"] == {"path": readiness, "port": port}
    assert relay["livenessProbe"]["httpGet"] == {"path": liveness, "port": port}


def test_tag_set_on_the_command_line_wins_over_the_values_files():
    values = layered(*OPERATOR_VALUES, {"image": {"tag": "sha-1a2b3c4"}})
    relay = render(values).relay_container()
    assert relay["image"] == "ghcr.io/democratizedspace/tokenplace-relay:sha-1a2b3c4"
    assert relay["imagePullPolicy"] == "IfNotPresent"


def test_the_moving_main_tag_is_always_pulled():
    assert render({}).relay_container()["imagePullPolicy"] == "Always"


def test_relay_runs_unprivileged_on_a_read_only_root():
    rendered = render(layered(*OPERATOR_VALUES))
    pod = rendered.one("Deployment")["spec"]["template"]["spec"]
    relay = rendered.relay_container()
    assert pod["securityContext"]["runAsUser"] == 1000
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert relay["securityContext"]["readOnlyRootFilesystem"] is True
    assert relay["securityContext"]["allowPrivilegeEscalation"] is False
    assert relay["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert {"name": "tmp", "mountPath": "/tmp"} in relay["volumeMounts"]
    assert {"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}} in pod["volumes"]


def test_relay_pauses_before_sigterm_within_its_grace_period():
    rendered = render(layered(*OPERATOR_VALUES))
    pod = rendered.one("Deployment")["spec"]["template"]["spec"]
    pause = rendered.relay_container()["lifecycle"]["preStop"]["sleep"]["seconds"]
    assert 0 < pause < pod["terminationGracePeriodSeconds"]
    resources = rendered.relay_container()["resources"]
    assert resources["requests"] and resources["limits"]["memory"]


def test_without_a_host_there_is_no_ingress_and_notes_give_the_port_forward():
    rendered = render({})
    assert "Ingress" not in rendered.kinds()
    assert "kubectl -n tokenplace port-forward svc/tokenplace-relay 5010:80" in rendered.notes
    assert "curl -fsS http://127.0.0.1:5010/healthz" in rendered.notes


def test_optional_objects_are_off_by_default():
    assert render(layered(*OPERATOR_VALUES)).kinds() == [
        "Deployment",
        "Ingress",
        "Pod",
        "Service",
    ]


def test_pdb_and_service_account_render_when_enabled():
    values = {
        "podDisruptionBudget": {"enabled": True},
        "serviceAccount": {"create": True},
    }
    rendered = render(values)
    pdb = rendered.one("PodDisruptionBudget")
    pod_labels = rendered.one("Deployment")["spec"]["template"]["metadata"]["labels"]
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    assert rendered.one("ServiceAccount")["metadata"]["name"] == "tokenplace-relay"
    pod = rendered.one("Deployment")["spec"]["template"]["spec"]
    assert pod["serviceAccountName"] == "tokenplace-relay"


def test_helm_test_pod_fetches_healthz_through_the_service():
    test_pod = render(layered(*OPERATOR_VALUES)).one("Pod")
    assert test_pod["metadata"]["annotations"]["helm.sh/hook"] == "test"
    command = test_pod["spec"]["containers"][0]["command"]
    assert command[0] == "wget"
    assert command[-1] == "http://tokenplace-relay.tokenplace.svc:80/healthz"
    labels = test_pod["metadata"]["labels"]
    assert labels["app.kubernetes.io/name"] != "tokenplace-relay", "test pod joins the Service"
