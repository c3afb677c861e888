// node --test: docker-compose.yml against the Compose schema and the project's sources.
// Each check runs on the real files and on a broken copy made here, so every check is seen to fail too.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import {
  PATHS, CONTRACT, REPO_ROOT, readRequired, parseComposeText, loadCompose, compileComposeSchema, schemaProblems,
  service, listOrDict, serviceEnv, buildArgs, portMappings, volumeMounts,
  parseProperties, profileValues, parseExpressions, missingEnv, requiredProdEnv,
  backendEnvProblems, backendContractEnvProblems, backendPortProblems,
  viteNamesIn, viteNamesInSource, dockerfileArgs, dockerfileExposed, frontendArgProblems,
  publishedPortProblems, realmMountProblems, realmClientProblems,
  nginxApiProxy, nginxListenPorts, nginxProblems,
  issuerProblems, startOrderProblems, pgInitProblems,
} from '../src/checks.mjs';

function assertNoProblems(problems) {
  assert.deepEqual(problems, [], `\n  ${problems.join('\n  ')}\n`);
}
function assertProblem(problems, pattern) {
  assert.ok(problems.some((p) => pattern.test(p)), `expected a problem matching ${pattern}, got:\n  ${problems.join('\n  ') || '(none)'}`);
}

let compose;
const broken = () => structuredClone(compose);
before(() => {
  compose = loadCompose();
});

// ------------------------------------------------------------------ parsers on fixture strings

