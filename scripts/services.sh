#!/usr/bin/env bash
# Local backing services for development and tests.
#
# Usage:
#   scripts/services.sh up     [pg|redis|es|keycloak|chromium ...]   install if needed, then start (no names = all)
#   scripts/services.sh down   [--purge] [NAME ...]          stop (keeps data unless --purge)
#   scripts/services.sh status [NAME ...]                    one line per service; exit 3 if one is down
#   scripts/services.sh start NAME ...                       alias of `up NAME ...`
#   scripts/services.sh stop  NAME ...                       alias of `down NAME ...`
#   scripts/services.sh purge [NAME ...]                     alias of `down --purge ...`
#
# Services (all bound to 127.0.0.1 only):
#   pg        throwaway PostgreSQL cluster (Debian packages), role/db "platform"/"platform"
#   redis     redis-server (Debian packages), no persistence
#   es        Elasticsearch ${ES_VERSION} (integ-test-zip from Maven Central), run as a non-root user,
#             with the project's analysis plugin installed when scripts/build_es_plugin.sh exists
#   keycloak  Keycloak ${KEYCLOAK_VERSION} (keycloak-quarkus-dist zip from Maven Central), `start-dev` on
#             a JDK 21+, with the realm of scripts/keycloak/realm-platform.json imported: the
#             identity provider the organisation sign-in (OpenID Connect) is tested against
#   chromium  Chromium + chromedriver (Debian packages) for browser tests; nothing to start
#
# Environment (defaults in brackets):
#   PG_PORT [55432]  REDIS_PORT [56379]  ES_PORT [59200]  ES_TRANSPORT_PORT [59300]
#   SERVICES_DIR [<repo>/.services]   state: data dirs, logs, pid files, the `env` file
#   CACHE_DIR [${XDG_CACHE_HOME:-$HOME/.cache}/peerplatform]   downloads (Elasticsearch zip)
#   ES_VERSION [8.19.21]  ES_JAVA_HOME [a JDK 17 under /usr/lib/jvm]  ES_JAVA_OPTS [-Xms512m -Xmx1g]
#   ES_USER [esrun when run as root, else the current user]  ES_START_TIMEOUT [120] (seconds)
#   SKIP_ES_PLUGIN_BUILD [0]   1 = do not run scripts/build_es_plugin.sh (keep what is installed)
#   KEYCLOAK_PORT [58080]  KEYCLOAK_MANAGEMENT_PORT [58081]  KEYCLOAK_VERSION [26.7.3]
#   KEYCLOAK_JAVA_HOME [a JDK 21 or newer under /usr/lib/jvm]  KEYCLOAK_START_TIMEOUT [420] (seconds)
#   KEYCLOAK_HEAP [-Xms64m -Xmx512m]
#
# `up` writes $SERVICES_DIR/env (DATABASE_URL, REDIS_URL, ELASTICSEARCH_URL, KEYCLOAK_URL, CHROMIUM_PATH, ...),
# usable with `set -a; . .services/env; set +a` or a Makefile `include`.
#
# Works non-interactively (CI=true, no stdin). Installing Debian packages needs root (or
# password-less sudo). Not safe to run two instances at the same time on the same SERVICES_DIR.

set -euo pipefail
set -o errtrace
# Say which command failed when `set -e` aborts the script.
trap 'printf "[services] ERROR: command failed (exit %s) at line %s: %s\n" "$?" "$LINENO" "$BASH_COMMAND" >&2' ERR

# --------------------------------------------------------------------------------------------
# Settings
# --------------------------------------------------------------------------------------------
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"

PG_PORT="${PG_PORT:-55432}"
REDIS_PORT="${REDIS_PORT:-56379}"
ES_PORT="${ES_PORT:-59200}"
ES_TRANSPORT_PORT="${ES_TRANSPORT_PORT:-59300}"
ES_VERSION="${ES_VERSION:-8.19.21}"
ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms512m -Xmx1g}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-120}"
SKIP_ES_PLUGIN_BUILD="${SKIP_ES_PLUGIN_BUILD:-0}"
ES_PLUGIN_BUILD_SCRIPT="$REPO/scripts/build_es_plugin.sh"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-58080}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-58081}"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-420}"
KEYCLOAK_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx512m}"
KEYCLOAK_REALM_FILE="$REPO/scripts/keycloak/realm-platform.json"
# The realm and the bootstrap administrator of this throwaway, loopback-only instance.
KEYCLOAK_REALM=platform
KEYCLOAK_ADMIN_USER=admin
KEYCLOAK_ADMIN_PASSWORD=admin-local-only

