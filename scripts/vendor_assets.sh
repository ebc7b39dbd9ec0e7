#!/usr/bin/env bash
# Copy the front-end files the platform serves from node_modules (npm registry)
# into platform_site/static_vendor/, which Django's static files serve. Only
# these files are published: no CDN, and nothing unused from the packages.
set -euo pipefail
cd "$(dirname "$0")/.."
out=platform_site/static_vendor/vendor
rm -rf "$out"
mkdir -p "$out/utrecht" "$out/htmx"
cp node_modules/@utrecht/component-library-css/dist/index.css "$out/utrecht/component-library.css"
cp node_modules/@utrecht/design-tokens/dist/index.css "$out/utrecht/design-tokens.css"
cp node_modules/htmx.org/dist/htmx.min.js "$out/htmx/htmx.min.js"