describe('parsers (fixtures)', () => {
  it('parses java.util.Properties syntax: comments, separators, continuations, escapes', () => {
    const e = parseProperties([
      '# comment',
      '! also a comment',
      '  a.b = 1',
      'c:2',
      'd 3',
      'long=one,\\',
      '     two',
      'esc\\ key=x\\ty',
      'empty=',
      'trailing.backslash=C:\\\\',
      'next=4',
    ].join('\n'));
    assert.deepEqual(e.map((x) => [x.key, x.value]), [
      ['a.b', '1'], ['c', '2'], ['d', '3'], ['long', 'one,two'], ['esc key', 'x\ty'], ['empty', ''], ['trailing.backslash', 'C:\\'], ['next', '4'],
    ]);
  });

  it('picks the prod profile values: %prod and %a,prod win, %dev/%test do not apply', () => {
    const v = profileValues(parseProperties([
      'x=plain', '%prod.x=prod', '%dev.y=dev-only', '%dev,prod.z=both', 'w=plain', '%test.w=test',
    ].join('\n')));
    assert.equal(v.get('x').value, 'prod');
    assert.equal(v.has('y'), false);
    assert.equal(v.get('z').value, 'both');
    assert.equal(v.get('w').value, 'plain');
  });

  it('parses ${NAME}, ${NAME:default} (colons in the default, nested, empty) and escapes', () => {
    const r = parseExpressions('jdbc=${A} ${B:jdbc:postgresql://h:1/db} ${C:${D}} ${E:} \\${F} $${G} ${quarkus.x}');
    assert.deepEqual(r.map((x) => [x.name, x.hasDefault]), [['A', false], ['B', true], ['C', true], ['E', true], ['quarkus.x', false]]);
    assert.deepEqual(r[2].defaultRefs.map((x) => [x.name, x.hasDefault]), [['D', false]]);
    assert.throws(() => parseExpressions('${A'), /unbalanced/);
  });

  it('finds env vars the prod profile needs: no default, not provided; nested defaults only when the outer is unset', () => {
    const text = [
      'quarkus.datasource.jdbc.url=${TEAMAROUND_DB_URL}',
      '%dev.quarkus.datasource.jdbc.url=${TEAMAROUND_DB_URL:jdbc:postgresql://127.0.0.1:55432/teamaround}',
      '%test.quarkus.datasource.jdbc.url=${TEAMAROUND_DB_URL:jdbc:postgresql://127.0.0.1:55433/teamaround}',
      '%prod.quarkus.oidc.auth-server-url=${TEAMAROUND_OIDC_URL}',
      '%dev,test.quarkus.oidc.auth-server-url=${TEAMAROUND_OIDC_URL:http://localhost:8180/realms/teamaround}',
      'quarkus.http.port=${QUARKUS_HTTP_PORT:8080}',
      'quarkus.oidc.token.audience=${TEAMAROUND_OIDC_AUDIENCE:${FALLBACK_AUDIENCE}}',
      'other.ref=${quarkus.http.port}',
      '%dev.only.dev=${DEV_ONLY}',
    ].join('\n');
    assert.deepEqual(requiredProdEnv(text), ['FALLBACK_AUDIENCE', 'TEAMAROUND_DB_URL', 'TEAMAROUND_OIDC_URL']);
    const values = profileValues(parseProperties(text));
    assert.deepEqual(missingEnv(values, new Set(['TEAMAROUND_DB_URL', 'TEAMAROUND_OIDC_URL', 'TEAMAROUND_OIDC_AUDIENCE'])), []);
    assert.deepEqual(missingEnv(values, new Set(['TEAMAROUND_DB_URL'])).map((m) => m.name).sort(), ['FALLBACK_AUDIENCE', 'TEAMAROUND_OIDC_URL']);
  });

  it('reads compose list_or_dict, port and volume syntaxes', () => {
    assert.deepEqual(listOrDict(['A=1', 'B=x=y', 'C']), { A: '1', B: 'x=y', C: null });
    assert.deepEqual(listOrDict({ A: 1, B: true, C: null }), { A: '1', B: 'true', C: null });
    assert.deepEqual(portMappings({ ports: ['8080', '5173:8080', '127.0.0.1:9000:9000/udp', { target: 80, published: '8081' }] }), [
      { published: null, target: '8080', hostIp: null, protocol: 'tcp' },
      { published: '5173', target: '8080', hostIp: null, protocol: 'tcp' },
      { published: '9000', target: '9000', hostIp: '127.0.0.1', protocol: 'udp' },
      { published: '8081', target: '80', hostIp: null, protocol: 'tcp' },
    ]);
    assert.deepEqual(volumeMounts({ volumes: ['data:/d', './a.json:/x/a.json:ro', '/anon', { type: 'bind', source: './b', target: '/b', read_only: true }] }), [
      { source: 'data', target: '/d', readOnly: false },
      { source: './a.json', target: '/x/a.json', readOnly: true },
      { source: null, target: '/anon', readOnly: false },
      { source: './b', target: '/b', readOnly: true },
    ]);
  });

  it('reads VITE_* names from source text and ARG/EXPOSE from a Dockerfile', () => {
    assert.deepEqual(viteNamesIn('const u = import.meta.env.VITE_KEYCLOAK_URL ?? x; env.VITE_A_1; "MY_VITE_NOT"; VITE_KEYCLOAK_URL'), ['VITE_A_1', 'VITE_KEYCLOAK_URL']);
    const df = 'FROM x AS b\n# ARG COMMENTED\nARG A\nARG B=1 C\nRUN echo \\\n  ARG NOT_ONE\nARG D="x y" E=http://h:1/p\nEXPOSE 8080/tcp 9000\n';
    assert.deepEqual(dockerfileArgs(df), ['A', 'B', 'C', 'D', 'E']);
    assert.deepEqual(dockerfileExposed(df), ['8080', '9000']);
  });

  it('reads the /api/ proxy and listen ports from nginx.conf text', () => {
    const conf = 'server { listen 8080; # listen 1;\n location / { try_files $uri /index.html; }\n location /api/ { proxy_set_header H $host; proxy_pass http://backend:8080; } }';
    assert.deepEqual(nginxApiProxy(conf), { scheme: 'http', host: 'backend', port: '8080', path: '' });
    assert.deepEqual(nginxListenPorts(conf), ['8080']);
    assert.equal(nginxApiProxy('server { location / { } }'), null);
    assert.deepEqual(nginxApiProxy('location /api/ { proxy_pass http://api/v2/; }'), { scheme: 'http', host: 'api', port: '80', path: '/v2/' });
  });

  it('says which file is missing and why', () => {
    assert.throws(() => readRequired(join(REPO_ROOT, 'no', 'such.file'), 'needed for X'), /no\/such\.file is missing: needed for X/);
  });
});

// ------------------------------------------------------------------ (a) schema

