#!/usr/bin/env bash
# Builds the platform-analysis Elasticsearch plugin (search/elasticsearch_plugin) when its zip is
# missing or older than any of its sources, then prints the zip's absolute path as the last line
# of stdout. Maven's output goes to stderr, so callers can use: ZIP="$(scripts/build_es_plugin.sh | tail -n1)"
#
# Needs JDK 17+ and Maven. JAVA_HOME is honoured; if it is unset and the Debian JDK 17 exists, that is used.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PLUGIN_DIR="$ROOT/search/elasticsearch_plugin"
# Keep in sync with <artifactId> and <elasticsearch.version> in the pom.
ZIP="$PLUGIN_DIR/target/platform-analysis-8.19.21.zip"

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/java-17-openjdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi

needs_build() {
    [[ -f "$ZIP" ]] || return 0
    # Any source file (pom, Java, resources, assembly descriptor) newer than the zip?
    [[ -n "$(find "$PLUGIN_DIR/pom.xml" "$PLUGIN_DIR/src" -type f -newer "$ZIP" -print -quit)" ]]
}

if needs_build; then
    echo "Building Elasticsearch plugin in $PLUGIN_DIR ..." >&2
    # clean: classes of deleted sources must not end up in the jar.
    (cd "$PLUGIN_DIR" && mvn -B -q clean package) >&2
    if [[ ! -f "$ZIP" ]]; then
        echo "Build finished but $ZIP is missing" >&2
        exit 1
    fi
    # Ensure the zip counts as newer than every source even if the clock is coarse.
    touch "$ZIP"
fi

echo "$ZIP"
