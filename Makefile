# Two commands: `make serve` and `make test`. Both install what is missing on
# a fresh Debian machine (apt packages, the wasm target, wasm-bindgen-cli,
# npm packages) and skip what is already there. `make help` lists the rest.
#
# The build is a chain of small steps, each a target that names the files it
# reads and writes: make reruns only the steps a change reaches, `make -j2`
# builds the same site, and each step runs alone (`make wasm`, `make shell`).
# `make -n -B dist` prints the commands of a whole build without running them.
#
#   wasm ─> bindings ─> wasm-opt ─┐
#   echarts ──────────────────────┴─> shell ─┐
#   native ─┬────────────────────────────────┴─> prerender ─┐
#   (tools) ├─> data ───────────────────────────────────────┤
#           └─> chart-options ─> charts ─┬──────────────────┼─> precache ─> compress ─┐
#   static ──────────────────────────────┼──────────────────┘                         ├ = dist
#                                        └─> cards (the share cards) ─────────────────┘
#
# `make dist SITE_URL=https://example.gov.tw/report/` gives the site's public
# address to prerender, for the few tags a standard wants absolute (og:image,
# og:url, canonical, hreflang) and sitemap.xml; without it they are left out
# and the build says so once (docs/hosting.md, "The site's address").

SHELL := /bin/bash
.DEFAULT_GOAL := help
# A step that fails leaves no half-written file that would look up to date.
.DELETE_ON_ERROR:

# ---- Tool versions: this block, and package.json for the npm packages ----
# (binaryen = wasm-opt, esbuild, echarts, playwright-core, axe, each exact,
# locked by package-lock.json, run from node_modules/.bin).
#
# The compiler the wasm is built with: its size depends on it. rust-toolchain.toml
# can only say "stable" (docs/build.md, "The toolchain pin"), so the exact version is
# checked here. `make ... RUST_VERSION=x.y.z` overrides it knowingly.
RUST_VERSION := 1.95.0
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly:
# read from there, so that a `cargo update` moves both.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
# Lighthouse, for `make bench` only: large, installed on demand, not saved.
LIGHTHOUSE_VERSION := 13.5.0
APT_PACKAGES := chromium chromium-driver fonts-noto-cjk nginx-light libnginx-mod-http-brotli-static python3 python3-venv
# The Python tools of the open data's tests (frictionless, jsonschema,
# openpyxl), each exact, in a virtual environment of their own.
PY_REQUIREMENTS := tools/requirements.txt
VENV := target/venv

CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
# The report's data folder: everything about one report (docs/new-report.md).
# `make dist DATA=path/to/folder` builds that report's viewer.
DATA ?= public/data
PORT ?= 8080
PREFIX ?= /
# The site's public address (https://…/, ending in /); empty: relative only.
SITE_URL ?=