describe('(a) docker-compose.yml against the Compose Specification schema', () => {
  let validate;
  before(() => {
    validate = compileComposeSchema();
  });

  it('the vendored schema is the recorded one (compose-spec.source.json)', () => {
    const source = JSON.parse(readFileSync(PATHS.schemaSource, 'utf8'));
    const sha = createHash('sha256').update(readFileSync(PATHS.schema)).digest('hex');
    assert.equal(sha, source.sha256, 'compose-spec.json changed: re-vendor it and record the new source and sha256');
  });

  it('docker-compose.yml is valid', () => {
    assertNoProblems(schemaProblems(validate, compose));
  });

  it('fails, readably, on a broken copy', () => {
    const bad = broken();
    bad.services.backend.ports = [{ target: 8080, publishd: 8080 }];
    bad.services.frontend.depends_on = { backend: { condition: 'healthy' } };
    bad.services.keycloak.restart_policy = 'always';
    const problems = schemaProblems(validate, bad);
    assertProblem(problems, /^services\.backend\.ports\[0\] must NOT have additional properties: 'publishd'$/);
    assertProblem(problems, /^services\.frontend\.depends_on\.backend\.condition must be equal to one of the allowed values: \["service_started","service_healthy","service_completed_successfully"\]$/);
    // the oneOf noise (type mismatches of the other branches) is left out where a branch got further
    assert.ok(!problems.some((p) => /ports\[0\] must be (number|string)|depends_on must be array|exactly one schema in oneOf/.test(p)), problems.join('\n'));
    // ...but kept where a type mismatch is all there is
    const typeOnly = broken();
    typeOnly.services.backend.ports = [true];
    assertProblem(schemaProblems(validate, typeOnly), /^services\.backend\.ports\[0\] must be number$/);
    assertProblem(problems, /^services\.keycloak must NOT have additional properties: 'restart_policy'$/);
  });

  it('fails on YAML that does not parse or repeats a key', () => {
    assert.throws(() => parseComposeText('services:\n  a:\n    image: x\n  a:\n    image: y\n'), /not valid YAML[\s\S]*[Dd]uplicate|not valid YAML[\s\S]*unique/);
    assert.throws(() => parseComposeText('services: [\n'), /not valid YAML/);
  });
});

// ------------------------------------------------------------------ (b) backend

describe('(b) backend environment and port', () => {
  it('services.backend.environment sets the variables the contract says prod needs', () => {
    assertNoProblems(backendContractEnvProblems(compose));
  });

  it('services.backend.environment sets every env var application.properties reads without a default in prod', () => {
    const text = readRequired(PATHS.appProperties, 'the backend configuration whose prod-profile ${NAME} references the compose environment must set');
    assertNoProblems(backendEnvProblems(compose, text));
  });

  it('fails, on the real application.properties, for each of its prod variables compose leaves out', () => {
    const text = readRequired(PATHS.appProperties, 'the backend configuration');
    const names = requiredProdEnv(text);
    assert.ok(names.length > 0, 'application.properties reads no env var without a default in prod: expected at least the contract ones');
    for (const n of CONTRACT.backendProdEnv) assert.ok(names.includes(n), `application.properties (prod) does not read \${${n}} without a default, as the contract says; it reads: ${names.join(', ')}`);
    for (const n of names) {
      const bad = broken();
      delete bad.services.backend.environment[n];
      assertProblem(backendEnvProblems(bad, text), new RegExp(`\\$\\{${n}\\}`));
    }
  });

  it('fails when a variable is missing (contract and properties)', () => {
    const bad = broken();
    delete bad.services.backend.environment.TEAMAROUND_OIDC_AUDIENCE;
    bad.services.backend.environment.TEAMAROUND_DB_PASSWORD = null; // "from the host" does not count
    assertProblem(backendContractEnvProblems(bad), /lacks TEAMAROUND_OIDC_AUDIENCE/);
    const props = '%prod.quarkus.oidc.token.audience=${TEAMAROUND_OIDC_AUDIENCE}\nquarkus.datasource.password=${TEAMAROUND_DB_PASSWORD}\nquarkus.http.port=${QUARKUS_HTTP_PORT:8080}\n';
    const problems = backendEnvProblems(bad, props);
    assertProblem(problems, /\$\{TEAMAROUND_OIDC_AUDIENCE\} for quarkus\.oidc\.token\.audience/);
    assertProblem(problems, /\$\{TEAMAROUND_DB_PASSWORD\}/);
    assert.equal(problems.length, 2, problems.join('\n'));
    assertNoProblems(backendEnvProblems(compose, props));
  });

  it('publishes the HTTP port (QUARKUS_HTTP_PORT) on host port 8080, and the image and healthcheck agree', () => {
    assertNoProblems(backendPortProblems(compose, readRequired(PATHS.backendDockerfile, 'the backend image')));
  });

  it('fails when the published port, QUARKUS_HTTP_PORT, EXPOSE or the healthcheck disagree', () => {
    const bad = broken();
    bad.services.backend.ports = ['8080:9090'];
    assertProblem(backendPortProblems(bad), /no published port targets the HTTP port 8080/);
    const bad2 = broken();
    bad2.services.backend.environment.QUARKUS_HTTP_PORT = '9090';
    const p2 = backendPortProblems(bad2, 'FROM x\nEXPOSE 8080\n');
    assertProblem(p2, /QUARKUS_HTTP_PORT is 9090/);
    assertProblem(p2, /EXPOSEs 8080, not 9090/);
    assertProblem(p2, /healthcheck port 8080 is not the HTTP port 9090/);
    const bad3 = broken();
    bad3.services.backend.ports = ['18080:8080'];
    assertProblem(backendPortProblems(bad3), /published on host port 18080/);
  });
});

