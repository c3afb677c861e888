-- Run once by the postgres image's entrypoint on an empty data volume
-- (files in /docker-entrypoint-initdb.d). Roles and databases as in
-- docs/platform-contract.md. Demo passwords: not for production.
CREATE ROLE teamaround LOGIN PASSWORD 'teamaround';
CREATE DATABASE teamaround OWNER teamaround;
-- The service runs as teamaround_app; the audit trail belongs to teamaround_audit (no login), to which
-- teamaround (the owner, who migrates) may hand it.
CREATE ROLE teamaround_app LOGIN PASSWORD 'teamaround_app';
CREATE ROLE teamaround_audit NOLOGIN;
GRANT teamaround_audit TO teamaround;

CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
CREATE DATABASE keycloak OWNER keycloak;