SERVICES_DIR="${SERVICES_DIR:-$REPO/.services}"
CACHE_DIR="${CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/peerplatform}"
# Make both absolute: they end up in pid files, -E options and file:// URLs.
case "$SERVICES_DIR" in /*) ;; *) SERVICES_DIR="$PWD/$SERVICES_DIR" ;; esac
case "$CACHE_DIR" in /*) ;; *) CACHE_DIR="$PWD/$CACHE_DIR" ;; esac

CHROMIUM_PATH=/usr/bin/chromium
CHROMEDRIVER_PATH=/usr/bin/chromedriver
ALL_SERVICES=(pg redis es keycloak chromium)

export DEBIAN_FRONTEND=noninteractive
# runuser/useradd live in sbin, which a minimal CI environment may leave out of PATH.
PATH="$PATH:/usr/sbin:/sbin"

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
log() { printf '[services] %s\n' "$*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }
CURRENT_USER="$(id -un)"

# Run a command as root (directly, or through password-less sudo).
as_root() {
    if is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        die "root is needed to run: $* (run this script as root, or install the packages first)"
    fi
}

# Run a command as another user, from / (so a root-only working directory does not matter).
# The environment is kept, except HOME/USER/LOGNAME/SHELL which runuser resets.
as_user() {
    local user="$1"
    shift
    if [ "$user" = "$CURRENT_USER" ]; then
        (cd / && "$@")
    elif is_root; then
        (cd / && runuser -u "$user" -- "$@")
    else
        (cd / && sudo -n -u "$user" -- "$@")
    fi
}

# The user a service runs as: a dedicated one when we are root, ourselves otherwise.
service_user() {  # default-user-when-root
    if is_root; then echo "$1"; else echo "$CURRENT_USER"; fi
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Wait (up to $2 seconds, default 30) until nothing listens on port $1.
wait_port_closed() {
    local port="$1" deadline=$((SECONDS + ${2:-30}))
    while port_open "$port"; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.2
    done
}

# True when process $1 exists and is not a zombie (a daemon's parent may be a PID 1 that reaps
# exited children late; a zombie still answers kill -0).
pid_alive() {
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
    local state
    state="$(sed -n 's/^[0-9]* (.*) \([A-Za-z]\) .*/\1/p' "/proc/$1/stat" 2>/dev/null || true)"
    [ "$state" != Z ] && [ "$state" != X ]
}
read_pidfile() {
    if [ -s "$1" ]; then tr -dc '0-9' <"$1"; fi
}

# Wait (up to $2 seconds) until process $1 is gone.
wait_pid_gone() {
    local pid="$1" deadline=$((SECONDS + $2))
    while pid_alive "$pid"; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.2
    done
}

# Create directory $1 owned by user $2 (only chowns when we are root), mode $3 (default 755).
make_owned_dir() {
    local dir="$1" user="$2" mode="${3:-755}"
    mkdir -p "$dir"
    if is_root && [ "$user" != root ]; then
        chown "$user:$(id -gn "$user")" "$dir"
    fi
    chmod "$mode" "$dir"
}

# Write stdin to file $2 as user $1 (appending when $3 is "append").
write_file_as() {
    local op='>'
    [ "${3:-}" = append ] && op='>>'
    # shellcheck disable=SC2016  # $1 is expanded by the inner sh, not here
    as_user "$1" sh -c 'cat '"$op"'"$1"' sh "$2"
}

# Can user $1 reach (traverse) directory $2? Checks the nearest existing ancestor when $2
# does not exist yet (it will be created by us with mode 755).
user_can_reach() {
    local user="$1" dir="$2"
    [ "$user" = "$CURRENT_USER" ] && return 0
    id "$user" >/dev/null 2>&1 || return 1
    while [ ! -e "$dir" ]; do dir="$(dirname "$dir")"; done
    as_user "$user" test -x "$dir"
}

# State directory of a service run as $1: $SERVICES_DIR/$2 when that user can reach it,
# otherwise $3 (e.g. the repository lives below a directory only root can enter).
state_dir_for() {
    local user="$1" name="$2" fallback="$3"
    if [ -d "$SERVICES_DIR/$name" ] || user_can_reach "$user" "$SERVICES_DIR" || ! id "$user" >/dev/null 2>&1; then
        echo "$SERVICES_DIR/$name"
    else
        echo "$fallback"
    fi
}

prepare_services_dir() {
    mkdir -p "$SERVICES_DIR"
    # Service users (postgres, esrun) must be able to traverse it.
    if is_root; then chmod 755 "$SERVICES_DIR"; fi
}

# --------------------------------------------------------------------------------------------
# Debian packages
# --------------------------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
    [ "$#" -gt 0 ] || return 0
    if [ "$APT_UPDATED" = 0 ]; then
        log "apt-get update"
        as_root apt-get update -q >&2
        APT_UPDATED=1
    fi
    log "apt-get install -y $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@" >&2
}

