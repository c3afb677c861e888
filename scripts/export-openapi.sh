#!/usr/bin/env bash
# Regenerates the root openapi.yaml (the contract) from the backend's annotations: Quarkus writes the
# document it serves into backend/target/openapi at build time (quarkus.smallrye-openapi.store-schema-directory).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
(cd "$root/backend" && ./mvnw -B -q package -DskipTests)
cp "$root/backend/target/openapi/openapi.yaml" "$root/openapi.yaml"
echo "openapi.yaml regenerated; run 'make api-types' for the SPA's types"
