#!/usr/bin/env bash
# The project's test command (CI's .ci/run calls exactly this).
# Validates compose/docker-compose.yml (scripts/validate-compose.sh: docker-compose config and dclint),
# installs chromium for the browser tests if missing (scripts/chromium.sh),
# starts a private RabbitMQ on 127.0.0.1 (scripts/rabbitmq.sh), builds Hub.sln in Release
# and runs `dotnet test`; extra arguments go to `dotnet test` (e.g. --filter X).
# Ends with "N passed, N failed" computed from the TRX files; exits with dotnet test's
# exit code, or 1 if no test was executed. The broker is always stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
START_TS=$(date +%s)
RESULTS_DIR="$ROOT/TestResults"
RABBIT_CTL="$ROOT/scripts/rabbitmq.sh"

# Same defaults as rabbitmq.sh, exported so tests calling $RABBITMQ_TEST_CTL hit this node.
export RABBIT_DIR="${RABBIT_DIR:-${TMPDIR:-/tmp}/hub-rabbitmq}"
export RABBIT_PORT="${RABBIT_PORT:-5679}"
export RABBIT_DIST_PORT="${RABBIT_DIST_PORT:-25679}"
export RABBIT_EPMD_PORT="${RABBIT_EPMD_PORT:-4370}"
export RABBIT_NODE="${RABBIT_NODE:-hubtest}"

ELAPSED_PRINTED=0
print_elapsed() { ELAPSED_PRINTED=1; echo "Elapsed: $(( $(date +%s) - START_TS ))s"; }
# shellcheck disable=SC2317  # invoked via trap
cleanup() {
  local rc=$?
  "$RABBIT_CTL" stop >/dev/null 2>&1 || echo "warning: scripts/rabbitmq.sh stop failed" >&2
  [[ $ELAPSED_PRINTED == 1 ]] || print_elapsed
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Sum one attribute of the TRX <Counters .../> element over all TRX files.
trx_sum() {
  local attr="$1"
  find "$RESULTS_DIR" -name '*.trx' -type f -print0 2>/dev/null \
    | xargs -0 -r grep -ho '<Counters [^>]*>' \
    | sed -n "s/.* $attr=\"\([0-9]*\)\".*/\1/p" \
    | awk '{ s += $1 } END { print s + 0 }'
}

bash "$ROOT/scripts/validate-compose.sh"
"$RABBIT_CTL" install
"$ROOT/scripts/chromium.sh"              # the desk's browser tests drive Debian's chromium
"$RABBIT_CTL" reset                      # fresh broker state for every run
RABBIT_PORT="$("$RABBIT_CTL" start)"

export RABBITMQ_TEST_HOST=127.0.0.1
export RABBITMQ_TEST_PORT="$RABBIT_PORT"
export RABBITMQ_TEST_CTL="$RABBIT_CTL"   # tests may call: kill | start | restart-graceful | status
export MASSTRANSIT_USAGE_TELEMETRY=false
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

dotnet build Hub.sln -c Release

rm -rf "$RESULTS_DIR"
test_rc=0
# One test assembly at a time: the fault tests stop and kill the shared broker.
dotnet test Hub.sln -c Release --no-build -m:1 --logger "console;verbosity=normal" \
  --logger trx --results-directory "$RESULTS_DIR" "$@" || test_rc=$?

executed=$(trx_sum executed)
passed=$(trx_sum passed)
failed=$(trx_sum failed)
echo "TRX: executed=$executed (files in $RESULTS_DIR), dotnet test exit code $test_rc"
if [[ "$executed" -eq 0 ]]; then
  echo "error: no tests were executed" >&2
  [[ $test_rc -ne 0 ]] || test_rc=1
fi
"$RABBIT_CTL" stop >/dev/null 2>&1 || true   # the EXIT trap repeats this harmlessly
print_elapsed
echo "$passed passed, $failed failed"        # summary is the last line
exit "$test_rc"
