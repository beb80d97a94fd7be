#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what is missing (Debian's postgresql
# and chromium, the npm packages), starts a throwaway PostgreSQL on loopback, then runs the
# type check, unit tests, the integration suite on PGlite and on PostgreSQL, and the
# browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi

echo "== type check"
npm run --silent typecheck

echo "== building the UI"
npm run --silent build:ui >/dev/null

# A throwaway PostgreSQL, loopback only, removed on exit.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/samenspel-pg.XXXXXX)
port=$(( 55000 + RANDOM % 5000 ))
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
stop_pg() { run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap stop_pg EXIT
echo "== starting PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
run_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres >/dev/null
run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null

echo "== tests: unit, integration (PGlite + PostgreSQL), browser"
SAMENSPEL_TEST_ENGINES=pglite,postgresql \
SAMENSPEL_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres" \
  node_modules/.bin/node --test --test-concurrency=2 --test-timeout=300000 \
    'test/unit/**/*.test.ts' 'test/integration/**/*.test.ts' 'test/browser/**/*.test.ts'
