#!/bin/sh
# Ignores SIGTERM (and so do its children): only SIGKILL ends it.
trap '' TERM
echo ready
while :; do sleep 1; done
