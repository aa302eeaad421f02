#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The feed server under HTTP load (issue #20): votes per second and page reads per second, p50 and p99
# latency and errors, for shiporskip-feed on SQLite x 1 instance, on PostgreSQL x 1, and on PostgreSQL
# x 2 behind nginx, each driven by Debian's wrk with bench/feed-load.lua, everything on 127.0.0.1.
# After each vote run it checks the tallies against the votes answered 2xx: none lost, none doubled.
# bench/README.md ("The feed under load (#20)") has the results and what they mean.
#
#   bench/feed-load.sh [BUILD_DIR]      (default: build, with shiporskip-feed built in it)
#
# Environment: DURATION (seconds a wrk run, default 10), VOTE_CONNECTIONS (default 16),
# READ_CONNECTIONS (default 32), USERS (default 300), COMPARISONS (added to the bundled catalog, default
# 200), CONFIGS (default "sqlite pg1 pg2"). It runs niced; PostgreSQL runs as nobody when this is root.
# USERS x (COMPARISONS + 5) must exceed the votes of a run: past that, votes are re-votes that replace
# earlier ones, and the check (one stored vote per vote answered 2xx) fails by design.
set -euo pipefail
cd "$(dirname "$0")/.."
# Niced, as scripts/bench is, unless already nicer: it and everything it starts.
if (($(nice) < 15)); then renice -n 15 -p $$ >/dev/null; fi
build=${1:-build}
feed=$build/server/shiporskip-feed
[[ -x $feed ]] || { echo "feed-load: $feed is not built (cmake --build $build --target shiporskip-feed)" >&2; exit 1; }
# Exit 77 (a skip for ctest) when a program it drives is missing, 1 when a vote was lost or doubled.
for program in wrk python3 sqlite3 /usr/sbin/nginx /usr/lib/postgresql/15/bin/initdb; do
    command -v "$program" >/dev/null || { echo "feed-load: $program is missing: run scripts/setup" >&2; exit 77; }
done
duration=${DURATION:-10}
vote_connections=${VOTE_CONNECTIONS:-16}
read_connections=${READ_CONNECTIONS:-32}
users=${USERS:-300}
comparisons=${COMPARISONS:-200}
configs=${CONFIGS:-sqlite pg1 pg2}
threads=2
pgbin=/usr/lib/postgresql/15/bin
lua=$PWD/bench/feed-load.lua

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers and PostgreSQL run as nobody when this is root
pids=()
pg_started=
as_nobody=()
((EUID == 0)) && as_nobody=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [[ -n $pg_started ]] && "${as_nobody[@]}" "$pgbin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The bundled catalog with COMPARISONS comparisons more, of two to four of its seven tools each, and the
# list of every comparison with its tools for the Lua script.
python3 - resources/feed/bundled-feed.json "$comparisons" "$work/load-feed.json" "$work/comparisons.txt" <<'EOF'
import itertools, json, sys
feed = json.load(open(sys.argv[1]))
tools = [tool["id"] for tool in feed["tools"]]
sets = [s for size in (2, 3, 4) for s in itertools.combinations(tools, size)]
for i in range(int(sys.argv[2])):
    feed["comparisons"].append({"id": "load-%04d" % i, "title": "Load comparison %d" % i,
                                "toolIds": list(sets[i % len(sets)]), "updatedAt": "2026-12-01T00:00:00Z"})
json.dump(feed, open(sys.argv[3], "w"))
with open(sys.argv[4], "w") as out:
    for comparison in feed["comparisons"]:
        out.write(" ".join([comparison["id"]] + comparison["toolIds"]) + "\n")
EOF

# A database with the catalog and USERS users' tokens (one a line in DB's tokens file).
prepare() {
    local db=$1 tokens=$2
    "$feed" --db "$db" import "$work/load-feed.json" >/dev/null
    : >"$tokens"
    for ((i = 0; i < users; i++)); do
        "$feed" --db "$db" token issue "user$i" 2>/dev/null >>"$tokens"
    done
}

