#!/usr/bin/env bash
# Runs every test of StatusBot: installs the test servers (npm, into .tools/) and Chromium (Debian's,
# for the playground's browser tests), starts the servers on free loopback ports (Azurite; an SMTP
# server that writes what it receives into a folder), builds (which also fetches the playground's Web
# Chat from npm), runs all test projects and a few seconds of load (tests/StatusBot.Load --smoke), stops
# what it started, and exits non-zero on any failure, on a
# skipped test, or when no test ran. Browser screenshots are kept in TestResults/playground/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=$PWD
tools="$root/.tools"

fail() { echo "test.sh: $*" >&2; exit 1; }
command -v dotnet >/dev/null || fail "the .NET 10 SDK (dotnet) is required: install it first."
command -v node >/dev/null || fail "Node.js is required for the test servers: install it first."
command -v npm >/dev/null || fail "npm is required for the test servers: install it first."

# Test servers and the Teams manifest schemas from npm, installed once into .tools/ and again whenever tools/ changes.
if ! cmp -s tools/package-lock.json "$tools/package-lock.json" || [ ! -x "$tools/node_modules/.bin/azurite-table" ] \
  || [ ! -d "$tools/node_modules/smtp-server" ] || [ ! -d "$tools/node_modules/@microsoft/app-manifest" ]; then
  echo "== installing test servers (npm) into .tools/"
  mkdir -p "$tools"
  cp tools/package.json tools/package-lock.json "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm could not install the test servers (see above)."
fi

# Chromium for the playground's browser tests (Playwright drives it; it never downloads a browser).
chromium=${STATUSBOT_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  [ "$(id -u)" -eq 0 ] || fail "Chromium is required for the browser tests and $chromium is missing: install it (sudo apt-get install -y chromium) or set STATUSBOT_CHROMIUM to its path."
  echo "== installing Chromium (apt-get)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
    || fail "apt-get could not install Chromium (see above)."
  [ -x "$chromium" ] || fail "Chromium was installed but $chromium is still missing: set STATUSBOT_CHROMIUM to its path."
fi
export STATUSBOT_CHROMIUM="$chromium"
export STATUSBOT_TEST_ARTIFACTS="$root/TestResults/playground"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})'
}
wait_for_port() { # name port pid
  for _ in $(seq 1 200); do
    (echo >"/dev/tcp/127.0.0.1/$2") 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || fail "$1 exited before it listened on 127.0.0.1:$2."
    sleep 0.1
  done
  fail "$1 did not listen on 127.0.0.1:$2 within 20 s."
}

echo "== starting Azurite (Azure Table Storage emulator) on loopback"
azurite_port=$(free_port)
# In memory: on disk, Azurite writes its whole database every 5 s, and the suite's tables grow it to about 90 MB; each
# write then held every request for up to 3.4 s, enough with the request's own work to pass a host's 4 s storage
# deadline (a 503 in a test).
"$tools/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$azurite_port" \
  --inMemoryPersistence --skipApiVersionCheck --loose --silent &
pids+=($!)
wait_for_port Azurite "$azurite_port" "${pids[-1]}"
# Azurite's well-known development account (public, documented; not a secret).
export STATUSBOT_AZURITE_TABLES="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1;"

echo "== starting the test SMTP server (smtp-server via tools/smtp-sink.js) on loopback"
smtp_port=$(free_port)
NODE_PATH="$tools/node_modules" node tools/smtp-sink.js "$smtp_port" "$work/smtp" >/dev/null &
pids+=($!)
wait_for_port "the test SMTP server" "$smtp_port" "${pids[-1]}"
export STATUSBOT_TEST_SMTP_HOST=127.0.0.1
export STATUSBOT_TEST_SMTP_PORT=$smtp_port
export STATUSBOT_TEST_SMTP_MAILDIR="$work/smtp"

echo "== building"
dotnet build StatusBot.sln --nologo -clp:ErrorsOnly
# The build fetches the playground's Web Chat bundle from npm once per version; without it the
# browser tests cannot run, so say why here rather than let them time out.
for bundle in src/StatusBot/bin/Debug/net10.0/playground/webchat.js tests/StatusBot.Tests/bin/Debug/net10.0/playground/webchat.js; do
  [ -f "$bundle" ] || fail "the playground's Web Chat bundle ($bundle) was not fetched: run 'dotnet build src/StatusBot' and read its 'StatusBot playground' lines."
done

echo "== testing"
status=0
# A test that hangs fails the run after 10 minutes, naming itself, instead of holding CI until its limit.
dotnet test StatusBot.sln --no-build --nologo --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$work/results" --blame-hang-timeout 10m --blame-hang-dump-type none || status=$?
# When a test host crashed or hung, blame leaves the tests it had started: name the last ones.
while IFS= read -r sequence; do
  echo "test.sh: a test host stopped before its tests finished; the last tests it started:" >&2
  grep -o 'Name="[^"]*"' "$sequence" | tail -5 | sed 's/^/  /' >&2
done < <(find "$work/results" -name 'Sequence_*.xml' 2>/dev/null)

# A short load run (a few seconds, bounded): signed /slip against the built host on loopback beside raw Kestrel.
# It checks the whole path works under concurrency; its figures are not judged here (see the README's Load section).
echo "== load smoke run (tests/StatusBot.Load --smoke)"
load_status=0
dotnet tests/StatusBot.Load/bin/Debug/net10.0/StatusBot.Load.dll --smoke || load_status=$?
# And due check-ins fanned out to Slack's pace: 100 over 50 owners, none lost or repeated.
echo "== fan-out smoke run (tests/StatusBot.Load fanout --smoke)"
dotnet tests/StatusBot.Load/bin/Debug/net10.0/StatusBot.Load.dll fanout --smoke || load_status=$?

# One closing line over every project: "N passed, N failed, N skipped".
sum() { cat "$work"/results/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | tr -dc '0-9\n' | awk '{n+=$1} END {print n+0}'; }
total=$(sum total); passed=$(sum passed); failed=$(sum failed); skipped=$(( total - $(sum executed) ))
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] || fail "some tests failed (see above)."
[ "$load_status" -eq 0 ] || fail "the load smoke run failed (see above)."
[ "$total" -gt 0 ] || fail "no test ran."
[ "$skipped" -eq 0 ] || fail "$skipped tests were skipped; every test must run."
echo "test.sh: all $passed tests passed."
