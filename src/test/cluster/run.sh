#!/usr/bin/env bash
# The cluster run (issue 13): several instances of the production jar on one PostgreSQL behind HAProxy, loaded by
# simulated learners speaking Vaadin's UIDL protocol, one instance killed, a rolling restart, jobs on every instance.
# Prints `name=value unit` figures and `check.*` lines; exits non-zero when a scenario does not hold.
#
#   sudo src/test/cluster/run.sh [-Dcluster.learners=25,50,100,250,500 -Dcluster.rampSeconds=60
#        -Dcluster.burstLearners=500 -Dcluster.thinkMillis=3000 -Dcluster.portBase=8300 ...]
#
# Ports: instances on portBase, portBase+1; HAProxy on +10 (statistics +11); the SMTP sink on +20. On a machine
# shared with other runs give each its own CLUSTER_DATABASE and portBase.
# As root it installs Debian's PostgreSQL and HAProxy with apt-get when missing and starts PostgreSQL; it creates the
# run's database (CLUSTER_DATABASE, default training_h_cluster_run) empty, owned by the `training` role. Everything
# the run starts (instances, HAProxy, the SMTP sink) it stops. Takes 10-20 minutes: not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../../.."

database="${CLUSTER_DATABASE:-training_h_cluster_run}"
if [[ ! "$database" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "CLUSTER_DATABASE must be a plain lower-case name" >&2
  exit 2
fi

missing=()
command -v haproxy >/dev/null || missing+=(haproxy)
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
if (( ${#missing[@]} )); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "Missing ${missing[*]}: run as root to install them with apt-get, or install them yourself." >&2
    exit 2
  fi
  echo "Installing ${missing[*]} with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # Debian starts its own haproxy service with the packaged configuration; the run starts its own process.
fi

if ! pg_isready -q -h localhost -p 5432; then
  echo "Starting PostgreSQL"
  version=$(ls /etc/postgresql | sort -n | tail -1)
  pg_ctlcluster "$version" main start
  for _ in $(seq 1 60); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
fi

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -c \"$1\""; else psql -v ON_ERROR_STOP=1 -qAt -h localhost -U postgres -c "$1"; fi
}
if [[ "$(as_postgres "select 1 from pg_roles where rolname = 'training'")" != "1" ]]; then
  as_postgres "create role training login password 'training'"
fi
as_postgres "drop database if exists $database with (force)"
as_postgres "create database $database owner training"

exec ./mvnw -B -ntp -Pcluster verify "-Dcluster.databaseUrl=jdbc:postgresql://localhost:5432/$database" "$@"