# Packages a service still needs (printed one per line; nothing when all is installed).
missing_packages() {
    case "$1" in
    pg)
        compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || echo postgresql
        ;;
    redis)
        command -v redis-server >/dev/null || echo redis-server
        command -v redis-cli >/dev/null || echo redis-tools
        ;;
    es)
        command -v curl >/dev/null || echo curl
        command -v unzip >/dev/null || echo unzip
        command -v mvn >/dev/null || echo maven
        [ -n "$(find_java17)" ] || echo openjdk-17-jre-headless
        ;;
    keycloak)
        command -v curl >/dev/null || echo curl
        command -v unzip >/dev/null || echo unzip
        command -v mvn >/dev/null || echo maven
        ;;
    chromium)
        if [ ! -x "$CHROMIUM_PATH" ]; then
            echo chromium
            echo chromium-driver
            echo fonts-dejavu-core
        fi
        ;;
    esac
}

# --------------------------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------------------------
PG_USER="$(service_user postgres)"
pg_state() { state_dir_for "$PG_USER" pg "/var/tmp/peerplatform-pg-$PG_PORT"; }

# Binary directory: the one matching an existing cluster, else the newest installed version.
pg_bindir() {
    local data="$1/data" ver
    if [ -s "$data/PG_VERSION" ]; then
        ver="$(cat "$data/PG_VERSION")"
        if [ -x "/usr/lib/postgresql/$ver/bin/pg_ctl" ]; then
            echo "/usr/lib/postgresql/$ver/bin"
            return
        fi
    fi
    local initdb
    initdb="$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1 || true)"
    [ -n "$initdb" ] && dirname "$initdb"
}

pg_running() {  # state-dir bindir
    [ -f "$1/data/PG_VERSION" ] && [ -n "$2" ] &&
        as_user "$PG_USER" "$2/pg_ctl" status -D "$1/data" >/dev/null 2>&1
}

pg_up() {
    local state bin
    state="$(pg_state)"
    bin="$(pg_bindir "$state")"
    [ -n "$bin" ] || die "PostgreSQL binaries not found under /usr/lib/postgresql"

    make_owned_dir "$state" "$PG_USER" 700
    make_owned_dir "$state/run" "$PG_USER" 755   # unix socket directory

    if [ ! -s "$state/data/PG_VERSION" ]; then
        log "pg: initdb in $state/data"
        rm -rf "$state/data"
        as_user "$PG_USER" "$bin/initdb" -D "$state/data" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=trust >"$state/initdb.log" 2>&1 ||
            { cat "$state/initdb.log" >&2; die "pg: initdb failed"; }
        # Password auth over TCP, trust over the private unix socket (used for admin below).
        write_file_as "$PG_USER" "$state/data/pg_hba.conf" <<'EOF'
# Written by scripts/services.sh
local   all  all                 trust
host    all  all  127.0.0.1/32   scram-sha-256
EOF
        echo "include_if_exists = 'peerplatform.conf'" |
            write_file_as "$PG_USER" "$state/data/postgresql.conf" append
    fi

    # Settings rewritten on every start so that port changes take effect.
    write_file_as "$PG_USER" "$state/data/peerplatform.conf" <<EOF
# Written by scripts/services.sh (throwaway test cluster: durability off for speed)
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$state/run'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

    if pg_running "$state" "$bin"; then
        log "pg: already running on port $PG_PORT"
    else
        port_open "$PG_PORT" && die "pg: port $PG_PORT is already used by another process (set PG_PORT)"
        log "pg: starting on port $PG_PORT"
        as_user "$PG_USER" "$bin/pg_ctl" start -D "$state/data" -l "$state/postgres.log" -w -t 60 >/dev/null ||
            { tail -n 30 "$state/postgres.log" >&2 || true; die "pg: failed to start"; }
    fi

    # Application role and database, idempotently.
    as_user "$PG_USER" "$bin/psql" -h "$state/run" -p "$PG_PORT" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 -qAt >/dev/null <<'SQL'
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform') THEN
        CREATE ROLE platform LOGIN CREATEDB PASSWORD 'platform';
    ELSE
        ALTER ROLE platform LOGIN CREATEDB PASSWORD 'platform';
    END IF;
END
$$;
SELECT 'CREATE DATABASE platform OWNER platform'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'platform')
\gexec
SQL
}

pg_down() {
    local state bin
    state="$(pg_state)"
    bin="$(pg_bindir "$state")"
    if pg_running "$state" "$bin"; then
        log "pg: stopping"
        as_user "$PG_USER" "$bin/pg_ctl" stop -D "$state/data" -m fast -w -t 60 >/dev/null
    fi
}

pg_status() {
    local state bin ver
    state="$(pg_state)"
    bin="$(pg_bindir "$state")"
    if [ -z "$bin" ]; then
        status_line pg down "$PG_PORT" "not installed"
        return 1
    fi
    ver="PostgreSQL $("$bin/postgres" --version | awk '{print $3}')"
    if pg_running "$state" "$bin"; then
        status_line pg up "$PG_PORT" "$ver  $state"
    else
        status_line pg down "$PG_PORT" "$ver"
        return 1
    fi
}

# --------------------------------------------------------------------------------------------
# Redis
# --------------------------------------------------------------------------------------------
redis_state() { echo "$SERVICES_DIR/redis"; }
redis_ping() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }
redis_pid() { read_pidfile "$(redis_state)/redis.pid"; }

