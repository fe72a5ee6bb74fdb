# eventwatch: `make demo` sets up, ingests the demo reports and serves them; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.package-lock.json
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup demo serve test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

# Front-end libraries (leaflet, markercluster, world-atlas, topojson-client, uplot) come from npm at set-up.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund

setup: $(STAMP) $(NODE_STAMP)

demo: setup
	$(BIN)/eventwatch demo
	@echo "Serving the demo store on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/eventwatch serve --host $(HOST) --port $(PORT)

serve: setup
	$(BIN)/eventwatch serve --host $(HOST) --port $(PORT)

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) node_modules eventwatch.db eventwatch.db-wal eventwatch.db-shm
