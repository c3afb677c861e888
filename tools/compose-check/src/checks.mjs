// Checks of docker-compose.yml against the Compose Specification schema and against the project's
// sources (docs/platform-contract.md). Every check is a pure function that returns a list of problems
// (strings); an empty list means the check passed. The tests in ../test/ run them on the real files and
// on broken copies.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const TOOL_DIR = resolve(here, '..');
export const REPO_ROOT = resolve(TOOL_DIR, '..', '..');

export const PATHS = {
  compose: join(REPO_ROOT, 'docker-compose.yml'),
  schema: join(TOOL_DIR, 'compose-spec.json'),
  schemaSource: join(TOOL_DIR, 'compose-spec.source.json'),
  appProperties: join(REPO_ROOT, 'backend', 'src', 'main', 'resources', 'application.properties'),
  backendDockerfile: join(REPO_ROOT, 'backend', 'Dockerfile'),
  frontendSrc: join(REPO_ROOT, 'frontend', 'src'),
  frontendDockerfile: join(REPO_ROOT, 'frontend', 'Dockerfile'),
  nginxConf: join(REPO_ROOT, 'frontend', 'nginx.conf'),
  realm: join(REPO_ROOT, 'keycloak', 'teamaround-realm.json'),
  pgInit: join(REPO_ROOT, 'compose', 'postgres', 'initdb'),
};

// What docs/platform-contract.md fixes; used where a source file may not exist yet, and as a floor.
export const CONTRACT = {
  backendProdEnv: ['TEAMAROUND_DB_URL', 'TEAMAROUND_DB_USER', 'TEAMAROUND_DB_PASSWORD', 'TEAMAROUND_DB_OWNER_USER', 'TEAMAROUND_DB_OWNER_PASSWORD', 'TEAMAROUND_OIDC_URL', 'TEAMAROUND_OIDC_AUDIENCE'],
  backendPort: 8080,
  spaViteEnv: ['VITE_KEYCLOAK_URL', 'VITE_KEYCLOAK_REALM', 'VITE_KEYCLOAK_CLIENT_ID'],
  spaPort: 5173,
  keycloakPort: 8180,
  keycloakMgmtPort: 9000,
  realm: 'teamaround',
  realmFile: 'keycloak/teamaround-realm.json',
  audience: 'teamaround-backend',
  spaClientId: 'teamaround-spa',
};

/** Reads a file, failing with a message that says which file and why it matters. */
export function readRequired(path, why) {
  if (!existsSync(path)) {
    throw new Error(`${relative(REPO_ROOT, path)} is missing: ${why}`);
  }
  return readFileSync(path, 'utf8');
}

// ---------------------------------------------------------------- compose file and schema

/** Parses YAML text; YAML errors (including duplicate keys) are thrown with their line. */
export function parseComposeText(text) {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    throw new Error(`docker-compose.yml is not valid YAML:\n${doc.errors.map((e) => e.message).join('\n')}`);
  }
  return doc.toJS({ maxAliasCount: 100 });
}

export function loadCompose(path = PATHS.compose) {
  return parseComposeText(readRequired(path, 'the compose file under test'));
}

/**
 * Compiles the vendored Compose schema. It declares "$schema": "https://json-schema.org/draft-07/schema"
 * (https, no '#'), while Ajv registers draft-07 as http://json-schema.org/draft-07/schema#: the same
 * meta-schema is added under the https name so the schema itself is still checked against draft-07.
 * Union types ("type": ["string", "number"]) are used throughout the schema, hence allowUnionTypes.
 */
export function compileComposeSchema(schemaPath = PATHS.schema) {
  const schema = JSON.parse(readRequired(schemaPath, 'the vendored Compose Specification schema'));
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false });
  const draft7 = JSON.parse(readFileSync(join(TOOL_DIR, 'node_modules', 'ajv', 'dist', 'refs', 'json-schema-draft-07.json'), 'utf8'));
  if (schema.$schema && !ajv.getSchema(schema.$schema)) {
    if (!/json-schema\.org\/draft-07\/schema#?$/.test(schema.$schema)) {
      throw new Error(`compose-spec.json declares ${schema.$schema}; compileComposeSchema expects draft-07`);
    }
    ajv.addMetaSchema({ ...draft7, $id: schema.$schema });
  }
  return ajv.compile(schema);
}

