#!/bin/sh
# Starts a grandchild in the background, prints its pid, and waits: the process-group tests
# check that stopping this script also stops the grandchild.
sleep 60 &
echo "$!"
wait