redis_up() {
    local state pid
    state="$(redis_state)"
    mkdir -p "$state"
    pid="$(redis_pid)"
    if pid_alive "$pid" && redis_ping; then
        log "redis: already running on port $REDIS_PORT"
        return 0
    fi
    port_open "$REDIS_PORT" && die "redis: port $REDIS_PORT is already used by another process (set REDIS_PORT)"
    log "redis: starting on port $REDIS_PORT"
    rm -f "$state/redis.pid"
    redis-server --daemonize yes --port "$REDIS_PORT" --bind 127.0.0.1 \
        --save '' --appendonly no --dir "$state" \
        --pidfile "$state/redis.pid" --logfile "$state/redis.log" >/dev/null
    local deadline=$((SECONDS + 20))
    until redis_ping; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            tail -n 20 "$state/redis.log" >&2 || true
            die "redis: did not answer PING within 20 s"
        fi
        sleep 0.1
    done
}

redis_down() {
    local pid
    pid="$(redis_pid)"
    pid_alive "$pid" || return 0
    log "redis: stopping"
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    if ! wait_pid_gone "$pid" 10; then
        kill -TERM "$pid" 2>/dev/null || true
        wait_pid_gone "$pid" 10 || kill -KILL "$pid" 2>/dev/null || true
    fi
    wait_port_closed "$REDIS_PORT" 10 || die "redis: port $REDIS_PORT still open after stop"
    rm -f "$(redis_state)/redis.pid"
}

redis_status() {
    if ! command -v redis-server >/dev/null; then
        status_line redis down "$REDIS_PORT" "not installed"
        return 1
    fi
    local ver
    ver="Redis $(redis-server --version | sed -n 's/.* v=\([^ ]*\).*/\1/p')"
    if pid_alive "$(redis_pid)" && redis_ping; then
        status_line redis up "$REDIS_PORT" "$ver"
    else
        status_line redis down "$REDIS_PORT" "$ver"
        return 1
    fi
}

# --------------------------------------------------------------------------------------------
# Elasticsearch
# --------------------------------------------------------------------------------------------
# When root, Elasticsearch (which refuses to run as root) runs as this dedicated user.
ES_USER="${ES_USER:-$(service_user esrun)}"
es_state() { state_dir_for "$ES_USER" es "/var/tmp/peerplatform-es-$ES_PORT"; }
es_zip() { echo "$CACHE_DIR/elasticsearch-$ES_VERSION.zip"; }
es_url() { echo "http://127.0.0.1:$ES_PORT"; }
es_pid() { read_pidfile "$1/es.pid"; }

# A JDK 17: $ES_JAVA_HOME if set, else the Debian one, else any java-17 directory.
find_java17() {
    local d
    for d in "${ES_JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/*17*; do
        if [ -n "$d" ] && [ -x "$d/bin/java" ]; then
            echo "$d"
            return
        fi
    done
}

ensure_es_user() {
    [ "$ES_USER" = "$CURRENT_USER" ] && return 0
    id "$ES_USER" >/dev/null 2>&1 && return 0
    log "es: creating system user $ES_USER"
    local group_opt=(--user-group)
    getent group "$ES_USER" >/dev/null && group_opt=(--gid "$ES_USER")
    as_root useradd --system "${group_opt[@]}" --home-dir /nonexistent --no-create-home \
        --shell /usr/sbin/nologin "$ES_USER"
}

# Download the distribution zip (Maven Central) into CACHE_DIR when missing.
es_fetch() {
    local zip
    zip="$(es_zip)"
    [ -s "$zip" ] && return 0
    mkdir -p "$CACHE_DIR"
    log "es: downloading elasticsearch $ES_VERSION (integ-test-zip) from Maven Central"
    mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
        "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip" \
        "-DoutputDirectory=$CACHE_DIR" >"$CACHE_DIR/mvn-fetch.log" 2>&1 </dev/null ||
        { cat "$CACHE_DIR/mvn-fetch.log" >&2; die "es: Maven download failed"; }
    [ -s "$zip" ] || die "es: $zip missing after download"
}

# Unpack into the state dir (readable and writable by the ES user: plugins and the keystore are
# written into the home). Unpacks to a temporary name first so an interrupted run is retried.
es_unpack() {
    local state="$1" home="$1/elasticsearch-$ES_VERSION"
    [ -x "$home/bin/elasticsearch" ] && return 0
    es_fetch
    log "es: unpacking into $home"
    local tmp="$state/.unpack.$$"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    unzip -q "$(es_zip)" -d "$tmp"
    rm -rf "$home"
    mv "$tmp/elasticsearch-$ES_VERSION" "$home"
    rm -rf "$tmp"
    if is_root && [ "$ES_USER" != root ]; then chown -R "$ES_USER:$(id -gn "$ES_USER")" "$home"; fi
}