// ------------------------------------------------------------------ (c) frontend build args

describe('(c) frontend build args', () => {
  const dockerfile = () => readRequired(PATHS.frontendDockerfile, 'the SPA image');

  it('cover the contract VITE_* names, each an ARG in frontend/Dockerfile', () => {
    assertNoProblems(frontendArgProblems(compose, CONTRACT.spaViteEnv, dockerfile()));
  });

  it('cover every VITE_* name under frontend/src, each an ARG in frontend/Dockerfile', () => {
    const names = viteNamesInSource();
    assert.ok(names.length > 0, 'frontend/src reads no VITE_* name: expected at least the Keycloak ones');
    assertNoProblems(frontendArgProblems(compose, names, dockerfile()));
  });

  it('fails, on the real frontend/src names, for each one compose or the Dockerfile leaves out', () => {
    const names = viteNamesInSource();
    for (const n of names) {
      const bad = broken();
      delete bad.services.frontend.build.args[n];
      assertProblem(frontendArgProblems(bad, names, dockerfile()), new RegExp(`reads ${n} but services`));
      const df = dockerfile().split('\n').filter((l) => !new RegExp(`^ARG ${n}\\b`).test(l)).join('\n');
      assertProblem(frontendArgProblems(compose, names, df), new RegExp(`reads ${n} but frontend/Dockerfile has no ARG`));
    }
  });

  it('finds the names in a source tree, leaving test files out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compose-check-src-'));
    try {
      mkdirSync(join(dir, 'auth'));
      mkdirSync(join(dir, '__tests__'));
      mkdirSync(join(dir, 'test'));
      writeFileSync(join(dir, 'test', 'setup.ts'), 'vi.stubEnv("VITE_SETUP_ONLY", "x")');
      writeFileSync(join(dir, 'auth', 'keycloak.ts'), 'new Keycloak({ url: import.meta.env.VITE_KEYCLOAK_URL, realm: import.meta.env.VITE_KEYCLOAK_REALM })');
      writeFileSync(join(dir, 'main.tsx'), 'import.meta.env.VITE_EXTRA_FLAG');
      writeFileSync(join(dir, 'main.test.tsx'), 'import.meta.env.VITE_ONLY_IN_TEST');
      writeFileSync(join(dir, '__tests__', 'x.ts'), 'import.meta.env.VITE_ALSO_TEST');
      writeFileSync(join(dir, 'logo.svg'), 'VITE_NOT_SOURCE');
      assert.deepEqual(viteNamesInSource(dir), ['VITE_EXTRA_FLAG', 'VITE_KEYCLOAK_REALM', 'VITE_KEYCLOAK_URL']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.throws(() => viteNamesInSource(join(REPO_ROOT, 'frontend', 'no-such-src')), /is missing/);
  });

  it('fails when a name has no build arg or no ARG', () => {
    const bad = broken();
    delete bad.services.frontend.build.args.VITE_KEYCLOAK_CLIENT_ID;
    const df = dockerfile().replace(/^ARG VITE_KEYCLOAK_REALM.*$/m, '');
    const problems = frontendArgProblems(bad, [...CONTRACT.spaViteEnv, 'VITE_NEW_THING'], df);
    assertProblem(problems, /reads VITE_KEYCLOAK_CLIENT_ID but services\.frontend\.build\.args/);
    assertProblem(problems, /reads VITE_KEYCLOAK_REALM but frontend\/Dockerfile has no ARG/);
    assertProblem(problems, /reads VITE_NEW_THING but services\.frontend\.build\.args/);
    assertProblem(problems, /reads VITE_NEW_THING but frontend\/Dockerfile has no ARG/);
  });
});

// ------------------------------------------------------------------ (d) ports and realm mount

