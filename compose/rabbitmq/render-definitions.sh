#!/bin/sh
# Renders the broker's users and permissions (definitions.json) with the passwords and virtual host
# from the environment, then optionally runs a command (the broker) - used by compose's rabbitmq
# service as its entrypoint and by scripts/rabbitmq.sh `users`.
#
# Usage: render-definitions.sh TEMPLATE OUTPUT [COMMAND ARGS...]
# Every ${NAME} in TEMPLATE must be set. Passwords may use letters, digits and . _ ~ + / = -
# (base64 output fits), so they need no JSON escaping; anything else is refused.
set -eu
template="$1"; output="$2"; shift 2

names=$(grep -o '\${[A-Z0-9_]*}' "$template" | sort -u | tr -d '${}')
script=""
for name in $names; do
  value=$(printenv "$name" || true)
  [ -n "$value" ] || { echo "render-definitions.sh: $name is not set" >&2; exit 1; }
  case "$name" in
    RABBITMQ_VHOST) pattern='^/$|^[A-Za-z0-9._-]+$' ;;
    *) pattern='^[A-Za-z0-9._~+/=-]{16,}$' ;;
  esac
  printf '%s' "$value" | grep -Eq "$pattern" ||
    { echo "render-definitions.sh: $name must match $pattern (passwords: 16+ characters)" >&2; exit 1; }
  script="$script s|\${$name}|$value|g;"
done

umask 077
sed "$script" "$template" >"$output"
# The official image starts the broker as user rabbitmq after this script ran as root.
if [ "$(id -u)" = 0 ] && id rabbitmq >/dev/null 2>&1; then chown rabbitmq "$output"; fi
[ $# -eq 0 ] || exec "$@"