/** "services.backend.ports[0]" from "/services/backend/ports/0". */
function readablePath(instancePath) {
  if (!instancePath) return '(top level)';
  return instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

/**
 * Ajv errors as one line each: where, what, and the detail Ajv keeps in params. A oneOf reports every
 * branch it tried; where a branch got further than a type mismatch, the "must be <type>" lines of the
 * other branches and the "must match exactly one schema in oneOf" summary at that place are left out.
 */
export function formatSchemaErrors(errors) {
  const list = errors ?? [];
  const specificAtOrBelow = (path) => list.some((e) => !['type', 'oneOf', 'anyOf'].includes(e.keyword) && (e.instancePath === path || e.instancePath.startsWith(`${path}/`)));
  const lines = [];
  for (const e of list) {
    if (['type', 'oneOf', 'anyOf'].includes(e.keyword) && specificAtOrBelow(e.instancePath)) continue;
    let detail = '';
    if (e.params?.additionalProperty) detail = `: '${e.params.additionalProperty}'`;
    else if (e.params?.allowedValues) detail = `: ${JSON.stringify(e.params.allowedValues)}`;
    else if (e.params?.missingProperty) detail = `: '${e.params.missingProperty}'`;
    const line = `${readablePath(e.instancePath)} ${e.message}${detail}`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

export function schemaProblems(validate, compose) {
  return validate(compose) ? [] : formatSchemaErrors(validate.errors);
}

// ---------------------------------------------------------------- compose helpers

export function service(compose, name) {
  const s = compose?.services?.[name];
  if (!s) throw new Error(`docker-compose.yml has no service '${name}'`);
  return s;
}

/** A list_or_dict (environment, build.args) as a plain object; "K" alone or K: null means "from the host". */
export function listOrDict(value) {
  if (!value) return {};
  if (Array.isArray(value)) {
    const out = {};
    for (const item of value) {
      const s = String(item);
      const i = s.indexOf('=');
      out[i < 0 ? s : s.slice(0, i)] = i < 0 ? null : s.slice(i + 1);
    }
    return out;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]));
}

export const serviceEnv = (svc) => listOrDict(svc.environment);
export const buildArgs = (svc) => (typeof svc.build === 'object' && svc.build ? listOrDict(svc.build.args) : {});

/**
 * Port mappings of a service as {published, target, hostIp, protocol}: the short syntax
 * ("8080", "8080:80", "127.0.0.1:8080:80", "8080:80/tcp") and the long one.
 */
export function portMappings(svc) {
  return (svc.ports ?? []).map((p) => {
    if (typeof p === 'object') {
      return { published: p.published === undefined ? null : String(p.published), target: String(p.target), hostIp: p.host_ip ?? null, protocol: p.protocol ?? 'tcp' };
    }
    let s = String(p);
    let protocol = 'tcp';
    const slash = s.indexOf('/');
    if (slash >= 0) {
      protocol = s.slice(slash + 1);
      s = s.slice(0, slash);
    }
    const parts = s.split(':');
    if (parts.length === 1) return { published: null, target: parts[0], hostIp: null, protocol };
    const target = parts.pop();
    const published = parts.pop();
    return { published, target, hostIp: parts.length ? parts.join(':') : null, protocol };
  });
}

/** Volume mounts as {source, target, readOnly}: "src:dst[:ro]" or the long syntax. */
export function volumeMounts(svc) {
  return (svc.volumes ?? []).map((v) => {
    if (typeof v === 'object') return { source: v.source ?? null, target: v.target, readOnly: v.read_only === true || v.read_only === 'true' };
    const parts = String(v).split(':');
    if (parts.length === 1) return { source: null, target: parts[0], readOnly: false };
    const mode = parts.length >= 3 ? parts.slice(2).join(':') : '';
    return { source: parts[0], target: parts[1], readOnly: mode.split(',').includes('ro') };
  });
}

// ---------------------------------------------------------------- application.properties

function unescapeProperties(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c) => {
    if (c[0] === 'u' && c.length === 5) return String.fromCharCode(parseInt(c.slice(1), 16));
    return { t: '\t', n: '\n', r: '\r', f: '\f' }[c] ?? (c === '$' ? '\\$' : c); // keep \$ (an escaped expression) visible
  });
}