# ---- Where each step writes ----
CARGO_TARGET := $(or $(CARGO_TARGET_DIR),target)
# cargo's wasm (release profile of Cargo.toml: opt-level z, LTO, 1 codegen unit, panic abort)
WASM := $(CARGO_TARGET)/wasm32-unknown-unknown/release/viewer.wasm
# The build's own tools, native, debug: they share their dependencies with
# `cargo test` (docs/build.md, "Why each choice").
NATIVE_DIR := $(CARGO_TARGET)/debug
NATIVE := $(addprefix $(NATIVE_DIR)/,export-data chart-options prerender precache cards)
# What the steps pass on to each other (index.html names these paths).
WEB := target/web
BINDGEN := $(WEB)/bindgen/viewer.js $(WEB)/bindgen/viewer_bg.wasm
OPT_WASM := $(WEB)/opt/viewer_bg.wasm
ECHARTS_BUNDLE := target/echarts/echarts.min.js
# The site.
DIST := dist
# What one site's steps pass on (a build of another DIST has its own).
SITE_WEB := $(WEB)/site/$(subst /,_,$(DIST))
PAGE_SHELL := $(SITE_WEB)/shell.html
CHART_OPTIONS := $(SITE_WEB)/chart-options.json
# The files index.html marks data-hash (tools/shell.mjs checks this list).
SHELL_INPUTS := public/icons/icon.svg style/main.css $(WEB)/bindgen/viewer.js $(OPT_WASM) $(ECHARTS_BUNDLE) public/boot.js
# Copied as they are: portals link to embed-host.js by name (docs/hosting.md);
# _headers is for static hosts. (The manifest is the pages' step's: its
# names come from the data.)
STATIC := $(addprefix $(DIST)/,embed-host.js _headers) \
          $(patsubst public/%,$(DIST)/%,$(wildcard public/icons/*))
DATA_FILES := $(addprefix $(DIST)/data/,report.json viewer.json viewer.schema.json facts.csv facts.xlsx text.json changes.json report-text.md report.schema.json text.schema.json changes.schema.json datapackage.json)
CHARTS := $(DIST)/charts
# The share cards, a 1200 × 630 PNG per page and language (og:image).
CARDS := $(DIST)/cards
# robots.txt too; sitemap.xml only with SITE_URL, so not a target.
# The map of partners' geometry (tools/world-map.mjs: Natural Earth through
# world-atlas), fetched by the page when the map goes live.
WORLD_MAP := $(DIST)/map/world.json
PAGES := $(DIST)/index.html $(DIST)/en.html $(DIST)/embed.html $(DIST)/robots.txt $(DIST)/manifest.webmanifest
# SITE_URL as the build last had it: rewritten when it changes, so that the
# pages are written again.
SITE_URL_STAMP := $(SITE_WEB)/site-url
# The sizes of the precompressed copies (tools/compress.mjs --list): the record
# that `make compress` ran.
COMPRESSED := $(SITE_WEB)/compressed.tsv
# DATA as the build last had it: rewritten when it changes, so that every
# step that reads the data folder runs again for another report.
DATA_STAMP := $(SITE_WEB)/data-dir
SOURCES := $(DATA)/report.json $(DATA)/viewer.json $(DATA)/text.json $(DATA)/changes.json $(DATA_STAMP)

.PHONY: help setup setup-apt check-rust setup-rust setup-wasm-target setup-wasm-bindgen setup-node setup-python versions \
        wasm bindings wasm-opt echarts shell static native data map chart-options charts cards prerender precache compress dist \
        serve dev screenshot test test-rust test-tools test-dist test-e2e test-other-years test-fictional bench wasm-size floor setup-twiggy clean import-text FORCE

help:
	@echo "make serve   - set up, build, and serve the viewer at http://127.0.0.1:$(PORT)$(PREFIX) (nginx)"
	@echo "make test    - set up and run every test (Rust unit tests, the build, browser tests)"
	@echo "make dist    - build the static site into $(DIST)/, step by step:"
	@echo "  make wasm         cargo: the viewer for wasm32 ($(WASM))"
	@echo "  make bindings     wasm-bindgen $(WASM_BINDGEN_VERSION): the JS glue and its wasm ($(WEB)/bindgen/)"
	@echo "  make wasm-opt     wasm-opt -O1 ($(OPT_WASM))"
	@echo "  make echarts      esbuild: the ECharts bundle ($(ECHARTS_BUNDLE))"
	@echo "  make shell        tools/shell.mjs: hashed copies in $(DIST)/, the page shell ($(PAGE_SHELL))"
	@echo "  make static       manifest, icons, embed-host.js, _headers, copied as they are"
	@echo "  make native       cargo: the build's own tools ($(NATIVE_DIR)/export-data, chart-options, prerender, precache, cards)"
	@echo "  make data         export-data: $(DIST)/data/"
	@echo "  make map          tools/world-map.mjs: $(WORLD_MAP), the map of partners' countries"
	@echo "  make charts       chart-options, then tools/render-charts.mjs: $(DIST)/charts/*.svg"
	@echo "  make cards        cards: the share cards, $(DIST)/cards/*.png (resvg, Noto Sans CJK)"
	@echo "  make prerender    prerender: index.html, en.html, the embed pages, robots.txt (SITE_URL=https://…/: sitemap.xml too)"
	@echo "  make precache     precache: $(DIST)/sw.js, listing every file"
	@echo "  make compress     tools/compress.mjs: NAME.br and NAME.gz beside each text file and the wasm (last)"
	@echo "make dev     - build, serve, and rebuild on every change (the loop for UI work)"
	@echo "make screenshot - build, serve, and take the README's picture (docs/screenshot.png, 1280 px, light)"
	@echo "make bench   - sizes, first chart against a plain-ECharts page, first filter press, Lighthouse"
	@echo "make wasm-size - where the wasm's bytes go, per crate and per module of ours (twiggy)"
	@echo "make floor   - the size of a one-island Leptos wasm built as the viewer's is (docs/performance.md)"
	@echo "make test-rust | test-tools | test-dist | test-e2e | test-other-years | test-fictional - one kind of test"
	@echo "make setup-python - the venv of test-dist's Python tools ($(VENV))"
	@echo "make versions - the version of each tool; make clean - remove what the build wrote"
	@echo "make import-text SOURCE=report.txt [DATA=$(DATA)] - the report's text from its plain text into $(DATA)/text.json (docs/new-report.md)"

# ---- Setup: installs what is missing, skips what is there ----

setup: setup-apt setup-rust setup-node setup-python

setup-apt:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

check-rust:
	@v="$$(rustc --version)" || exit 1; \
	case "$$v" in "rustc $(RUST_VERSION) "*) ;; *) \
	  echo "error: this project builds with rustc $(RUST_VERSION), but \`rustc --version\` says: $$v" >&2; \
	  echo "  rust-toolchain.toml selects rustup's \"stable\" toolchain: make it $(RUST_VERSION), or, if the" >&2; \
	  echo "  machine's Rust moved on, set RUST_VERSION in the Makefile and re-measure the sizes (make bench)." >&2; \
	  exit 1;; \
	esac

setup-rust: check-rust setup-wasm-target setup-wasm-bindgen
	@cargo fetch --locked --quiet

setup-wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# Without default features: they are the TLS of wasm-bindgen-test-runner's
# downloads (rustls, ring), which this build does not use; wasm-bindgen
# writes the same files. 2 min 52 s here instead of 6 min 47 s (5 min of CPU
# instead of 6 min 40 s).
setup-wasm-bindgen:
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --no-default-features

setup-node: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The venv is made again when tools/requirements.txt changes (the copy
# beside it is the record of what it holds).
setup-python: | setup-apt
	@cmp -s $(PY_REQUIREMENTS) $(VENV)/requirements.txt || { \
	  rm -rf $(VENV) && python3 -m venv $(VENV) \
	  && $(VENV)/bin/pip install --quiet --disable-pip-version-check --no-input -r $(PY_REQUIREMENTS) \
	  && cp $(PY_REQUIREMENTS) $(VENV)/requirements.txt; }

versions:
	@rustc --version; cargo --version
	@echo "wasm-bindgen: $$(wasm-bindgen --version 2>/dev/null || echo missing) (Cargo.lock: $(WASM_BINDGEN_VERSION))"
	@echo "wasm-opt: $$(wasm-opt --version 2>/dev/null || echo missing: make setup-node)"
	@echo "esbuild: $$(esbuild --version 2>/dev/null || echo missing: make setup-node)"
	@echo "node: $$(node --version)"
	@echo "python: $$(python3 --version 2>&1); frictionless: $$($(VENV)/bin/frictionless --version 2>/dev/null || echo missing: make setup-python)"
	@for p in $(APT_PACKAGES); do echo "$$p: $$(dpkg-query -W -f '$${Version}' $$p 2>/dev/null || echo missing)"; done

# ---- The build ----
# cargo knows what its outputs depend on: its two steps always run it, and it
# leaves a file alone when nothing changed, so the steps after it do not rerun.

wasm: $(WASM)
$(WASM): FORCE | check-rust setup-wasm-target
	cargo build --release --locked --target wasm32-unknown-unknown --bin viewer

bindings: $(BINDGEN)
$(BINDGEN) &: $(WASM) | setup-wasm-bindgen
	rm -rf $(WEB)/bindgen
	wasm-bindgen --target web --no-typescript --out-dir $(WEB)/bindgen --out-name viewer $<

# -O1, as trunk ran it (`data-wasm-opt="1"`: docs/build.md, "Why each choice", has why
# not -Oz). No feature flags: wasm-opt takes the wasm's features from the
# target_features section rustc writes (bulk memory, sign extension …).
wasm-opt: $(OPT_WASM)
$(OPT_WASM): $(WEB)/bindgen/viewer_bg.wasm node_modules/.package-lock.json
	@mkdir -p $(@D)
	wasm-opt -O1 $< -o $@

# ECharts with only the charts and components the viewer uses.
echarts: $(ECHARTS_BUNDLE)
$(ECHARTS_BUNDLE): src/js/echarts-entry.js node_modules/.package-lock.json
	@mkdir -p $(@D)
	esbuild $< --bundle --minify --format=iife --target=es2019 --legal-comments=eof --log-level=warning --outfile=$@

# Each file index.html marks data-hash, copied into dist/ under a name with a
# hash of its content (main.css -> main-<16 hex>.css; older copies removed),
# and the page shell that names them, with their integrity.
shell: $(PAGE_SHELL)
$(PAGE_SHELL): index.html tools/shell.mjs $(SHELL_INPUTS)
	node tools/shell.mjs index.html $(DIST) $@ $(SHELL_INPUTS)

static: $(STATIC)
$(STATIC): $(DIST)/%: public/%
	@mkdir -p $(@D)
	cp $< $@

native: $(NATIVE)
$(NATIVE) &: FORCE | check-rust
	cargo build --locked --bins

# The open data: report.json and text.json (validated, byte for byte),
# facts.csv, facts.xlsx, report-text.md, their JSON Schemas and
# datapackage.json, which describes them all, derived from them.
data: $(DATA_FILES)
$(DATA_FILES) &: $(SOURCES) $(NATIVE_DIR)/export-data
	$(NATIVE_DIR)/export-data $(DATA) $(DIST)

# The options of every chart of the default view, then the SVGs drawn from
# them by ECharts in one Node process (both languages and schemes). Drawn
# aside and moved in whole, so a failed run leaves no folder that looks done.
chart-options: $(CHART_OPTIONS)
$(CHART_OPTIONS): $(SOURCES) $(NATIVE_DIR)/chart-options
	$(NATIVE_DIR)/chart-options $(DATA) $@

# The countries as GeoJSON for the map of partners (110m, without
# Antarctica, each named by its ISO 3166-1 numeric code); it fails when a
# country of report.json has no shape in world-atlas.
map: $(WORLD_MAP)
$(WORLD_MAP): $(SOURCES) tools/world-map.mjs node_modules/.package-lock.json
	node tools/world-map.mjs $(DATA)/report.json $@

charts: $(CHARTS)
$(CHARTS): $(CHART_OPTIONS) $(WORLD_MAP) tools/render-charts.mjs node_modules/.package-lock.json
	rm -rf $(SITE_WEB)/svg
	node tools/render-charts.mjs $< $(SITE_WEB)/svg --map world=$(WORLD_MAP)
	rm -rf $@ && mv $(SITE_WEB)/svg/charts $@

# The share cards: each page's card drawn as SVG from the data and the
# chart SVGs, rasterised by resvg in Noto Sans CJK (fonts-noto-cjk). Drawn
# aside and moved in whole, as the charts.
cards: $(CARDS)
$(CARDS): $(CHARTS) $(SOURCES) $(NATIVE_DIR)/cards
	rm -rf $(SITE_WEB)/cards
	$(NATIVE_DIR)/cards $(DATA) $(CHARTS) $(SITE_WEB)/cards
	rm -rf $@ && mv $(SITE_WEB)/cards $@

$(SITE_URL_STAMP): FORCE
	@mkdir -p $(@D)
	@printf '%s\n' "$(SITE_URL)" | cmp -s - $@ || printf '%s\n' "$(SITE_URL)" > $@

$(DATA_STAMP): FORCE
	@mkdir -p $(@D)
	@test -d "$(DATA)" || { echo "error: DATA=$(DATA) is not a folder (the report's data folder: docs/new-report.md)" >&2; exit 1; }
	@printf '%s\n' "$(abspath $(DATA))" | cmp -s - $@ || printf '%s\n' "$(abspath $(DATA))" > $@

# The pages, from the shell: index.html (Chinese), en.html, each chart's
# embed pages, and embed.html, the shell itself for older embed links; each
# page's sharing tags, robots.txt, and with SITE_URL sitemap.xml; the
# charts' views in views/<hash>/ (charts::views), which the pages name.
prerender: $(PAGES)
$(PAGES) &: $(PAGE_SHELL) $(SOURCES) $(NATIVE_DIR)/prerender $(SITE_URL_STAMP) public/manifest.webmanifest
	cp $(PAGE_SHELL) $(DIST)/index.html
	cp $(PAGE_SHELL) $(DIST)/embed.html
	cp public/manifest.webmanifest $(DIST)/manifest.webmanifest
	SITE_URL="$(SITE_URL)" $(NATIVE_DIR)/prerender $(DATA) $(DIST)

# The service worker with the list of every file above (not the .br and .gz
# copies of the next step, should they be there from a build before).
precache: $(DIST)/sw.js
$(DIST)/sw.js: public/sw.js $(NATIVE_DIR)/precache $(PAGE_SHELL) $(STATIC) $(DATA_FILES) $(WORLD_MAP) $(CHARTS) $(PAGES)
	$(NATIVE_DIR)/precache public/sw.js $(DIST)

# Last: brotli (quality 11) and gzip -9 copies beside each text file and the
# wasm, sw.js too, for hosts that serve them (nginx's brotli_static and
# gzip_static: tools/nginx.conf.in). sw.js is written whenever any file
# of dist/ changes; the tool then compresses only the files whose copies no
# longer decompress to them, and removes the copies of files that are gone.
compress: $(COMPRESSED)
$(COMPRESSED): $(DIST)/sw.js tools/compress.mjs
	node tools/compress.mjs $(DIST) --list $@

dist: $(COMPRESSED) $(CARDS)
	@ls -l $(DIST) | sed 1d | grep -v '\.\(br\|gz\)$$'

FORCE:

# ---- A report's text ----

# The report's text from its plain text (a PDF's text extraction) into
# $(DATA)/text.json: the Chinese by the report's numbering; a section whose
# Chinese is unchanged keeps its English and slips, one new or changed has
# no English yet (docs/new-report.md). Not part of the build: run it when
# the report's text changes, then check and commit text.json.
import-text: | check-rust
	@[ -n "$(SOURCE)" ] || { echo "make import-text: SOURCE is missing: make import-text SOURCE=path/to/report.txt [DATA=$(DATA)]" >&2; exit 2; }
	@[ -f "$(SOURCE)" ] || { echo "make import-text: SOURCE=$(SOURCE): no such file" >&2; exit 2; }
	cargo build --locked --bin import-text
	$(NATIVE_DIR)/import-text "$(SOURCE)" "$(DATA)"

# ---- Serving ----

# nginx in the foreground with the headers of docs/hosting.md (CSP, caching,
# the .br and .gz copies, gzip), from tools/nginx.conf.in, as the browser
# tests serve it.
# `make serve PORT=9000 PREFIX=/report/` serves at another port and path.
serve: setup dist
	node tools/serve.mjs --port $(PORT) --prefix $(PREFIX)

# The same server, and `make dist` again on every change under src/, style/,
# public/, tools/ and index.html (only the steps the change reaches rerun).
dev: setup dist
	node tools/dev.mjs --port $(PORT) --prefix $(PREFIX)

# The README's picture: the Chinese page's first screen at 1280 × 800, light,
# served as `make serve` serves it (tools/screenshot.mjs, headless Chromium).
screenshot: setup dist
	node tools/screenshot.mjs --root $(DIST) --out docs/screenshot.png

# ---- Tests ----

test: setup test-rust test-tools dist test-dist test-e2e test-other-years test-fictional

test-rust: check-rust
	cargo test --locked

# The build's Node tools, without a build (tests/tools/).
test-tools: setup-node
	node --test tests/tools/

# The shipped open-data files are exactly what the source gives: the two
# data files as they are, every derived file as export-data writes it now;
# datapackage.json describes them all (frictionless: each file's size, and
# every row of facts.csv and facts.xlsx against its fields); both data files
# fit their schemas, facts.xlsx has facts.csv's rows, Chinese and all
# (tests/open-data/check.py); every page's links, images, scripts and
# fragments resolve, with no id twice (tools/check-links.mjs); and the
# sharing tags, cards, dataset, robots.txt and sitemap.xml, of dist/ (built
# without SITE_URL: relative) and of a copy prerendered with one
# (tools/check-sharing.mjs).
TEST_SITE_URL := https://example.gov.tw/report/
test-dist: dist setup-python
	cmp $(DIST)/data/report.json $(DATA)/report.json
	cmp $(DIST)/data/viewer.json $(DATA)/viewer.json
	cmp $(DIST)/data/text.json $(DATA)/text.json
	cmp $(DIST)/data/changes.json $(DATA)/changes.json
	tmp=$$(mktemp -d) && $(NATIVE_DIR)/export-data $(DATA) $$tmp >/dev/null \
	  && for f in $(notdir $(DATA_FILES)); do diff -u $$tmp/data/$$f $(DIST)/data/$$f || exit 1; done && rm -rf $$tmp
	@echo "$(DIST)/data matches $(DATA)/report.json, viewer.json, text.json and changes.json"
	$(VENV)/bin/frictionless validate $(DIST)/data/datapackage.json
	$(VENV)/bin/python tests/open-data/check.py $(DIST)/data
	node tools/check-links.mjs $(DIST)
	node tools/check-sharing.mjs $(DIST) $(if $(SITE_URL),--site-url $(SITE_URL))
	@# The same pages prerendered with SITE_URL into a copy: absolute where a
	@# standard wants it, and silent.
	tmp=$$(mktemp -d) && cp -r $(DIST)/data $(DIST)/cards $$tmp/ && cp $(PAGE_SHELL) $$tmp/index.html && cp $(PAGE_SHELL) $$tmp/embed.html \
	  && SITE_URL=$(TEST_SITE_URL) $(NATIVE_DIR)/prerender $(DATA) $$tmp >/dev/null 2>$$tmp/stderr \
	  && { ! [ -s $$tmp/stderr ] || { cat $$tmp/stderr; echo "prerender said something with SITE_URL set"; exit 1; }; } \
	  && node tools/check-sharing.mjs $$tmp --site-url $(TEST_SITE_URL) && rm -rf $$tmp

test-e2e: dist
	node --test --test-concurrency=1 tests/e2e/

# Another report is a data change: a copy of the data folder with every
# year moved past the last (tools/shift-years.mjs) builds with `make dist DATA=…`
# into a site of its own, which shows no year of the original.
OTHER_YEARS := target/other-years
test-other-years: dist
	rm -rf $(OTHER_YEARS) && node tools/shift-years.mjs copy $(DATA) $(OTHER_YEARS)/data
	$(MAKE) --no-print-directory dist DATA=$(OTHER_YEARS)/data DIST=$(OTHER_YEARS)/dist >/dev/null
	node tools/shift-years.mjs check $(OTHER_YEARS)/dist $(DATA)

# The viewer of a report it was not written for: the fictional report of
# tests/fixtures/report-fictional (another year, other ids, fewer charts, no
# agreements), its whole site built and checked: open data, links, no year
# of the bundled report anywhere, and the pages, embeds and views in
# Chromium (tests/fictional/).
FICTIONAL := target/fictional
test-fictional: setup-python
	$(MAKE) --no-print-directory dist DATA=tests/fixtures/report-fictional DIST=$(FICTIONAL)/dist >/dev/null
	$(VENV)/bin/frictionless validate $(FICTIONAL)/dist/data/datapackage.json
	$(VENV)/bin/python tests/open-data/check.py $(FICTIONAL)/dist/data
	node tools/check-links.mjs $(FICTIONAL)/dist
	node tools/shift-years.mjs check $(FICTIONAL)/dist $(DATA)
	FICTIONAL_DIST=$(FICTIONAL)/dist node --test --test-concurrency=1 tests/fictional/

clean:
	rm -rf $(DIST) $(WEB) target/echarts $(CARGO_TARGET)/wasm32-unknown-unknown

# Where the wasm's bytes go (docs/performance.md): twiggy on the wasm after
# wasm-bindgen and before wasm-opt, which keeps the function names.
TWIGGY_VERSION := 0.8.0
setup-twiggy:
	@twiggy --version 2>/dev/null | grep -qx "twiggy $(TWIGGY_VERSION)" \
	  || cargo install twiggy --version $(TWIGGY_VERSION) --locked

wasm-size: $(WEB)/bindgen/viewer_bg.wasm | setup-twiggy
	node tools/wasm-size.mjs $<

# The floor: tools/floor, one island built with the viewer's Cargo.lock,
# profile, wasm-bindgen and wasm-opt; its size beside the viewer's.
FLOOR := target/floor
floor: $(OPT_WASM) | setup-wasm-target setup-wasm-bindgen setup-node
	@mkdir -p $(FLOOR)
	cp -r tools/floor/Cargo.toml tools/floor/src $(FLOOR)/
	cp Cargo.lock $(FLOOR)/Cargo.lock
	cd $(FLOOR) && CARGO_TARGET_DIR=$(CURDIR)/$(FLOOR)/target cargo build --release --target wasm32-unknown-unknown --quiet
	wasm-bindgen --target web --no-typescript --out-dir $(FLOOR)/bindgen --out-name floor $(FLOOR)/target/wasm32-unknown-unknown/release/floor.wasm
	wasm-opt -O1 $(FLOOR)/bindgen/floor_bg.wasm -o $(FLOOR)/floor-O1.wasm
	@printf '| wasm | raw bytes | gzip -9 |\n|---|---:|---:|\n'
	@for f in $(FLOOR)/floor-O1.wasm $(OPT_WASM); do \
	  printf '| %s | %s | %s |\n' "$$f" "$$(wc -c < $$f)" "$$(gzip -9 -c $$f | wc -c)"; done

# Sizes, the first chart visible against a plain-ECharts baseline, the first
# filter press answered under mobile throttling, and Lighthouse (not a test:
# it fails only when a measurement cannot be taken; tests/bench/bench.mjs).
bench: setup dist
	@node_modules/.bin/lighthouse --version 2>/dev/null | grep -qx $(LIGHTHOUSE_VERSION) \
	  || npm install --no-save --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSION)
	node tests/bench/bench.mjs
