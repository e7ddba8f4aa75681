#!/usr/bin/env bash
# Kills the built host (SIGKILL) at random moments while it delivers early warnings, restarts it on the same SQLite
# file and counts, per trial, the warnings delivered twice and those not delivered within two minutes of the restart.
# ./test.sh runs 2 trials; this runs 30 by default. Usage: tools/crash-trials.sh [trials]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
trials=${1:-30}
dotnet build StatusBot.sln --nologo -clp:ErrorsOnly
echo "== $trials crash trials"
STATUSBOT_CRASH_TRIALS=$trials dotnet test tests/StatusBot.Tests --no-build --nologo \
  --filter "FullyQualifiedName~StatusBot.Tests.Recovery.CrashTrialTests" --logger "console;verbosity=detailed" \
  | grep -E "^ *trial [0-9]|trials,|Passed!|Failed!" || true
exit "${PIPESTATUS[0]}"
