// Starts the whole Regiemonitor stack (four services and the gateway) through ./run.sh on a free
// block of five ports with a fresh data directory, and stops it again. Also imports the national
// fixture and offers the paths the tests share.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const hier = path.dirname(fileURLToPath(import.meta.url));
/** The repository root (this file lives in tests/e2e/). */
export const repo = path.resolve(hier, '..', '..');
/** The national fixture of 1 September 2024, beside the repository. */
export const fixtureMap = path.resolve(repo, '..', 'shared', 'fixtures', 'nl-2024-09-01');
/** Screenshots and other run-time output (gitignored). */
export const artefactenMap = path.resolve(repo, 'tests', 'artifacts');
/** The query every dashboard page of the fixture uses. */
export const fixtureQuery = 'peildatum=2024-09-01&realisatieTot=2024-09-02';

const startTimeoutMs = 4 * 60 * 1000; // the first start may build the solution
const stopTimeoutMs = 30 * 1000;

function probeer(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.unref();
    s.once('error', () => resolve(false));
    s.listen({ port, host: '127.0.0.1', exclusive: true }, () => s.close(() => resolve(true)));
  });
}

/** A port that is free on 127.0.0.1 right now. */
export function vrijePoort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.once('error', reject);
    s.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A port P such that P..P+4 are free on 127.0.0.1 right now. */
export async function vrijBlok(grootte = 5) {
  for (let poging = 0; poging < 50; poging++) {
    const p = await vrijePoort();
    if (p + grootte - 1 > 65535) continue;
    let vrij = true;
    for (let i = 1; i < grootte && vrij; i++) vrij = await probeer(p + i);
    if (vrij) return p;
  }
  throw new Error(`no block of ${grootte} free ports found on 127.0.0.1`);
}

/**
 * Starts ./run.sh and resolves once it prints "Regiemonitor is running at ...". `env` adds or
 * overrides environment variables of run.sh and the processes it starts.
 * @returns {Promise<{url: string, adminKey: string, dataDir: string, uitvoer: () => string, stop: () => Promise<void>}>}
 */
export async function startStapel({ toon = process.env.E2E_VERBOSE === '1', env: extra = {} } = {}) {
  const port = await vrijBlok(5);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'regiemonitor-e2e-'));
  const adminKey = randomBytes(24).toString('hex');
  const env = {
    ...process.env,
    REGIEMONITOR_PORT: String(port),
    REGIEMONITOR_DATA_DIR: dataDir,
    REGIEMONITOR_ADMIN_KEY: adminKey,
    // Local: the pages need no credential; keep the product's own default for public dashboards.
    REGIEMONITOR_ENVIRONMENT: 'Local',
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_NOLOGO: '1',
  };
  delete env.REGIEMONITOR_PUBLIC_DASHBOARDS;
  Object.assign(env, extra);

  // detached: run.sh leads its own process group, so a stuck stop can still end everything it started.
  const kind = spawn(path.join(repo, 'run.sh'), [], { cwd: repo, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const regels = [];
  const bewaar = (bron) => (regel) => {
    regels.push(regel);
    if (regels.length > 400) regels.shift();
    if (toon) process.stderr.write(`[stapel ${bron}] ${regel}\n`);
  };
  const uit = createInterface({ input: kind.stdout });
  createInterface({ input: kind.stderr }).on('line', bewaar('err'));
  const uitvoer = () => regels.join('\n');

  const beëindigd = new Promise((resolve) => kind.once('exit', (code, signal) => resolve({ code, signal })));
  let klaar = false;

  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`run.sh did not report "Regiemonitor is running" within ${startTimeoutMs / 1000} s; last output:\n${uitvoer()}`));
    }, startTimeoutMs);
    uit.on('line', (regel) => {
      bewaar('out')(regel);
      const m = /^Regiemonitor is running at (http:\/\/\S+)/.exec(regel);
      if (m && !klaar) {
        klaar = true;
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    kind.once('error', (e) => { clearTimeout(timer); reject(e); });
    beëindigd.then(({ code, signal }) => {
      if (!klaar) {
        clearTimeout(timer);
        reject(new Error(`run.sh ended (code ${code}, signal ${signal}) before it was running; output:\n${uitvoer()}`));
      }
    });
  }).catch(async (e) => {
    await stopKind(kind, beëindigd);
    await rm(dataDir, { recursive: true, force: true });
    throw e;
  });

  let gestopt = null;
  return {
    url,
    adminKey,
    dataDir,
    uitvoer,
    stop() {
      gestopt ??= (async () => {
        await stopKind(kind, beëindigd);
        await rm(dataDir, { recursive: true, force: true });
      })();
      return gestopt;
    },
  };
}

async function stopKind(kind, beëindigd) {
  if (kind.exitCode !== null || kind.signalCode !== null) return;
  try { process.kill(kind.pid, 'SIGTERM'); } catch { /* already gone */ }
  const afgelopen = await Promise.race([beëindigd.then(() => true), wacht(stopTimeoutMs).then(() => false)]);
  if (!afgelopen) {
    // run.sh did not stop its processes in time: end its whole process group (only what we started).
    try { process.kill(-kind.pid, 'SIGKILL'); } catch { /* already gone */ }
    await beëindigd;
  }
}

function wacht(ms) {
  return new Promise((r) => setTimeout(r, ms).unref());
}

/** POSTs CSV (a file path, or the text itself with { tekst: true }) to an import endpoint; returns { status, body }. */
export async function importeer(stapel, soort, bestand, { tekst = false } = {}) {
  const antwoord = await fetch(`${stapel.url}/api/v1/imports/${soort}`, {
    method: 'POST',
    headers: { 'X-Api-Key': stapel.adminKey, 'Content-Type': 'text/csv' },
    body: tekst ? bestand : await readFile(bestand),
  });
  return { status: antwoord.status, body: await antwoord.text() };
}

/** The regio of the README (Zuidoost-Drenthe: Emmen and Coevorden), for builds that know regio's. */
export const voorbeeldRegios = 'regiocode,naam,gemeentecode\nRG01,Zuidoost-Drenthe,GM0114\nRG01,Zuidoost-Drenthe,GM0109\n';

/** Imports the example regio RG01 when the build has POST /api/v1/imports/regios; returns { status, body }. */
export function importeerRegios(stapel) {
  return importeer(stapel, 'regios', voorbeeldRegios, { tekst: true });
}

/** Imports the national fixture (opgaven, then realisatie); throws unless both answer 201. */
export async function importeerFixture(stapel) {
  for (const soort of ['opgaven', 'realisatie']) {
    const { status, body } = await importeer(stapel, soort, path.join(fixtureMap, `${soort}.csv`));
    if (status !== 201) throw new Error(`POST /api/v1/imports/${soort} answered ${status}, expected 201: ${body}`);
  }
}
