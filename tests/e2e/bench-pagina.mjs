// Benchmark (run by hand, not a test): how long the national dashboard page takes to load and
// render in headless Chromium, served by the stack, against the same HTML and stylesheet served
// statically by nginx. Targets: <= 300 ms, and <= 1.3x the static page.
//
//   node tests/e2e/bench-pagina.mjs            (needs /usr/sbin/nginx: apt-get install nginx-light)
//
// Environment: BENCH_WARMUP (default 5) and BENCH_RUNS (default 20) loads per side.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nieuweContext, startBrowser } from './browser.mjs';
import { fixtureQuery, importeerFixture, startStapel, vrijBlok } from './stapel.mjs';

const nginxPad = process.env.NGINX_PATH || '/usr/sbin/nginx';
const opwarmen = Number(process.env.BENCH_WARMUP ?? 5);
const metingen = Number(process.env.BENCH_RUNS ?? 20);
const doelMs = 300;
const doelFactor = 1.3;

const mediaan = (xs) => kwantiel(xs, 0.5);
function kwantiel(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}
const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;

async function startNginx(root) {
  const port = await vrijBlok(1);
  for (const d of ['logs', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(path.join(root, 'nginx', d), { recursive: true });
  const t = (d) => path.join(root, 'nginx', d);
  const conf = path.join(root, 'nginx', 'nginx.conf');
  await writeFile(conf, `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${t('nginx.pid')};
error_log ${t('error.log')};
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${t('client_body')};
  proxy_temp_path ${t('proxy')};
  fastcgi_temp_path ${t('fastcgi')};
  uwsgi_temp_path ${t('uwsgi')};
  scgi_temp_path ${t('scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${path.join(root, 'www')};
    location / { default_type text/html; }
    location /static/ { default_type text/css; }
  }
}
`);
  const kind = spawn(nginxPad, ['-p', path.join(root, 'nginx'), '-c', conf, '-e', t('error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const einde = new Promise((r) => kind.once('exit', r));
  const url = `http://127.0.0.1:${port}`;
  const tot = Date.now() + 10_000;
  for (;;) {
    if (kind.exitCode !== null) throw new Error(`nginx ended with code ${kind.exitCode}; see ${t('error.log')}`);
    try {
      const r = await fetch(`${url}/static/regiemonitor.css`);
      await r.arrayBuffer();
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > tot) throw new Error('nginx did not answer within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    async stop() {
      if (kind.exitCode === null && kind.signalCode === null) {
        kind.kill('SIGTERM');
        await einde;
      }
    },
  };
}

/** One load: wall time of page.goto(..., load) and the navigation entry's loadEventEnd. */
async function laad(page, url) {
  const t0 = performance.now();
  const antwoord = await page.goto(url, { waitUntil: 'load' });
  const wand = performance.now() - t0;
  if (!antwoord || antwoord.status() !== 200) throw new Error(`${url} answered ${antwoord?.status()}`);
  const loadEventEnd = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  return { wand, loadEventEnd };
}

async function main() {
  if (!existsSync(nginxPad)) {
    console.error(`bench-pagina: ${nginxPad} not found; install it with: apt-get install nginx-light`);
    process.exit(2);
  }
  const tmp = await mkdtemp(path.join(tmpdir(), 'regiemonitor-bench-'));
  let stapel;
  let nginx;
  let browser;
  const opruimen = async () => {
    await browser?.close().catch(() => {});
    await nginx?.stop().catch(() => {});
    await stapel?.stop().catch(() => {});
    await rm(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => { opruimen().finally(() => process.exit(130)); });

  try {
    console.log('Starting the stack (./run.sh) and importing the national fixture...');
    stapel = await startStapel();
    await importeerFixture(stapel);
    const dynamisch = `${stapel.url}/dashboards/NL?${fixtureQuery}`;

    // The same bytes, saved for nginx under the same paths.
    const html = await (await fetch(dynamisch)).text();
    const css = await (await fetch(`${stapel.url}/static/regiemonitor.css`)).text();
    await mkdir(path.join(tmp, 'www', 'dashboards'), { recursive: true });
    await mkdir(path.join(tmp, 'www', 'static'), { recursive: true });
    await writeFile(path.join(tmp, 'www', 'dashboards', 'NL.html'), html);
    await writeFile(path.join(tmp, 'www', 'static', 'regiemonitor.css'), css);
    await chmod(tmp, 0o755);
    nginx = await startNginx(tmp);
    const statisch = `${nginx.url}/dashboards/NL.html`;

    browser = await startBrowser();
    const context = await nieuweContext(browser, { viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    // Every load fetches the page and its stylesheet from the server (no HTTP cache on either side).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

    const kanten = { stapel: { url: dynamisch, r: [] }, nginx: { url: statisch, r: [] } };
    for (let i = 0; i < opwarmen; i++) for (const k of Object.values(kanten)) await laad(page, k.url);
    for (let i = 0; i < metingen; i++) {
      // Alternate which side goes first, so neither always follows the other.
      const volgorde = i % 2 === 0 ? ['stapel', 'nginx'] : ['nginx', 'stapel'];
      for (const naam of volgorde) kanten[naam].r.push(await laad(page, kanten[naam].url));
    }

    // Server time alone, for context: the HTML fetched from Node.
    const fetchTijden = [];
    for (let i = 0; i < metingen; i++) {
      const t0 = performance.now();
      await (await fetch(dynamisch)).arrayBuffer();
      fetchTijden.push(performance.now() - t0);
    }

    const stat = (k, veld) => ({ med: mediaan(kanten[k].r.map((x) => x[veld])), p90: kwantiel(kanten[k].r.map((x) => x[veld]), 0.9) });
    console.log('');
    console.log(`National dashboard page NL (${(html.length / 1024).toFixed(0)} kB HTML + ${(css.length / 1024).toFixed(0)} kB CSS), headless Chromium ${browser.version()}, 1400x900, HTTP cache off`);
    console.log(`${opwarmen} warm-up loads per side, then ${metingen} measured loads per side, alternating`);
    console.log('');
    console.log('metric                              side      median        p90');
    const regels = [];
    for (const [veld, naam] of [['loadEventEnd', 'navigation start -> loadEventEnd'], ['wand', 'page.goto(load) wall time']]) {
      const s = stat('stapel', veld);
      const n = stat('nginx', veld);
      console.log(`${naam.padEnd(36)}stack  ${ms(s.med)} ${ms(s.p90)}`);
      console.log(`${''.padEnd(36)}nginx  ${ms(n.med)} ${ms(n.p90)}`);
      console.log(`${''.padEnd(36)}ratio  ${(s.med / n.med).toFixed(2).padStart(8)}x ${(s.p90 / n.p90).toFixed(2).padStart(9)}x`);
      regels.push({ naam, s, n });
    }
    console.log(`${'server only: fetch of the HTML'.padEnd(36)}stack  ${ms(mediaan(fetchTijden))} ${ms(kwantiel(fetchTijden, 0.9))}`);
    console.log('');
    console.log('targets (navigation start -> loadEventEnd of the stack page):');
    const { s, n } = regels[0];
    const oordeel = (ok) => (ok ? 'met' : 'MISSED');
    console.log(`  <= ${doelMs} ms          median ${s.med.toFixed(1)} ms: ${oordeel(s.med <= doelMs)}; p90 ${s.p90.toFixed(1)} ms: ${oordeel(s.p90 <= doelMs)}`);
    console.log(`  <= ${doelFactor}x static     median ${(s.med / n.med).toFixed(2)}x: ${oordeel(s.med / n.med <= doelFactor)}; p90 ${(s.p90 / n.p90).toFixed(2)}x: ${oordeel(s.p90 / n.p90 <= doelFactor)}`);
  } finally {
    await opruimen();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
