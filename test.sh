#!/usr/bin/env bash
# Runs every test Verksam has: the format check, unit tests, integration tests on SQLite and on PostgreSQL,
# and browser tests in Debian's Chromium. Installs PostgreSQL, Chromium, LibreOffice Writer (the exported .docx
# must convert) and poppler-utils (the PDFs are read back) through apt-get when they are missing,
# and starts a throwaway PostgreSQL server on loopback for the run.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '\n== %s\n' "$*"; }

# --- what the tests need from the machine -------------------------------------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  say "Installing ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${need[@]}"
fi

# --- a PostgreSQL server of our own, on loopback, gone when the run ends ------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_data=$(mktemp -d /tmp/verksam-pg.XXXXXX)
pg_port=${VERKSAM_PG_PORT:-55432}
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_data"
stop_pg() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_data"
}
trap stop_pg EXIT
as_pg "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
# A port that answers is taken; one still held by a server shutting down answers nothing but cannot be bound,
# so a start that fails on "Address already in use" tries the next port.
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  while (echo > "/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
  say "Starting PostgreSQL on 127.0.0.1:$pg_port"
  if as_pg "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null; then
    break
  fi
  if [ "$attempt" -eq 10 ] || ! grep -q "Address already in use" "$pg_data/server.log"; then
    echo "PostgreSQL did not start; its log:" >&2; cat "$pg_data/server.log" >&2; exit 1
  fi
  pg_port=$((pg_port + 1))
done
export VERKSAM_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

# --- build, format, test ------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
say "Restoring and building"
dotnet restore Verksam.slnx
dotnet build Verksam.slnx -c Release --no-restore

say "Checking formatting (dotnet format --verify-no-changes)"
# IDE0005 (unused usings) is enforced by the build, which sees the Texts class generated from Texts.resx;
# dotnet format's workspace does not run that generator and would call `using Verksam.Web.Resources` unused.
dotnet format Verksam.slnx --verify-no-changes --no-restore --exclude-diagnostics IDE0005

results=$(mktemp -d /tmp/verksam-results.XXXXXX)
status=0
for project in Verksam.UnitTests Verksam.IntegrationTests Verksam.BrowserTests; do
  say "Running $project"
  dotnet test "tests/$project/$project.csproj" -c Release --no-build \
    --logger "trx;LogFileName=$project.trx" --results-directory "$results" || status=1
done

# One plain closing line with the totals of every suite.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
rm -rf "$results"
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit $status
