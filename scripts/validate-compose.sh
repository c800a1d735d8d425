#!/usr/bin/env bash
# Validates compose/docker-compose.yml without a Docker engine (scripts/test.sh runs this):
#   1. `docker-compose config` (Debian's docker-compose 1.29; installed with apt when missing),
#      with a placeholder for every required secret, so a typo in a variable or key fails;
#   2. `npx dclint` against the current compose schema and its rules (errors fail, warnings print).
# The files it mounts must exist, and the ops dashboard must be valid JSON.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMPOSE="$ROOT/compose/docker-compose.yml"
DCLINT_VERSION=3.1.0

if ! command -v docker-compose >/dev/null; then
  sudo=""; [[ $EUID -eq 0 ]] || sudo="sudo"
  apt-cache show docker-compose >/dev/null 2>&1 || $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >&2
fi

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