es_running() {  # state-dir
    pid_alive "$(es_pid "$1")"
}

# Run the plugin build script, if there is one, and set PLUGIN_ZIP to the zip it built
# (the last non-empty line of its stdout). PLUGIN_ZIP stays empty when there is no script.
PLUGIN_ZIP=""
es_build_plugin() {
    PLUGIN_ZIP=""
    [ -f "$ES_PLUGIN_BUILD_SCRIPT" ] || return 0
    [ "$SKIP_ES_PLUGIN_BUILD" = 1 ] && return 0
    log "es: building plugin with scripts/build_es_plugin.sh"
    local out
    out="$(cd "$REPO" && bash "$ES_PLUGIN_BUILD_SCRIPT" </dev/null)" || die "es: scripts/build_es_plugin.sh failed"
    PLUGIN_ZIP="$(printf '%s\n' "$out" | sed '/^[[:space:]]*$/d' | tail -n 1)"
    [ -f "$PLUGIN_ZIP" ] ||
        die "es: scripts/build_es_plugin.sh did not print an existing zip path (got: '$PLUGIN_ZIP')"
}

# True when zip $2 is not the one last installed into ES home $1 (compared by sha256).
es_plugin_needs_install() {  # home zip
    local home="$1" zip="$2" sha
    [ -n "$zip" ] || return 1
    sha="$(sha256sum "$zip" | awk '{print $1}')"
    [ "$(sed -n 1p "$home/.peerplatform-plugin" 2>/dev/null || true)" != "$sha" ]
}

# (Re)install the plugin zip into the ES home, as the ES user. ES must not be running.
es_plugin_install() {  # state home zip
    local state="$1" home="$2" zip="$3" java sha name old copy
    java="$(find_java17)"
    sha="$(sha256sum "$zip" | awk '{print $1}')"
    # Plugin name from its descriptor (classic or stable plugin API).
    name="$({ unzip -p "$zip" plugin-descriptor.properties stable-plugin-descriptor.properties 2>/dev/null || true; } |
        sed -n 's/^name[[:space:]]*=[[:space:]]*//p' | head -n 1 | tr -d '\r')"
    [ -n "$name" ] || die "es: no name= in the plugin descriptor of $zip"
    old="$(sed -n 2p "$home/.peerplatform-plugin" 2>/dev/null || true)"
    # Copy the zip where the ES user can read it (the build output may be in a root-only dir).
    copy="$state/plugin.zip"
    cp "$zip" "$copy"
    if is_root && [ "$ES_USER" != root ]; then chown "$ES_USER" "$copy"; fi
    local n
    for n in $old $name; do
        if [ -d "$home/plugins/$n" ]; then
            log "es: removing plugin $n"
            as_user "$ES_USER" env ES_JAVA_HOME="$java" "$home/bin/elasticsearch-plugin" remove --purge "$n" >&2
        fi
    done
    log "es: installing plugin $name from $zip"
    as_user "$ES_USER" env ES_JAVA_HOME="$java" "$home/bin/elasticsearch-plugin" install --batch "file://$copy" >&2
    printf '%s\n%s\n' "$sha" "$name" >"$home/.peerplatform-plugin"
}

es_wait_healthy() {  # state
    local state="$1" deadline=$((SECONDS + ES_START_TIMEOUT)) health
    while :; do
        health="$(curl -fsS --max-time 5 "$(es_url)/_cluster/health" 2>/dev/null || true)"
        case "$health" in *'"status":"green"'* | *'"status":"yellow"'*) return 0 ;; esac
        if ! es_running "$state"; then
            es_fail "$state" "Elasticsearch exited during startup"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            es_fail "$state" "cluster not yellow/green after ${ES_START_TIMEOUT}s"
        fi
        sleep 1
    done
}

es_fail() {  # state message
    local state="$1" f
    for f in "$state/logs/startup.out" "$state/logs/elasticsearch.log"; do
        if [ -s "$f" ]; then
            log "---- tail of $f"
            tail -n 30 "$f" | cut -c1-400 >&2
        fi
    done
    die "es: $2"
}