# PostgreSQL 15 in the work folder on a free port. synchronous_commit=off: a commit does not wait for
# its WAL to reach the disk, as SQLite's WAL with synchronous=NORMAL does not (the feed's choice); a crash
# of the machine may lose the last moments, never corrupt. Otherwise PostgreSQL's defaults.
start_postgres() {
    mkdir "$work/pg"
    ((EUID == 0)) && chown nobody:nogroup "$work/pg"
    "${as_nobody[@]}" "$pgbin/initdb" -D "$work/pg/data" -A trust -U feed -E UTF8 --locale=C.UTF-8 >/dev/null
    pg_port=$(free_port)
    "${as_nobody[@]}" "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w start -o \
        "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c synchronous_commit=off -c max_connections=100" >/dev/null
    pg_started=1
    "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U feed template_load
    prepare "postgresql://feed@127.0.0.1:$pg_port/template_load" "$work/pg-tokens.txt"
}

# Starts an instance on db; its port in started_port.
start_instance() {
    local db=$1 out
    out=$(mktemp -p "$work")
    "$feed" --db "$db" --listen 127.0.0.1:0 >"$out" 2>"$out.log" &
    pids+=($!)
    for ((i = 0; i < 200; i++)); do
        if grep -q serving "$out"; then
            started_port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$out")
            return
        fi
        sleep 0.05
    done
    echo "feed-load: shiporskip-feed did not start: $(cat "$out.log")" >&2
    exit 1
}

# nginx in front of the instances at the given ports, as tests/server/NginxServer.h configures it
# (that file says why a POST may be passed on to the next instance); its port in started_port.
start_nginx() {
    local port servers="" dir=$work/nginx
    mkdir -p "$dir"
    port=$(free_port)
    for upstream in "$@"; do servers+="server 127.0.0.1:$upstream max_fails=1 fail_timeout=1s; "; done
    local user=""
    ((EUID == 0)) && user="user nobody nogroup;"
    cat >"$dir/nginx.conf" <<EOF
daemon off; master_process on; worker_processes 1; $user
pid $dir/nginx.pid; error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/client_body; proxy_temp_path $dir/proxy; fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
    upstream feed { $servers keepalive 32; }
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://feed; proxy_http_version 1.1; proxy_set_header Connection "";
            proxy_connect_timeout 2s; proxy_read_timeout 60s;
            proxy_next_upstream error timeout http_503 non_idempotent; proxy_next_upstream_tries $#;
        }
    }
}
EOF
    /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" >"$dir/output" 2>&1 &
    pids+=($!)
    for ((i = 0; i < 100; i++)); do
        if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null; then
            started_port=$port
            return
        fi
        sleep 0.05
    done
    echo "feed-load: nginx did not start: $(cat "$dir/error.log")" >&2
    exit 1
}

# Runs wrk against port in a mode of feed-load.lua; leaves its RESULT lines in the file given.
run_wrk() {
    local port=$1 connections=$2 results=$3
    shift 3
    wrk -t "$threads" -c "$connections" -d "${duration}s" -s "$lua" "http://127.0.0.1:$port" -- "$@" >"$results.out"
    grep '^RESULT ' "$results.out" | cut -d' ' -f2- >"$results"
}
result() { sed -n "s/^$1 //p" "$2"; }

# Every tally as the feed sends them, summed over every page (the bundled catalog has none of its own).
tallied_votes() {
    python3 - "http://127.0.0.1:$1" <<'EOF'
import json, sys, urllib.parse, urllib.request
base, path, total = sys.argv[1], "/v1/feed.json?limit=5000", 0
while path:
    page = json.load(urllib.request.urlopen(urllib.parse.urljoin(base, path)))
    total += sum(tally["votes"] for tally in page["tallies"])
    path = page["next"] if page["hasMore"] else None
print(total)
EOF
}