describe('(d) published ports and the realm mount', () => {
  it('frontend on host port 5173, keycloak on 8180', () => {
    assertNoProblems(publishedPortProblems(compose));
  });

  it('keycloak imports ./keycloak/teamaround-realm.json, read-only, and the file exists', () => {
    assertNoProblems(realmMountProblems(compose));
  });

  it('the realm file lets the SPA on host port 5173 log in (realm, client, redirect URI, web origin)', () => {
    const realm = JSON.parse(readRequired(PATHS.realm, 'the realm Keycloak imports'));
    assertNoProblems(realmClientProblems(compose, realm));
  });

  it('fails when the realm does not fit the SPA', () => {
    const realm = { realm: 'other', clients: [{ clientId: 'teamaround-spa', publicClient: true, redirectUris: ['http://localhost:5174/*'], webOrigins: ['http://localhost:5174'] }] };
    const problems = realmClientProblems(compose, realm);
    assertProblem(problems, /defines realm 'other', the SPA is built for 'teamaround'/);
    assertProblem(problems, /no redirect URI http:\/\/localhost:5173\/\*/);
    assertProblem(problems, /does not allow the web origin http:\/\/localhost:5173/);
    assertProblem(realmClientProblems(compose, { realm: 'teamaround', clients: [] }), /no client 'teamaround-spa'/);
  });

  it('fails on wrong ports', () => {
    const bad = broken();
    bad.services.frontend.ports = ['3000:8080'];
    bad.services.keycloak.ports = ['8180:8080', '9000:9000'];
    const problems = publishedPortProblems(bad);
    assertProblem(problems, /frontend: not published on host port 5173/);
    assertProblem(problems, /host port 8180 leads to 8080, but Keycloak listens on KC_HTTP_PORT 8180/);
  });

  it('fails on a wrong, writable or dangling realm mount', () => {
    const bad = broken();
    bad.services.keycloak.volumes = ['./keycloak/other-realm.json:/opt/keycloak/data/import/teamaround-realm.json'];
    const problems = realmMountProblems(bad);
    assertProblem(problems, /import mount comes from \.\/keycloak\/other-realm\.json/);
    assertProblem(problems, /not read-only/);
    assertProblem(problems, /realm file keycloak\/other-realm\.json does not exist/);
    const none = broken();
    none.services.keycloak.volumes = [];
    assertProblem(realmMountProblems(none), /nothing is mounted into \/opt\/keycloak\/data\/import/);
  });
});

// ------------------------------------------------------------------ (e) nginx

describe('(e) nginx.conf', () => {
  const conf = () => readRequired(PATHS.nginxConf, 'the SPA server configuration');

  it('proxies /api/ to the backend service on its HTTP port, path unchanged, SPA fallback, listens where published', () => {
    assertNoProblems(nginxProblems(compose, conf()));
  });

  it('fails on a wrong host, port, rewritten path, missing fallback or listen port', () => {
    const c = conf();
    assertProblem(nginxProblems(compose, c.replace('http://backend:8080', 'http://backend:8081')), /proxied to port 8081, the backend listens on 8080/);
    assertProblem(nginxProblems(compose, c.replace('http://backend:8080', 'http://api:8080')), /'api', which is not a compose service/);
    assertProblem(nginxProblems(compose, c.replace('http://backend:8080', 'http://backend:8080/')), /carries the URI '\/'/);
    assertProblem(nginxProblems(compose, c.replace(/try_files \$uri \$uri\/ \/index\.html;/, 'try_files $uri =404;')), /does not fall back to \/index\.html/);
    assertProblem(nginxProblems(compose, c.replace('listen 8080;', 'listen 80;')), /listens on 80, but the frontend publishes container port 8080/);
    assertProblem(nginxProblems(compose, c.replace('location /api/', 'location /v1/')), /no `location \/api\/` block/);
    const bad = broken();
    bad.services.backend.environment.QUARKUS_HTTP_PORT = '9090';
    assertProblem(nginxProblems(bad, c), /the backend listens on 9090/);
  });
});

// ------------------------------------------------------------------ (f) issuer, start order, health, postgres init

