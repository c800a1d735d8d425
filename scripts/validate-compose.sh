#!/usr/bin/env bash
# Validates compose/docker-compose.yml without a Docker engine (scripts/test.sh runs this):
#   1. `docker-compose config` (Debian's docker-compose 1.29; installed with apt when missing),
#      with a placeholder for every required secret, so a typo in a variable or key fails;
#   2. `npx dclint` against the current compose schema and its rules (errors fail, warnings print);
#   3. `promtool` (Debian's prometheus package, installed with apt when missing) checks the alert rules
#      and the Prometheus configuration.
# The files it mounts must exist, and the ops dashboard must be valid JSON.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMPOSE="$ROOT/compose/docker-compose.yml"
DCLINT_VERSION=3.1.0

apt_install() { # command package
  command -v "$1" >/dev/null && return 0
  local sudo=""; [[ $EUID -eq 0 ]] || sudo="sudo"
  apt-cache show "$2" >/dev/null 2>&1 || $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >&2
}
apt_install docker-compose docker-compose
apt_install promtool prometheus

# Placeholders for the secrets the file demands with ${NAME:?...}; never real values.
while read -r name; do export "$name=placeholder-for-validation"; done < <(grep -o '\${[A-Z0-9_]*:?' "$COMPOSE" | tr -d '${:?' | sort -u)
docker-compose -f "$COMPOSE" config -q
echo "compose: docker-compose config ok"

# Every bind-mounted file or folder is in the repository.
while read -r source; do
  [[ -e "$ROOT/compose/$source" ]] || { echo "compose: mounted path compose/$source is missing" >&2; exit 1; }
done < <(grep -oE '^\s+- \./[^:]+' "$COMPOSE" | sed -E 's/^\s+- \.\///')
for json in "$ROOT"/compose/grafana/dashboards/*.json "$ROOT"/compose/rabbitmq/definitions.json; do
  node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$json" ||
    { echo "compose: $json is not valid JSON" >&2; exit 1; }
done

npx --yes "dclint@$DCLINT_VERSION" "$COMPOSE"
echo "compose: dclint ok (errors fail; the one warning, a top-level name:, is left out because docker-compose 1.29 rejects it)"

promtool check rules "$ROOT/compose/prometheus/hub-alerts.yml"
# The configuration names the rules by their path inside the container; check it against the repository's copy.
checked="$(mktemp -d)"
trap 'rm -rf "$checked"' EXIT
sed "s|/etc/prometheus/hub-alerts.yml|$ROOT/compose/prometheus/hub-alerts.yml|" "$ROOT/compose/prometheus/prometheus.yml" >"$checked/prometheus.yml"
promtool check config "$checked/prometheus.yml"
echo "compose: alert rules and Prometheus configuration ok"