es_up() {
    local state home java pid
    ensure_es_user
    java="$(find_java17)"
    [ -n "$java" ] || die "es: no JDK 17 found (set ES_JAVA_HOME)"
    state="$(es_state)"
    home="$state/elasticsearch-$ES_VERSION"
    make_owned_dir "$state" "$ES_USER" 750
    local sub
    for sub in data logs tmp; do make_owned_dir "$state/$sub" "$ES_USER" 750; done
    as_user "$ES_USER" test -w "$state/data" || die "es: $state/data is not writable by $ES_USER"
    es_unpack "$state"

    es_build_plugin
    if es_plugin_needs_install "$home" "$PLUGIN_ZIP"; then
        if es_running "$state"; then
            log "es: plugin changed, restarting Elasticsearch"
            es_down
        fi
        es_plugin_install "$state" "$home" "$PLUGIN_ZIP"
    fi

    pid="$(es_pid "$state")"
    if pid_alive "$pid"; then
        log "es: already running on port $ES_PORT (pid $pid)"
    else
        rm -f "$state/es.pid"
        port_open "$ES_PORT" && die "es: port $ES_PORT is already used by another process (set ES_PORT)"
        port_open "$ES_TRANSPORT_PORT" &&
            die "es: port $ES_TRANSPORT_PORT is already used by another process (set ES_TRANSPORT_PORT)"
        log "es: starting Elasticsearch $ES_VERSION on port $ES_PORT"
        # -d: the launcher returns once the node has started (or failed).
        as_user "$ES_USER" env ES_JAVA_HOME="$java" ES_JAVA_OPTS="$ES_JAVA_OPTS" \
            ES_TMPDIR="$state/tmp" \
            "$home/bin/elasticsearch" -d -p "$state/es.pid" \
            -Ediscovery.type=single-node \
            -Enetwork.host=127.0.0.1 \
            -Ehttp.port="$ES_PORT" \
            -Etransport.port="$ES_TRANSPORT_PORT" \
            -Expack.security.enabled=false \
            -Expack.ml.enabled=false \
            -Epath.data="$state/data" \
            -Epath.logs="$state/logs" \
            -Ecluster.routing.allocation.disk.threshold_enabled=false \
            >"$state/logs/startup.out" 2>&1 </dev/null ||
            es_fail "$state" "the Elasticsearch launcher failed"
    fi
    es_wait_healthy "$state"
}

es_down() {
    local state pid
    state="$(es_state)"
    pid="$(es_pid "$state")"
    pid_alive "$pid" || return 0
    log "es: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_pid_gone "$pid" 60; then
        log "es: still running after 60 s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        wait_pid_gone "$pid" 10 || die "es: could not stop pid $pid"
    fi
    wait_port_closed "$ES_PORT" 10 || die "es: port $ES_PORT still open after stop"
    rm -f "$state/es.pid"
}

es_status() {
    local state home health st
    state="$(es_state)"
    home="$state/elasticsearch-$ES_VERSION"
    if ! es_running "$state"; then
        if [ -x "$home/bin/elasticsearch" ]; then
            status_line es down "$ES_PORT" "Elasticsearch $ES_VERSION"
        else
            status_line es down "$ES_PORT" "Elasticsearch $ES_VERSION (not installed)"
        fi
        return 1
    fi
    health="$(curl -fsS --max-time 5 "$(es_url)/_cluster/health" 2>/dev/null || true)"
    st="$(printf '%s' "$health" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')"
    status_line es up "$ES_PORT" "Elasticsearch $ES_VERSION (health ${st:-unknown})  $state"
    [ -n "$st" ] && [ "$st" != red ]
}

# --------------------------------------------------------------------------------------------
# Keycloak (the OpenID Connect provider for organisation sign-in)
# --------------------------------------------------------------------------------------------
keycloak_state() { echo "$SERVICES_DIR/keycloak"; }
keycloak_zip() { echo "$CACHE_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"; }
keycloak_url() { echo "http://127.0.0.1:$KEYCLOAK_PORT"; }
keycloak_pid() { read_pidfile "$1/keycloak.pid"; }
keycloak_running() { pid_alive "$(keycloak_pid "$1")"; }