rows=()
failed_checks=0
for config in $configs; do
    ports=()
    case $config in
    sqlite)
        [[ -f $work/sqlite-template.db ]] || prepare "$work/sqlite-template.db" "$work/sqlite-tokens.txt"
        cp "$work/sqlite-template.db" "$work/sqlite.db"
        db=$work/sqlite.db tokens=$work/sqlite-tokens.txt instances=1 label="SQLite x 1"
        count_stored() { sqlite3 "$db" "SELECT (SELECT count(*) FROM server_votes) || ' ' || (SELECT count(*) FROM idempotency)"; }
        ;;
    pg1 | pg2)
        [[ -n $pg_started ]] || start_postgres
        # A fresh copy of the prepared database (PostgreSQL may take a moment to see the last
        # instance's connections close).
        "$pgbin/dropdb" --if-exists --force -h 127.0.0.1 -p "$pg_port" -U feed load 2>/dev/null
        for ((i = 0; i < 50; i++)); do
            "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U feed -T template_load load 2>/dev/null && break
            sleep 0.2
        done
        db=postgresql://feed@127.0.0.1:$pg_port/load tokens=$work/pg-tokens.txt
        instances=${config#pg}
        label="PostgreSQL x $instances"
        ((instances > 1)) && label+=" behind nginx"
        count_stored() {
            "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U feed -d load -Atc \
                "SELECT (SELECT count(*) FROM votes) || ' ' || (SELECT count(*) FROM idempotency)"
        }
        ;;
    *)
        echo "feed-load: unknown configuration $config (sqlite, pg1, pg2)" >&2
        exit 2
        ;;
    esac
    first_pid=${#pids[@]}
    for ((n = 0; n < instances; n++)); do
        start_instance "$db"
        ports+=("$started_port")
    done
    front=${ports[0]}
    if ((instances > 1)); then
        start_nginx "${ports[@]}"
        front=$started_port
    fi

    run_wrk "$front" "$vote_connections" "$work/votes" votes "$tokens" "$work/comparisons.txt" "$threads"
    # The instances may still be answering votes that wrk stopped waiting for: count once nothing moves.
    counted=""
    while [[ $(count_stored) != "$counted" ]]; do
        counted=$(count_stored)
        sleep 0.5
    done
    read -r stored keys <<<"$counted"
    tallied=$(tallied_votes "$front")
    ok=$(result ok "$work/votes")
    unanswered=$(result unanswered "$work/votes")
    # Every vote answered 2xx is stored and tallied (the votes still unanswered when wrk stopped may have
    # landed too); every stored vote has one key and counts once in the tallies.
    lost=$((ok > stored ? ok - stored : 0))
    doubled=$((tallied > stored ? tallied - stored : 0))
    check="ok"
    if ((lost != 0 || doubled != 0 || keys != stored || tallied != stored || stored > ok + unanswered)); then
        check="FAILED"
        failed_checks=$((failed_checks + 1))
    fi
    echo "$label: votes $(result rate "$work/votes")/s, 2xx $ok, stored $stored, keys $keys, tallied $tallied, unanswered $unanswered: $check" >&2

    run_wrk "$front" "$read_connections" "$work/reads" reads
    page_bytes=$(python3 -c "import urllib.request; print(len(urllib.request.urlopen('http://127.0.0.1:$front/v1/feed.json').read()))")
    echo "$label: reads $(result rate "$work/reads")/s of $page_bytes bytes" >&2

    rows+=("| $label | $(result rate "$work/votes") | $(result p50 "$work/votes") | $(result p99 "$work/votes") | $(($(result failed "$work/votes") + $(result socketErrors "$work/votes"))) | $ok / $stored / $tallied, lost $lost, doubled $doubled: $check | $(result rate "$work/reads") | $(result p50 "$work/reads") | $(result p99 "$work/reads") | $(($(result failed "$work/reads") + $(result socketErrors "$work/reads"))) |")
    for pid in "${pids[@]:first_pid}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    pids=("${pids[@]:0:first_pid}")
done

echo "Votes: $vote_connections connections, reads: $read_connections connections, $threads wrk threads, ${duration} s a run;" \
    "$users users on $((comparisons + 5)) comparisons; pages of $page_bytes bytes (limit 1000)."
echo
echo "| Configuration | Votes/s | Vote p50 (ms) | Vote p99 (ms) | Vote errors | 2xx / stored / tallied | Pages/s | Page p50 (ms) | Page p99 (ms) | Page errors |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
if ((failed_checks > 0)); then
    echo "feed-load: $failed_checks vote check(s) failed" >&2
    exit 1
fi
