#!/bin/bash
# compose's sqlserver-init: as sa, create each module's database and login if missing
# (create-module-database.sql), then exit. The services never log in as sa.
set -euo pipefail
sqlcmd=/opt/mssql-tools18/bin/sqlcmd
for module in social employment aftercare coordination; do
  variable="SQLSERVER_${module^^}_PASSWORD"
  password="${!variable:?set $variable}"
  # The password goes into a T-SQL string literal: refuse a quote rather than escape it.
  [[ "$password" != *"'"* ]] || { echo "$variable must not contain a single quote" >&2; exit 1; }
  "$sqlcmd" -S sqlserver -U sa -P "$SQLSERVER_SA_PASSWORD" -C -b \
    -i /init/create-module-database.sql \
    -v DATABASE="hub_$module" LOGIN="hub_$module" PASSWORD="$password"
  echo "database hub_$module and login hub_$module ready"
done