describe('(f) issuer, start order, healthchecks, postgres init', () => {
  it('browser, Keycloak and backend agree on the issuer (KC_HOSTNAME + backchannel dynamic)', () => {
    assertNoProblems(issuerProblems(compose));
  });

  it('fails when the issuer set-up is broken', () => {
    const bad = broken();
    bad.services.keycloak.environment.KC_HOSTNAME = 'localhost';
    delete bad.services.keycloak.environment.KC_HOSTNAME_BACKCHANNEL_DYNAMIC;
    bad.services.backend.environment.TEAMAROUND_OIDC_URL = 'http://localhost:8180/realms/teamaround';
    const problems = issuerProblems(bad);
    assertProblem(problems, /KC_HOSTNAME is localhost/);
    assertProblem(problems, /VITE_KEYCLOAK_URL \(http:\/\/localhost:8180\) differs from KC_HOSTNAME/);
    assertProblem(problems, /KC_HOSTNAME_BACKCHANNEL_DYNAMIC is not true/);
    assertProblem(problems, /TEAMAROUND_OIDC_URL is http:\/\/localhost:8180/);
  });

  it('postgres -> keycloak -> backend start healthy, frontend after backend; health endpoints are enabled', () => {
    assertNoProblems(startOrderProblems(compose));
  });

  it('fails when the start order or a healthcheck is broken', () => {
    const bad = broken();
    bad.services.backend.depends_on = { keycloak: { condition: 'service_started' } };
    delete bad.services.postgres.healthcheck;
    bad.services.keycloak.environment.KC_HEALTH_ENABLED = 'false';
    bad.services.keycloak.healthcheck.test = ['CMD', 'curl', '-f', 'http://localhost:8180/health/ready'];
    delete bad.services.frontend.depends_on;
    const problems = startOrderProblems(bad);
    assertProblem(problems, /backend: depends on keycloak with service_started/);
    assertProblem(problems, /postgres: has no healthcheck/);
    assertProblem(problems, /KC_HEALTH_ENABLED is not true/);
    assertProblem(problems, /uses curl\/wget/);
    assertProblem(problems, /does not use the management port 9000/);
    assertProblem(problems, /frontend: does not depend on backend/);
  });

  it('the postgres init SQL creates the contract roles and databases', () => {
    const sql = readdirSync(PATHS.pgInit).filter((f) => f.endsWith('.sql')).map((f) => readFileSync(join(PATHS.pgInit, f), 'utf8')).join('\n');
    assertNoProblems(pgInitProblems(sql));
    assertProblem(pgInitProblems(sql.replace(/CREATE DATABASE keycloak OWNER keycloak;/, '')), /no CREATE DATABASE keycloak OWNER keycloak/);
    assertProblem(pgInitProblems(sql.replace(/CREATE ROLE teamaround_audit NOLOGIN;/, '')), /no CREATE ROLE teamaround_audit NOLOGIN/);
    assertProblem(pgInitProblems(sql.replace(/GRANT teamaround_audit TO teamaround;/, '')), /no GRANT teamaround_audit TO teamaround/);
    assertProblem(pgInitProblems(sql.replace("PASSWORD 'teamaround'", "PASSWORD 'x'")), /no CREATE ROLE teamaround LOGIN PASSWORD 'teamaround'/);
  });

  // The healthchecks are bash /dev/tcp one-liners (the images have no curl). Run them, as written in the
  // compose file, against a local HTTP server that answers 200 and then 503.
  for (const [name, port, path] of [['keycloak', 9000, '/health/ready'], ['backend', 8080, '/q/health/ready']]) {
    it(`the ${name} healthcheck command passes on 200 and fails on 503 (run with bash)`, async () => {
      const test = service(compose, name).healthcheck.test;
      assert.equal(test[0], 'CMD');
      assert.equal(test[1], 'bash');
      assert.equal(test[2], '-c');
      let status = 200;
      const seen = [];
      const server = createServer((req, res) => {
        seen.push(`${req.method} ${req.url}`);
        res.statusCode = req.url === path ? status : 404;
        res.end(req.method === 'HEAD' ? undefined : '{"status":"UP"}');
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      const script = test[3].replace(`/dev/tcp/127.0.0.1/${port}`, `/dev/tcp/127.0.0.1/${server.address().port}`);
      assert.notEqual(script, test[3], `the ${name} healthcheck does not connect to 127.0.0.1:${port}`);
      const run = () => new Promise((r) => execFile('bash', ['-c', script], { timeout: 5000 }, (err) => r(err ? (err.code ?? 'error') : 0)));
      try {
        assert.equal(await run(), 0, `healthcheck failed against a 200 answer (requests: ${seen.join(', ')})`);
        status = 503;
        assert.notEqual(await run(), 0, 'healthcheck passed against a 503 answer');
        assert.ok(seen.every((s) => s.endsWith(` ${path}`)), `unexpected requests: ${seen.join(', ')}`);
      } finally {
        server.close();
      }
    });
  }
});
