#!/bin/sh
# trunk's post-build hook: what the build writes beside the app, in order.
# $1 is trunk's staging directory (the future dist/).
set -e
out="$1"
# The embed view: the same app under another name (it reads the page name).
cp "$out/index.html" "$out/embed.html"
# The open data, derived from the one source (report.json, facts.csv, the text).
cargo run --quiet --locked --bin export-data -- public/data/report.json "$out"
# The charts as SVG, drawn by ECharts itself in one Node process: every chart
# of the default view in both languages and schemes, into $out/charts.
cargo run --quiet --locked --bin chart-options -- public/data/report.json target/chart-options.json
node tools/render-charts.mjs target/chart-options.json "$out"
# The report page of each language, prerendered into the shell (index.html,
# en.html), showing those SVGs until the charts go live; the embed view above
# keeps the shell.
cargo run --quiet --locked --bin prerender -- public/data "$out"
# Last: the service worker's precache list of every file written above.
cargo run --quiet --locked --bin precache -- public/sw.js "$out"
