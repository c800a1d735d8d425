#!/usr/bin/env bash
# Runs the hub as separate processes over a real RabbitMQ on this machine: a private broker node
# (scripts/rabbitmq.sh), the three centre services, the coordination hub, the caseworkers' desk and the
# gateway on http://127.0.0.1:5000 (the desk at /). For trying the distributed mode locally; production sets the same
# configuration keys through its own environment (see README "Running over RabbitMQ").
# Ctrl+C stops every process it started, by PID, and the broker.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export RABBIT_PORT="${RABBIT_PORT:-5679}"
DATA="$ROOT/data/distributed"
mkdir -p "$DATA"
# Local secrets, generated once and kept out of the repository (data/ is ignored).
BROKER_ACCOUNTS=(ADMIN OPS SOCIAL_SERVICE EMPLOYMENT_SERVICE AFTERCARE_SERVICE COORDINATION_SERVICE
  SOCIAL_SYSTEM EMPLOYMENT_SYSTEM AFTERCARE_SYSTEM)
[[ -f "$DATA/secrets.env" ]] || {
  echo "export Auth__SigningKey=$(head -c 48 /dev/urandom | base64 -w0)"
  echo "export CitizenIdentity__Key=$(head -c 48 /dev/urandom | base64 -w0)"
} > "$DATA/secrets.env"
# One broker account per service and per centre system (compose/rabbitmq/definitions.json).
grep -q RABBITMQ_ADMIN_PASSWORD "$DATA/secrets.env" ||
  for account in "${BROKER_ACCOUNTS[@]}"; do
    echo "export RABBITMQ_${account}_PASSWORD=$(head -c 24 /dev/urandom | base64 -w0)"
  done >> "$DATA/secrets.env"
# shellcheck disable=SC1091
source "$DATA/secrets.env"

scripts/rabbitmq.sh install
RABBIT_PORT="$(scripts/rabbitmq.sh start)"
scripts/rabbitmq.sh users
dotnet build Hub.sln -c Debug -v q -nologo

export MASSTRANSIT_USAGE_TELEMETRY=false ASPNETCORE_ENVIRONMENT=Development
export Messaging__Transport=RabbitMq Messaging__RabbitMq__Host=127.0.0.1 Messaging__RabbitMq__Port="$RABBIT_PORT"
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  scripts/rabbitmq.sh stop || true
}
trap stop_all EXIT INT TERM

start() { # name project port [extra env...]
  local name=$1 project=$2 port=$3; shift 3
  local bin="$ROOT/$project/bin/Debug/net10.0"   # the content root: each service's appsettings.json is there
  local password="RABBITMQ_${name^^}_SERVICE_PASSWORD"
  env "$@" "Databases__${name}__ConnectionString=Data Source=$DATA/$name.db" \
    "Messaging__RabbitMq__Username=$name-service" "Messaging__RabbitMq__Password=${!password:-}" \
    dotnet "$bin/$(basename "$project").dll" --contentRoot "$bin" --urls "http://127.0.0.1:$port" \
    > "$DATA/$name.log" 2>&1 &
  pids+=($!)
  echo "  $name  http://127.0.0.1:$port  (log: data/distributed/$name.log, pid $!)"
}

echo "Starting the hub over RabbitMQ (127.0.0.1:$RABBIT_PORT):"
start social services/Departments/Hub.SocialServices 5101
start employment services/Departments/Hub.Employment 5102
start aftercare services/Departments/Hub.Aftercare 5103
start coordination services/Coordination/Hub.Coordination.Host 5104
start gateway gateway/Hub.Gateway.Host 5000 Auth__DevTokens=true
# The desk signs people in as personas through the gateway's /dev/token (Development); http://127.0.0.1:5000/
start desk web/Hub.Desk.Host 5105 Desk__HubApiUrl=http://127.0.0.1:5000

for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null http://127.0.0.1:5000/health/ready; then
    echo "Ready: desk and gateway http://127.0.0.1:5000/ (persona sign-in and POST /dev/token work in this Development run). Ctrl+C stops everything."
    wait -n "${pids[@]}"
    exit 1
  fi
  sleep 1
done
echo "The hub did not become ready in 120 s; see data/distributed/*.log" >&2
exit 1
