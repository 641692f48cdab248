#!/bin/sh
# Stand-in for kubectl and helm in the sources tests, used only where no API server or helm
# binary can run. It replays recorded responses stored next to it:
#   MODE.N.out (stdout), MODE.N.err (stderr), MODE.N.exit (status), MODE.N.hang (then sleeps),
#   MODE.N.pause (seconds to wait before exiting)
# for the Nth call of MODE, else MODE.default.*. MODE is "watch" when --watch is among the
# arguments, "status" or "history" for helm, else "list". Every call is logged to calls.log.
dir=$(dirname "$0")
mode=list
case "$1" in status | history) mode=$1 ;; esac
for arg in "$@"; do
  if [ "$arg" = "--watch" ]; then mode=watch; fi
done
printf '%s\n' "$*" >>"$dir/calls.log"
count=$(($(cat "$dir/$mode.count" 2>/dev/null || echo 0) + 1))
echo "$count" >"$dir/$mode.count"
base="$dir/$mode.$count"
if [ ! -e "$base.out" ] && [ ! -e "$base.err" ] && [ ! -e "$base.exit" ] && [ ! -e "$base.hang" ]; then
  base="$dir/$mode.default"
fi
if [ -e "$base.out" ]; then cat "$base.out"; fi
if [ -e "$base.err" ]; then cat "$base.err" >&2; fi
if [ -e "$base.hang" ]; then exec sleep 3600; fi
if [ -e "$base.pause" ]; then sleep "$(cat "$base.pause")"; fi
exit "$(cat "$base.exit" 2>/dev/null || echo 0)"
