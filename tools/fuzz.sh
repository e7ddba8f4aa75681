#!/usr/bin/env bash
# Sends generated requests to every endpoint of the whole host (admin API routes with fuzzed path segments and bodies;
# Slack's three endpoints and Teams' /api/messages with fuzzed payloads, correctly signed so they reach the handlers)
# and fails on any 5xx, stack trace or exception the host did not handle. ./test.sh runs 60 per endpoint; this runs
# 10,000 per endpoint by default. Usage: tools/fuzz.sh [count per endpoint] [seed]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
count=${1:-10000}
seed=${2:-20261207}
dotnet build tests/StatusBot.Tests --nologo -clp:ErrorsOnly
echo "== $count generated requests per endpoint, seed $seed"
# The summary per endpoint, then every failure and logged exception the test names (its message lists them).
STATUSBOT_FUZZ_COUNT=$count STATUSBOT_FUZZ_SEED=$seed dotnet test tests/StatusBot.Tests --no-build --nologo \
  --filter "FullyQualifiedName~StatusBot.Tests.Fuzzing" --logger "console;verbosity=detailed" \
  | grep -E "requests,|e\.g\.|slowest|seed|failures| -> |Exception|Total tests|^ +(Passed|Failed): " || true
exit "${PIPESTATUS[0]}"
