-- Run once by the postgres image's entrypoint on an empty data volume
-- (files in /docker-entrypoint-initdb.d). Roles and databases as in
-- docs/platform-contract.md. Demo passwords: not for production.
CREATE ROLE teamaround LOGIN PASSWORD 'teamaround';
CREATE DATABASE teamaround OWNER teamaround;

CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
CREATE DATABASE keycloak OWNER keycloak;
