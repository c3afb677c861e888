# TeamAround: local run and tests without Docker (ports and names: docs/platform-contract.md).
SHELL := /bin/bash
export PATH := $(CURDIR)/.run/node/bin:$(PATH)

.PHONY: help run stop status test bench openapi api-types clean frontend-deps demo-data audit-deps

help:
	@echo "make run | stop | status | test | bench | demo-data | audit-deps | openapi | api-types | clean"

# Builds everything and starts PostgreSQL, Keycloak, backend and SPA (run profile); does nothing if already up.
run:
	@if scripts/stack.sh status run >/dev/null 2>&1; then \
	  echo "The TeamAround stack is already up (make stop to stop it)."; \
	else \
	  scripts/ensure-node.sh && scripts/keycloak.sh fetch && \
	  echo "Building the backend (mvnw package)" && (cd backend && ./mvnw -q -B package -DskipTests) && \
	  $(MAKE) --no-print-directory frontend-deps && \
	  echo "Building the SPA" && npm --prefix frontend run build && \
	  scripts/stack.sh up run && \
	  $(MAKE) --no-print-directory demo-data; \
	fi
	@echo
	@echo "  SPA                      http://localhost:5173"
	@echo "  API (who am I)           http://localhost:8080/api/v1/me"
	@echo "  OpenAPI                  http://localhost:8080/q/openapi"
	@echo "  Keycloak admin console   http://localhost:8180/admin/  (admin / admin)"
	@echo "  Realm console for admin1 http://localhost:8180/admin/teamaround/console/"
	@echo
	@echo "  Demo users (password: demo)"
	@echo "    senco1         Sarah Cole    referrer, school 100001 Northgate Primary School"
	@echo "    senco2         David Ahmed   referrer, school 100002 Castleford Park Junior School"
	@echo "    practitioner1  Priya Shah    practitioner, Pontefract"
	@echo "    practitioner2  Tom Walsh     practitioner, Castleford"
	@echo "    practitioner3  Grace Obi     practitioner, Airedale"
	@echo "    senior1        Helen Moore   senior + practitioner, Pontefract"
	@echo "    partner1       Chris Green   partner, CAMHS"
	@echo "    admin1         Alex Morgan   admin (and user admin in the realm console)"
	@echo
	@echo "  Stop with: make stop"

# Benchmarks on a generated data set (1M referrals; BENCH_REFERRALS scales it) in a stack of its own, ports 55434,
# 8182 and 8082; writes docs/benchmarks.md. Not part of make test: it takes about 25 minutes and 10 GB here.
bench:
	@scripts/ensure-node.sh && scripts/keycloak.sh fetch && \
	  echo "Building the backend (mvnw package)" && (cd backend && ./mvnw -q -B package -DskipTests) && \
	  scripts/bench.sh

# npm ci when node_modules is missing or package-lock.json is newer than npm's record of the last install.
frontend-deps:
	@if [ ! -f frontend/node_modules/.package-lock.json ] || \
	    [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
	  echo "Installing frontend dependencies (npm ci)"; npm --prefix frontend ci; \
	fi

# The demo local authority (tools/demo-data) into the running stack's service, when it has no referrals yet.
demo-data:
	@scripts/ensure-node.sh
	@if [ ! -f tools/demo-data/node_modules/.package-lock.json ] || \
	    [ tools/demo-data/package-lock.json -nt tools/demo-data/node_modules/.package-lock.json ]; then \
	  npm --prefix tools/demo-data ci --no-audit --no-fund; \
	fi
	@node tools/demo-data/load.mjs

stop:
	@scripts/stack.sh down run

status:
	@scripts/stack.sh status run || true
	@scripts/stack.sh status test || true

# All test suites against the test profile (its own ports), always stopping it afterwards.
test:
	@scripts/test.sh

# Regenerates openapi.yaml from the backend (script written by the lead).
openapi:
	@scripts/export-openapi.sh

# Known vulnerabilities in the dependencies, where the advisory services answer (not part of make test: a new
# advisory would fail CI for reasons outside the change; docs/security/dependency-audit.md).
audit-deps:
	@scripts/ensure-node.sh && scripts/audit-deps.sh

api-types:
	@npm --prefix frontend run generate:api

clean: stop
	@scripts/stack.sh down test
	@echo "Removing .run/test"
	@rm -rf .run/test