# A JDK 21 or newer (Keycloak 26 refuses older ones): $KEYCLOAK_JAVA_HOME if set, else the
# newest one under /usr/lib/jvm. Elasticsearch keeps its JDK 17.
find_java21plus() {
    local d v best="" best_v=0
    for d in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/*; do
        [ -n "$d" ] && [ -x "$d/bin/java" ] || continue
        v="$("$d/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)"
        [ -n "$v" ] || continue
        if [ -n "${KEYCLOAK_JAVA_HOME:-}" ] && [ "$d" = "$KEYCLOAK_JAVA_HOME" ] && [ "$v" -ge 21 ]; then
            echo "$d"
            return
        fi
        if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then
            best="$d"
            best_v="$v"
        fi
    done
    echo "$best"
}

# Download the server distribution zip (Maven Central) into CACHE_DIR when missing.
keycloak_fetch() {
    local zip
    zip="$(keycloak_zip)"
    [ -s "$zip" ] && return 0
    mkdir -p "$CACHE_DIR"
    log "keycloak: downloading keycloak-quarkus-dist $KEYCLOAK_VERSION from Maven Central"
    mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
        "-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip" \
        "-DoutputDirectory=$CACHE_DIR" >"$CACHE_DIR/mvn-fetch-keycloak.log" 2>&1 </dev/null ||
        { cat "$CACHE_DIR/mvn-fetch-keycloak.log" >&2; die "keycloak: Maven download failed"; }
    [ -s "$zip" ] || die "keycloak: $zip missing after download"
}

keycloak_unpack() {
    local state="$1" home="$1/keycloak-$KEYCLOAK_VERSION"
    [ -x "$home/bin/kc.sh" ] && return 0
    keycloak_fetch
    log "keycloak: unpacking into $home"
    local tmp="$state/.unpack.$$"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    unzip -q "$(keycloak_zip)" -d "$tmp"
    rm -rf "$home"
    mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$home"
    rm -rf "$tmp"
}

# Ready when the realm serves its OpenID configuration.
keycloak_ready() {
    curl -fsS --max-time 5 "$(keycloak_url)/realms/$KEYCLOAK_REALM/.well-known/openid-configuration" \
        2>/dev/null | grep -q '"issuer"'
}

keycloak_fail() {  # state message
    local f="$1/keycloak.log"
    if [ -s "$f" ]; then
        log "---- tail of $f"
        tail -n 30 "$f" | cut -c1-400 >&2
    fi
    die "keycloak: $2"
}

keycloak_up() {
    local state home java pid sha=""
    java="$(find_java21plus)"
    [ -n "$java" ] || die "keycloak: no JDK 21 or newer found under /usr/lib/jvm (set KEYCLOAK_JAVA_HOME)"
    state="$(keycloak_state)"
    home="$state/keycloak-$KEYCLOAK_VERSION"
    mkdir -p "$state"
    keycloak_unpack "$state"
    pid="$(keycloak_pid "$state")"
    if pid_alive "$pid"; then
        log "keycloak: already running on port $KEYCLOAK_PORT (pid $pid)"
    else
        rm -f "$state/keycloak.pid"
        port_open "$KEYCLOAK_PORT" &&
            die "keycloak: port $KEYCLOAK_PORT is already used by another process (set KEYCLOAK_PORT)"
        port_open "$KEYCLOAK_MANAGEMENT_PORT" &&
            die "keycloak: port $KEYCLOAK_MANAGEMENT_PORT is already used (set KEYCLOAK_MANAGEMENT_PORT)"
        # The realm is imported into an empty database only: start from a fresh one whenever the
        # realm file in the repository changed.
        sha="$(sha256sum "$KEYCLOAK_REALM_FILE" | awk '{print $1}')"
        if [ "$(cat "$state/realm.sha256" 2>/dev/null || true)" != "$sha" ]; then
            rm -rf "$home/data"
        fi
        mkdir -p "$home/data/import"
        cp "$KEYCLOAK_REALM_FILE" "$home/data/import/realm-platform.json"
        log "keycloak: starting Keycloak $KEYCLOAK_VERSION on port $KEYCLOAK_PORT (JDK $java)"
        (cd "$state" && exec setsid env JAVA_HOME="$java" JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP" \
            KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" \
            KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
            "$home/bin/kc.sh" start-dev --import-realm \
            --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
            --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
            --hostname-strict=false --cache=local \
            >"$state/keycloak.log" 2>&1 </dev/null &
            echo $! >"$state/keycloak.pid")
    fi
    local deadline=$((SECONDS + KEYCLOAK_START_TIMEOUT))
    until keycloak_ready; do
        keycloak_running "$state" || keycloak_fail "$state" "Keycloak exited during startup"
        [ "$SECONDS" -lt "$deadline" ] ||
            keycloak_fail "$state" "realm $KEYCLOAK_REALM not served after ${KEYCLOAK_START_TIMEOUT}s"
        sleep 1
    done
    # Recorded once the import has been served, so an interrupted first start imports again.
    if [ -n "$sha" ]; then printf '%s\n' "$sha" >"$state/realm.sha256"; fi
}

keycloak_down() {
    local state pid
    state="$(keycloak_state)"
    pid="$(keycloak_pid "$state")"
    pid_alive "$pid" || return 0
    log "keycloak: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_pid_gone "$pid" 60; then
        log "keycloak: still running after 60 s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        wait_pid_gone "$pid" 10 || die "keycloak: could not stop pid $pid"
    fi
    wait_port_closed "$KEYCLOAK_PORT" 10 || die "keycloak: port $KEYCLOAK_PORT still open after stop"
    rm -f "$state/keycloak.pid"
}

keycloak_status() {
    local state home
    state="$(keycloak_state)"
    home="$state/keycloak-$KEYCLOAK_VERSION"
    if ! keycloak_running "$state"; then
        if [ -x "$home/bin/kc.sh" ]; then
            status_line keycloak down "$KEYCLOAK_PORT" "Keycloak $KEYCLOAK_VERSION"
        else
            status_line keycloak down "$KEYCLOAK_PORT" "Keycloak $KEYCLOAK_VERSION (not installed)"
        fi
        return 1
    fi
    if keycloak_ready; then
        status_line keycloak up "$KEYCLOAK_PORT" "Keycloak $KEYCLOAK_VERSION (realm $KEYCLOAK_REALM)  $state"
    else
        status_line keycloak down "$KEYCLOAK_PORT" "Keycloak $KEYCLOAK_VERSION (running, realm not served)"
        return 1
    fi
}

# --------------------------------------------------------------------------------------------
# Chromium (installed only; nothing to start)
# --------------------------------------------------------------------------------------------
chromium_up() {
    [ -x "$CHROMIUM_PATH" ] || die "chromium: $CHROMIUM_PATH missing after install"
}
chromium_down() { :; }
chromium_status() {
    if [ -x "$CHROMIUM_PATH" ]; then
        local ver
        ver="$("$CHROMIUM_PATH" --version 2>/dev/null | sed 's/ built on.*//' | head -n 1)"
        [ -x "$CHROMEDRIVER_PATH" ] || ver="$ver (chromedriver missing)"
        status_line chromium up - "$ver"
    else
        status_line chromium down - "not installed"
        return 1
    fi
}