/** java.util.Properties syntax: comments (# !), continuation lines, = : or blank as separator, escapes. */
export function parseProperties(text) {
  const entries = [];
  const physical = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i].replace(/^[ \t\f]+/, '');
    if (line === '' || line[0] === '#' || line[0] === '!') continue;
    const lineNo = i + 1;
    // An odd number of trailing backslashes continues the logical line.
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < physical.length) {
      line = line.slice(0, -1) + physical[++i].replace(/^[ \t\f]+/, '');
    }
    let k = 0;
    while (k < line.length && !/[=: \t\f]/.test(line[k])) k += line[k] === '\\' ? 2 : 1;
    const rawKey = line.slice(0, k);
    let rest = line.slice(k).replace(/^[ \t\f]*/, '');
    if (rest[0] === '=' || rest[0] === ':') rest = rest.slice(1).replace(/^[ \t\f]*/, '');
    entries.push({ key: unescapeProperties(rawKey), value: unescapeProperties(rest), line: lineNo });
  }
  return entries;
}

/**
 * The values a Quarkus prod run sees: "%prod.k" (or "%a,prod.k") wins over "k"; keys only for other
 * profiles ("%dev.k", "%test.k") do not apply.
 */
export function profileValues(entries, profile = 'prod') {
  const plain = new Map();
  const profiled = new Map();
  for (const e of entries) {
    const m = /^%([^.]+)\.(.+)$/.exec(e.key);
    if (!m) plain.set(e.key, e);
    else if (m[1].split(',').map((p) => p.trim()).includes(profile)) profiled.set(m[2], e);
  }
  const out = new Map(plain);
  for (const [k, e] of profiled) out.set(k, e);
  return out;
}

/**
 * Property expressions in a value: ${NAME}, ${NAME:default} (the default may itself hold expressions,
 * and may be empty), with $$ and \$ as escapes. Returns [{name, hasDefault, defaultRefs, nameRefs}].
 */
