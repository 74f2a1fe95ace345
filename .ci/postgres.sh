#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL for the ledger tests, and prints the environment they read.
# Loopback only; the role and database are the tests' own.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null
fi
version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $2}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  cluster=main
  pg_createcluster "$version" "$cluster" >/dev/null
fi
pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
for i in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ustau') THEN CREATE ROLE ustau LOGIN PASSWORD 'ustau'; END IF; END \\\$\\\$;\"" >/dev/null
# issue 18: the role a bureau's Ustau processes connect as, owning nothing, so that row-level security holds for it
su postgres -c "psql -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ustau_app') THEN CREATE ROLE ustau_app LOGIN PASSWORD 'ustau_app'; END IF; END \\\$\\\$;\"" >/dev/null
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'ustau_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O ustau ustau_test"
port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
echo "export USTAU_TEST_PG_URL=jdbc:postgresql://127.0.0.1:${port}/ustau_test USTAU_DB_USER=ustau USTAU_DB_PASSWORD=ustau"
