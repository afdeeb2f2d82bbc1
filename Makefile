# Two commands: `make serve` and `make test`. Both install what is missing on
# a fresh Debian machine (apt packages, the wasm target, trunk, wasm-bindgen,
# npm packages) and skip what is already there.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# The compiler the wasm is built with: its size depends on it. rust-toolchain.toml
# can only say "stable" (see the README, "Toolchain"), so the exact version is
# checked here. `make ... RUST_VERSION=x.y.z` overrides it knowingly.
RUST_VERSION := 1.95.0
TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
APT_PACKAGES := chromium chromium-driver fonts-noto-cjk nginx-light
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
PORT ?= 8080
PREFIX ?= /

.PHONY: help setup setup-apt check-rust setup-rust setup-node dist serve test test-rust test-dist test-e2e bench clean

help:
	@echo "make serve  - set up, build, and serve the viewer at http://127.0.0.1:$(PORT)$(PREFIX) (nginx)"
	@echo "make test   - set up and run every test (Rust unit tests, wasm build, browser tests)"
	@echo "make dist   - build the static site into dist/"

setup: setup-apt setup-rust setup-node

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

setup-rust: check-rust
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" || cargo install trunk@$(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@cargo fetch --locked --quiet

setup-node: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# ECharts with only the charts and components the viewer uses.
ECHARTS_BUNDLE := target/echarts/echarts.min.js
$(ECHARTS_BUNDLE): src/js/echarts-entry.js package-lock.json node_modules/.package-lock.json
	@mkdir -p $(dir $@)
	esbuild $< --bundle --minify --format=iife --target=es2019 --legal-comments=eof --log-level=warning --outfile=$@

dist: setup-rust setup-node $(ECHARTS_BUNDLE)
	trunk build --release --offline
	@ls -l dist | sed 1d

# nginx in the foreground with the headers of docs/hosting.md (CSP, caching,
# gzip), from tools/nginx.conf.in, as the browser tests serve it.
# `make serve PORT=9000 PREFIX=/report/` serves at another port and path.
serve: setup dist
	node tools/serve.mjs --port $(PORT) --prefix $(PREFIX)

test: setup test-rust dist test-dist test-e2e

test-rust: check-rust
	cargo test --locked

# The shipped open-data files are exactly what the source gives.
test-dist:
	cmp dist/data/report.json public/data/report.json
	cmp dist/data/text.json public/data/text.json
	tmp=$$(mktemp -d) && cargo run --quiet --locked --bin export-data -- public/data/report.json $$tmp \
	  && diff -u $$tmp/data/facts.csv dist/data/facts.csv \
	  && diff -u $$tmp/data/report-text.md dist/data/report-text.md && rm -rf $$tmp
	@echo "dist/data matches public/data/report.json and public/data/text.json"

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

clean:
	rm -rf dist target/wasm32-unknown-unknown

# Sizes and time to first chart against a plain-ECharts baseline (not a test).
# Lighthouse is large and only needed here: installed on demand, not saved.
LIGHTHOUSE_VERSION := 13.5.0
bench: setup dist
	@node_modules/.bin/lighthouse --version 2>/dev/null | grep -qx $(LIGHTHOUSE_VERSION) \
	  || npm install --no-save --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSION)
	node tests/bench/bench.mjs