export function parseExpressions(value) {
  const refs = [];
  let i = 0;
  while (i < value.length) {
    if (value[i] === '\\' && value[i + 1] === '$') { i += 2; continue; }
    if (value[i] === '$' && value[i + 1] === '$') { i += 2; continue; }
    if (value[i] === '$' && value[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      let colon = -1;
      while (j < value.length && depth > 0) {
        if (value[j] === '$' && value[j + 1] === '{') { depth++; j += 2; continue; }
        if (value[j] === '}') { depth--; if (depth === 0) break; }
        else if (value[j] === ':' && depth === 1 && colon < 0) colon = j;
        j++;
      }
      if (depth !== 0) throw new Error(`unbalanced \${ in property value: ${value}`);
      const body = value.slice(i + 2, j);
      const nameText = colon < 0 ? body : value.slice(i + 2, colon);
      const defText = colon < 0 ? null : value.slice(colon + 1, j);
      refs.push({
        name: nameText,
        hasDefault: defText !== null,
        defaultRefs: defText === null ? [] : parseExpressions(defText),
        nameRefs: nameText.includes('${') ? parseExpressions(nameText) : [],
      });
      i = j + 1;
      continue;
    }
    i++;
  }
  return refs;
}

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/**
 * Env vars a run with `provided` (a Set of names) still lacks: a ${NAME} without default whose NAME is
 * not provided; for ${NAME:default} the default's own references count only when NAME is not provided.
 * Only upper-case names are env vars; ${quarkus.x} style references name other properties and are skipped.
 */
export function missingEnv(values, provided) {
  const missing = [];
  const walk = (refs, key) => {
    for (const r of refs) {
      walk(r.nameRefs, key);
      if (!ENV_NAME.test(r.name)) continue;
      if (provided.has(r.name)) continue;
      if (r.hasDefault) walk(r.defaultRefs, key);
      else missing.push({ name: r.name, key });
    }
  };
  for (const [key, e] of values) walk(parseExpressions(e.value), key);
  return missing;
}

/** Env vars the prod profile reads without a default (what a run with nothing provided lacks). */
export function requiredProdEnv(propertiesText) {
  const miss = missingEnv(profileValues(parseProperties(propertiesText), 'prod'), new Set());
  return [...new Set(miss.map((m) => m.name))].sort();
}

// ---------------------------------------------------------------- (b) backend

export function backendEnvProblems(compose, propertiesText) {
  const env = serviceEnv(service(compose, 'backend'));
  const provided = new Set(Object.entries(env).filter(([, v]) => v !== null && v !== '').map(([k]) => k));
  const problems = [];
  const values = profileValues(parseProperties(propertiesText), 'prod');
  for (const m of missingEnv(values, provided)) {
    problems.push(`backend: application.properties (prod) reads \${${m.name}} for ${m.key} without a default, and services.backend.environment does not set it`);
  }
  return [...new Set(problems)];
}

export function backendContractEnvProblems(compose) {
  const env = serviceEnv(service(compose, 'backend'));
  return CONTRACT.backendProdEnv.filter((n) => !env[n]).map((n) => `backend: services.backend.environment lacks ${n} (docs/platform-contract.md: no default in prod)`);
}

export function backendPortProblems(compose, backendDockerfileText) {
  const svc = service(compose, 'backend');
  const env = serviceEnv(svc);
  const problems = [];
  const httpPort = env.QUARKUS_HTTP_PORT;
  if (!httpPort) problems.push('backend: services.backend.environment lacks QUARKUS_HTTP_PORT');
  if (httpPort && httpPort !== String(CONTRACT.backendPort)) problems.push(`backend: QUARKUS_HTTP_PORT is ${httpPort}, the contract says ${CONTRACT.backendPort}`);
  const maps = portMappings(svc);
  const toHttp = maps.filter((m) => m.target === httpPort);
  if (!toHttp.length) problems.push(`backend: no published port targets the HTTP port ${httpPort} (ports: ${JSON.stringify(svc.ports ?? [])})`);
  for (const m of toHttp) {
    if (m.published !== String(CONTRACT.backendPort)) problems.push(`backend: HTTP port ${httpPort} is published on host port ${m.published}, the contract says ${CONTRACT.backendPort}`);
  }
  for (const m of maps.filter((m) => m.target !== httpPort)) problems.push(`backend: published port ${m.published}:${m.target} does not lead to the HTTP port ${httpPort}`);
  const hc = healthcheckText(svc);
  if (!hc.includes('/q/health/ready')) problems.push('backend: healthcheck does not ask /q/health/ready');
  const hcPort = /\/dev\/tcp\/[^/\s"']+\/(\d+)|localhost:(\d+)|127\.0\.0\.1:(\d+)/.exec(hc);
  if (hcPort && (hcPort[1] ?? hcPort[2] ?? hcPort[3]) !== httpPort) problems.push(`backend: healthcheck port ${hcPort[1] ?? hcPort[2] ?? hcPort[3]} is not the HTTP port ${httpPort}`);
  if (backendDockerfileText !== undefined) {
    const exposed = dockerfileExposed(backendDockerfileText);
    if (!exposed.includes(httpPort)) problems.push(`backend: backend/Dockerfile EXPOSEs ${exposed.join(', ') || 'nothing'}, not ${httpPort}`);
  }
  return problems;
}

// ---------------------------------------------------------------- (c) frontend build args

const SOURCE_EXT = /\.(m?[jt]sx?|cjs|cts|mts|vue|svelte|html)$/;
const TEST_FILE = /(\.(test|spec)\.[^.]+$)|(^|[\\/])(__tests__|test|tests)[\\/]/;

function walkFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walkFiles(p, out);
    else out.push(p);
  }
  return out;
}