# --------------------------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------------------------
status_line() {  # name up|down port text
    printf '%-9s %-5s port %-6s %s\n' "$1" "$2" "$3" "$4"
}

write_env_file() {
    local tmp="$SERVICES_DIR/env.tmp.$$"
    cat >"$tmp" <<EOF
# Written by scripts/services.sh; usable with: set -a; . .services/env; set +a
DATABASE_URL=postgres://platform:platform@127.0.0.1:$PG_PORT/platform
REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
ELASTICSEARCH_URL=http://127.0.0.1:$ES_PORT
KEYCLOAK_URL=http://127.0.0.1:$KEYCLOAK_PORT
KEYCLOAK_REALM=$KEYCLOAK_REALM
KEYCLOAK_ADMIN_USER=$KEYCLOAK_ADMIN_USER
KEYCLOAK_ADMIN_PASSWORD=$KEYCLOAK_ADMIN_PASSWORD
CHROMIUM_PATH=$CHROMIUM_PATH
CHROMEDRIVER_PATH=$CHROMEDRIVER_PATH
EOF
    mv "$tmp" "$SERVICES_DIR/env"
}

cmd_up() {
    local svc pkgs=()
    # Install whatever is missing in one apt-get run.
    for svc in "$@"; do
        mapfile -t -O "${#pkgs[@]}" pkgs < <(missing_packages "$svc")
    done
    apt_install "${pkgs[@]}"
    prepare_services_dir
    for svc in "$@"; do "${svc}_up"; done
    write_env_file
    log "up: $* (env: $SERVICES_DIR/env)"
}

cmd_down() {  # purge(0|1) names...
    local purge="$1" svc i
    shift
    # Stop in reverse order.
    for ((i = $# ; i >= 1; i--)); do
        svc="${!i}"
        "${svc}_down"
    done
    [ "$purge" = 1 ] || return 0
    for svc in "$@"; do
        case "$svc" in
        pg) rm -rf "$(pg_state)" "$SERVICES_DIR/pg" ;;
        redis) rm -rf "$(redis_state)" ;;
        es) rm -rf "$(es_state)" "$SERVICES_DIR/es" ;;
        keycloak) rm -rf "$(keycloak_state)" ;;
        esac
    done
    if [ "$#" -eq "${#ALL_SERVICES[@]}" ]; then
        case "$SERVICES_DIR" in
        / | "$HOME" | "$REPO") die "refusing to delete SERVICES_DIR=$SERVICES_DIR" ;;
        esac
        rm -rf "$SERVICES_DIR"
    fi
    log "purged: $*"
}

cmd_status() {
    local svc rc=0
    for svc in "$@"; do "${svc}_status" || rc=3; done
    return "$rc"
}

usage() {
    sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# Normalise service names (accepting a few aliases); no names = all services.
parse_names() {
    local n
    NAMES=()
    for n in "$@"; do
        case "$n" in
        pg | postgres | postgresql) NAMES+=(pg) ;;
        redis) NAMES+=(redis) ;;
        es | elasticsearch) NAMES+=(es) ;;
        keycloak | kc) NAMES+=(keycloak) ;;
        chromium | chrome) NAMES+=(chromium) ;;
        *) log "unknown service: $n"; usage ;;
        esac
    done
    [ "${#NAMES[@]}" -gt 0 ] || NAMES=("${ALL_SERVICES[@]}")
}

main() {
    [ "$#" -ge 1 ] || usage
    local cmd="$1" purge=0 args=()
    shift
    local a
    for a in "$@"; do
        case "$a" in
        --purge) purge=1 ;;
        -h | --help) usage ;;
        *) args+=("$a") ;;
        esac
    done
    case "$cmd" in
    start | stop) [ "${#args[@]}" -ge 1 ] || { log "$cmd needs a service name"; usage; } ;;
    esac
    parse_names "${args[@]}"
    case "$cmd" in
    up | start) cmd_up "${NAMES[@]}" ;;
    down | stop) cmd_down "$purge" "${NAMES[@]}" ;;
    purge) cmd_down 1 "${NAMES[@]}" ;;
    status) cmd_status "${NAMES[@]}" || exit "$?" ;;
    -h | --help | help) usage ;;
    *) log "unknown command: $cmd"; usage ;;
    esac
}

main "$@"
