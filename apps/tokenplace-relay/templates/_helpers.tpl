{{/*
Chart name, truncated to the 63 characters a label value allows.
*/}}
{{- define "tokenplace-relay.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full object name: the release name when it already contains the chart name,
otherwise "<release>-<chart>"; fullnameOverride wins.
*/}}
{{- define "tokenplace-relay.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Value of the helm.sh/chart label: "<chart>-<version>".
*/}}
{{- define "tokenplace-relay.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels that select the relay pods. They never change between upgrades,
because a Deployment's selector is immutable.
*/}}
{{- define "tokenplace-relay.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tokenplace-relay.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels of every object of the release.
*/}}
{{- define "tokenplace-relay.labels" -}}
helm.sh/chart: {{ include "tokenplace-relay.chart" . }}
{{ include "tokenplace-relay.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | quote }}
app.kubernetes.io/component: relay
app.kubernetes.io/part-of: token.place
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Image reference "<repository>:<tag>".
*/}}
{{- define "tokenplace-relay.image" -}}
{{- printf "%s:%s" .Values.image.repository .Values.image.tag }}
{{- end }}

{{/*
Pull policy: the configured one, else Always for the moving "main" tag and
IfNotPresent for immutable tags.
*/}}
{{- define "tokenplace-relay.pullPolicy" -}}
{{- if .Values.image.pullPolicy }}
{{- .Values.image.pullPolicy }}
{{- else if eq .Values.image.tag "main" }}
{{- "Always" }}
{{- else }}
{{- "IfNotPresent" }}
{{- end }}
{{- end }}

{{/*
Name of the ServiceAccount the pods run as.
*/}}
{{- define "tokenplace-relay.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "tokenplace-relay.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Public URL of the relay, or nothing when no Ingress host is set.
*/}}
{{- define "tokenplace-relay.publicURL" -}}
{{- with .Values.ingress.host }}
{{- printf "%s://%s" (ternary "https" "http" (not (empty $.Values.ingress.tls.secretName))) . }}
{{- end }}
{{- end }}