/** VITE_* names in source text. */
export function viteNamesIn(text) {
  return [...new Set(text.match(/\bVITE_[A-Z0-9_]+/g) ?? [])].sort();
}

/** VITE_* names the SPA reads: every source file under frontend/src, test files left out. */
export function viteNamesInSource(srcDir = PATHS.frontendSrc) {
  if (!existsSync(srcDir)) throw new Error(`${relative(REPO_ROOT, srcDir)} is missing: the SPA sources whose VITE_* names the compose build args must cover`);
  const names = new Set();
  for (const f of walkFiles(srcDir)) {
    if (!SOURCE_EXT.test(f) || TEST_FILE.test(relative(srcDir, f))) continue;
    for (const n of viteNamesIn(readFileSync(f, 'utf8'))) names.add(n);
  }
  return [...names].sort();
}

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function dockerfileInstructions(text) {
  const out = [];
  let cur = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!cur && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) { cur += line.slice(0, -1) + ' '; continue; }
    cur += line;
    if (cur.trim()) out.push(cur.trim());
    cur = '';
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** ARG names declared in a Dockerfile (ARG A, ARG A=default, ARG A B=c). */
export function dockerfileArgs(text) {
  const names = new Set();
  for (const ins of dockerfileInstructions(text)) {
    const m = /^ARG\s+(.+)$/i.exec(ins);
    if (!m) continue;
    // NAME, NAME=value, NAME="quoted value", several on one line.
    for (const t of m[1].matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?:=(?:"(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g)) names.add(t[1]);
  }
  return [...names].sort();
}

export function dockerfileExposed(text) {
  const ports = [];
  for (const ins of dockerfileInstructions(text)) {
    const m = /^EXPOSE\s+(.+)$/i.exec(ins);
    if (m) for (const p of m[1].split(/\s+/)) ports.push(p.split('/')[0]);
  }
  return ports;
}

export function frontendArgProblems(compose, viteNames, frontendDockerfileText) {
  const args = buildArgs(service(compose, 'frontend'));
  const declared = new Set(dockerfileArgs(frontendDockerfileText));
  const problems = [];
  for (const n of viteNames) {
    if (args[n] === undefined || args[n] === null || args[n] === '') problems.push(`frontend: the SPA reads ${n} but services.frontend.build.args does not set it`);
    if (!declared.has(n)) problems.push(`frontend: the SPA reads ${n} but frontend/Dockerfile has no ARG ${n}`);
  }
  return problems;
}

// ---------------------------------------------------------------- (d) published ports, realm mount

export function publishedPortProblems(compose) {
  const problems = [];
  const fe = portMappings(service(compose, 'frontend'));
  if (!fe.some((m) => m.published === String(CONTRACT.spaPort))) problems.push(`frontend: not published on host port ${CONTRACT.spaPort} (ports: ${JSON.stringify(service(compose, 'frontend').ports ?? [])})`);
  const kcSvc = service(compose, 'keycloak');
  const kcEnv = serviceEnv(kcSvc);
  const kc = portMappings(kcSvc);
  const kcHttp = kcEnv.KC_HTTP_PORT ?? '8080';
  const pub = kc.find((m) => m.published === String(CONTRACT.keycloakPort));
  if (!pub) problems.push(`keycloak: not published on host port ${CONTRACT.keycloakPort}`);
  else if (pub.target !== kcHttp) problems.push(`keycloak: host port ${CONTRACT.keycloakPort} leads to ${pub.target}, but Keycloak listens on KC_HTTP_PORT ${kcHttp}`);
  if (pub && pub.published !== pub.target) problems.push(`keycloak: host port ${pub.published} and container port ${pub.target} differ; the browser and the backend would then see different ports, and the issuer would not match`);
  return problems;
}

export function realmMountProblems(compose, composeDir = REPO_ROOT) {
  const problems = [];
  const mounts = volumeMounts(service(compose, 'keycloak'));
  const m = mounts.find((v) => v.target?.startsWith('/opt/keycloak/data/import'));
  if (!m) return ['keycloak: nothing is mounted into /opt/keycloak/data/import (the realm to import)'];
  const wanted = resolve(REPO_ROOT, CONTRACT.realmFile);
  const src = m.source ? resolve(composeDir, m.source) : null;
  if (src !== wanted) problems.push(`keycloak: the import mount comes from ${m.source}, expected ./${CONTRACT.realmFile}`);
  if (!m.readOnly) problems.push('keycloak: the realm mount is not read-only (:ro)');
  if (!m.target.endsWith('.json') && m.target !== '/opt/keycloak/data/import' && m.target !== '/opt/keycloak/data/import/') problems.push(`keycloak: realm mounted at ${m.target}; --import-realm reads *.json in /opt/keycloak/data/import`);
  const cmd = [].concat(service(compose, 'keycloak').command ?? []).join(' ');
  if (!/--import-realm/.test(cmd)) problems.push('keycloak: command lacks --import-realm');
  if (src && !existsSync(src)) problems.push(`keycloak: the realm file ${relative(REPO_ROOT, src)} does not exist`);
  return problems;
}

/** The imported realm lets the SPA, as compose publishes it, log in: realm and client names, redirect URI, origin. */
export function realmClientProblems(compose, realm) {
  const problems = [];
  const args = buildArgs(service(compose, 'frontend'));
  const spaPorts = portMappings(service(compose, 'frontend')).map((m) => m.published).filter(Boolean);
  if (realm.realm !== args.VITE_KEYCLOAK_REALM) problems.push(`realm: the file defines realm '${realm.realm}', the SPA is built for '${args.VITE_KEYCLOAK_REALM}'`);
  const client = (realm.clients ?? []).find((c) => c.clientId === args.VITE_KEYCLOAK_CLIENT_ID);
  if (!client) return [...problems, `realm: no client '${args.VITE_KEYCLOAK_CLIENT_ID}' (VITE_KEYCLOAK_CLIENT_ID)`];
  for (const port of spaPorts) {
    const origin = `http://localhost:${port}`;
    if (!(client.redirectUris ?? []).some((u) => u === `${origin}/*` || u === '*')) problems.push(`realm: client ${client.clientId} has no redirect URI ${origin}/* for the SPA published on ${port}`);
    if (!(client.webOrigins ?? []).some((o) => o === origin || o === '+' || o === '*')) problems.push(`realm: client ${client.clientId} does not allow the web origin ${origin}`);
  }
  if (client.publicClient !== true) problems.push(`realm: client ${client.clientId} is not public`);
  return problems;
}

// ---------------------------------------------------------------- (e) nginx

function stripNginxComments(text) {
  return text.replace(/#[^\n]*/g, '');
}

/** Directives of the `location /api/ { ... }` block (exact prefix match on "/api/"). */
export function nginxLocation(text, path) {
  const t = stripNginxComments(text);
  const re = /location\s+(?:\^~\s+)?(\S+)\s*\{/g;
  let m;
  while ((m = re.exec(t))) {
    if (m[1] !== path) continue;
    let depth = 1;
    let j = re.lastIndex;
    while (j < t.length && depth > 0) {
      if (t[j] === '{') depth++;
      else if (t[j] === '}') depth--;
      j++;
    }
    return t.slice(re.lastIndex, j - 1);
  }
  return null;
}

export function nginxListenPorts(text) {
  return [...stripNginxComments(text).matchAll(/(?:^|[\s;{])listen\s+(?:[^\s;]*:)?(\d+)[^;]*;/g)].map((m) => m[1]);
}

/** proxy_pass of location /api/ as {host, port, path}, or null. */
export function nginxApiProxy(text) {
  const block = nginxLocation(text, '/api/');
  if (block === null) return null;
  const m = /proxy_pass\s+(https?):\/\/([^/:;\s]+)(?::(\d+))?([^;\s]*)\s*;/.exec(block);
  if (!m) return { host: null, port: null, path: null };
  return { scheme: m[1], host: m[2], port: m[3] ?? (m[1] === 'https' ? '443' : '80'), path: m[4] };
}

export function nginxProblems(compose, nginxText) {
  const problems = [];
  const backendPort = serviceEnv(service(compose, 'backend')).QUARKUS_HTTP_PORT;
  const proxy = nginxApiProxy(nginxText);
  if (!proxy) return ['nginx.conf: no `location /api/` block'];
  if (!proxy.host) return ['nginx.conf: `location /api/` has no proxy_pass http://...'];
  if (!compose.services?.[proxy.host]) problems.push(`nginx.conf: /api/ is proxied to '${proxy.host}', which is not a compose service`);
  if (proxy.host !== 'backend') problems.push(`nginx.conf: /api/ is proxied to '${proxy.host}', expected the backend service`);
  if (proxy.port !== backendPort) problems.push(`nginx.conf: /api/ is proxied to port ${proxy.port}, the backend listens on ${backendPort}`);
  if (proxy.path && proxy.path !== '/api/') problems.push(`nginx.conf: proxy_pass carries the URI '${proxy.path}', which rewrites /api/...; leave it off so the path reaches the backend unchanged`);
  const fallback = nginxLocation(nginxText, '/');
  if (!fallback || !/try_files[^;]*\/index\.html\s*;/.test(fallback)) problems.push('nginx.conf: `location /` does not fall back to /index.html for SPA routes');
  const listen = nginxListenPorts(nginxText);
  const fe = portMappings(service(compose, 'frontend'));
  for (const m of fe) if (!listen.includes(m.target)) problems.push(`nginx.conf: listens on ${listen.join(', ') || 'nothing'}, but the frontend publishes container port ${m.target}`);
  return problems;
}

// ---------------------------------------------------------------- (f) issuer and start order

export function healthcheckText(svc) {
  const t = svc.healthcheck?.test;
  return Array.isArray(t) ? t.join(' ') : String(t ?? '');
}

export function issuerProblems(compose) {
  const problems = [];
  const kc = serviceEnv(service(compose, 'keycloak'));
  const be = serviceEnv(service(compose, 'backend'));
  const fe = buildArgs(service(compose, 'frontend'));
  const browserUrl = `http://localhost:${CONTRACT.keycloakPort}`;
  if (kc.KC_HOSTNAME !== browserUrl) problems.push(`keycloak: KC_HOSTNAME is ${kc.KC_HOSTNAME}, expected the full URL the browser uses, ${browserUrl}`);
  if (fe.VITE_KEYCLOAK_URL !== kc.KC_HOSTNAME) problems.push(`frontend: VITE_KEYCLOAK_URL (${fe.VITE_KEYCLOAK_URL}) differs from KC_HOSTNAME (${kc.KC_HOSTNAME}): tokens would carry another issuer`);
  if (String(kc.KC_HOSTNAME_BACKCHANNEL_DYNAMIC) !== 'true') problems.push('keycloak: KC_HOSTNAME_BACKCHANNEL_DYNAMIC is not true: discovery would send the backend to localhost for JWKS');
  const oidc = `http://keycloak:${kc.KC_HTTP_PORT}/realms/${CONTRACT.realm}`;
  if (be.TEAMAROUND_OIDC_URL !== oidc) problems.push(`backend: TEAMAROUND_OIDC_URL is ${be.TEAMAROUND_OIDC_URL}, expected ${oidc} (Keycloak over the compose network)`);
  if (fe.VITE_KEYCLOAK_REALM !== CONTRACT.realm) problems.push(`frontend: VITE_KEYCLOAK_REALM is ${fe.VITE_KEYCLOAK_REALM}, expected ${CONTRACT.realm}`);
  if (fe.VITE_KEYCLOAK_CLIENT_ID !== CONTRACT.spaClientId) problems.push(`frontend: VITE_KEYCLOAK_CLIENT_ID is ${fe.VITE_KEYCLOAK_CLIENT_ID}, expected ${CONTRACT.spaClientId}`);
  if (be.TEAMAROUND_OIDC_AUDIENCE !== CONTRACT.audience) problems.push(`backend: TEAMAROUND_OIDC_AUDIENCE is ${be.TEAMAROUND_OIDC_AUDIENCE}, expected ${CONTRACT.audience}`);
  return problems;
}

function dependsOn(svc) {
  const d = svc.depends_on;
  if (!d) return {};
  if (Array.isArray(d)) return Object.fromEntries(d.map((n) => [n, 'service_started']));
  return Object.fromEntries(Object.entries(d).map(([n, v]) => [n, v?.condition ?? 'service_started']));
}

export function startOrderProblems(compose) {
  const problems = [];
  const want = [
    ['keycloak', 'postgres', 'service_healthy'],
    ['backend', 'keycloak', 'service_healthy'],
    ['frontend', 'backend', null],
  ];
  for (const [from, to, cond] of want) {
    const got = dependsOn(service(compose, from))[to];
    if (!got) problems.push(`${from}: does not depend on ${to}`);
    else if (cond && got !== cond) problems.push(`${from}: depends on ${to} with ${got}, expected ${cond}`);
    if (cond === 'service_healthy' && !service(compose, to).healthcheck) problems.push(`${to}: has no healthcheck, but ${from} waits for it to be healthy`);
  }
  const kc = service(compose, 'keycloak');
  const kcEnv = serviceEnv(kc);
  const hc = healthcheckText(kc);
  if (!hc.includes('/health/ready')) problems.push('keycloak: healthcheck does not ask /health/ready');
  const mgmt = kcEnv.KC_HTTP_MANAGEMENT_PORT ?? '9000';
  if (!hc.includes(`/${mgmt}`)) problems.push(`keycloak: healthcheck does not use the management port ${mgmt}`);
  if (String(kcEnv.KC_HEALTH_ENABLED) !== 'true') problems.push('keycloak: KC_HEALTH_ENABLED is not true, so /health/ready does not exist');
  if (/\bcurl\b|\bwget\b/.test(hc)) problems.push('keycloak: healthcheck uses curl/wget, which the Keycloak image does not have');
  if (!/pg_isready/.test(healthcheckText(service(compose, 'postgres')))) problems.push('postgres: healthcheck does not use pg_isready');
  return problems;
}

/** The SQL of compose/postgres/initdb creates the contract's roles and databases. */
export function pgInitProblems(sqlText) {
  const problems = [];
  for (const name of ['teamaround', 'keycloak']) {
    if (!new RegExp(`CREATE\\s+(ROLE|USER)\\s+${name}\\b[^;]*\\bLOGIN\\b[^;]*PASSWORD\\s+'${name}'`, 'i').test(sqlText)) problems.push(`postgres init: no CREATE ROLE ${name} LOGIN PASSWORD '${name}'`);
    if (!new RegExp(`CREATE\\s+DATABASE\\s+${name}\\s+OWNER\\s+${name}\\b`, 'i').test(sqlText)) problems.push(`postgres init: no CREATE DATABASE ${name} OWNER ${name}`);
  }
  if (!/CREATE\s+ROLE\s+teamaround_app\b[^;]*\bLOGIN\b[^;]*PASSWORD\s+'teamaround_app'/i.test(sqlText)) problems.push("postgres init: no CREATE ROLE teamaround_app LOGIN PASSWORD 'teamaround_app' (the service's login)");
  if (!/CREATE\s+ROLE\s+teamaround_audit\s+NOLOGIN\b/i.test(sqlText)) problems.push('postgres init: no CREATE ROLE teamaround_audit NOLOGIN (owns the audit trail)');
  if (!/GRANT\s+teamaround_audit\s+TO\s+teamaround\s*;/i.test(sqlText)) problems.push('postgres init: no GRANT teamaround_audit TO teamaround (migrations hand it the audit table)');
  return problems;
}
