// Example provincial portal that embeds a Regiemonitor dashboard. Node 20, no dependencies.
//
//   GET  /       the page (index.html) with the SDK of the gateway
//   POST /token  a fresh embed token, fetched server-to-server with the tenant API key, so the
//                key stays on this server; the browser only ever sees short-lived tokens.
//
// Environment: PORTAAL_PORT (8090), REGIEMONITOR_URL (http://127.0.0.1:8080),
// REGIEMONITOR_TENANT_KEY (dev-tenant-sleutel-drenthe), PORTAAL_GEBIED (PV22),
// PORTAAL_LEVENSDUUR (token lifetime in seconds, 600).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';

const poort = Number(process.env.PORTAAL_PORT || 8090);
const gateway = new URL(process.env.REGIEMONITOR_URL || 'http://127.0.0.1:8080').origin;
const sleutel = process.env.REGIEMONITOR_TENANT_KEY || 'dev-tenant-sleutel-drenthe';
const gebied = process.env.PORTAAL_GEBIED || 'PV22';
const levensduur = Number(process.env.PORTAAL_LEVENSDUUR || 600);
const pagina = await readFile(new URL('./index.html', import.meta.url), 'utf8');

function stuur(res, status, headers, body) {
  res.writeHead(status, { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', ...headers });
  res.end(body);
}

function probleem(res, status, title) {
  stuur(res, status, { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' }, JSON.stringify({ status, title }));
}

/** Only this portal's own pages may ask for a token (a browser sends Sec-Fetch-Site or Origin). */
function vanZelf(req) {
  const site = req.headers['sec-fetch-site'];
  if (site) return site === 'same-origin';
  const origin = req.headers.origin;
  return !origin || origin === `http://${req.headers.host}`;
}

async function token(req, res) {
  if (!vanZelf(req)) return probleem(res, 403, 'Only this portal may request tokens.');
  let antwoord;
  try {
    antwoord = await fetch(`${gateway}/api/v1/embed/tokens`, {
      method: 'POST',
      headers: { 'X-Api-Key': sleutel, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ view: 'dashboard', gebied, lifetimeSeconds: levensduur }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (e) {
    console.error(`POST /token: Regiemonitor unreachable (${e.cause?.code ?? e.name})`);
    return probleem(res, 502, 'Regiemonitor is unreachable.');
  }
  const tekst = await antwoord.text();
  if (antwoord.status !== 201) {
    // The gateway's problem text names no secret; the key itself is never logged.
    console.error(`POST /token: Regiemonitor answered ${antwoord.status}: ${tekst.slice(0, 300)}`);
    return probleem(res, 502, `Regiemonitor answered ${antwoord.status}.`);
  }
  const { token: t, embedUrl, expiresAt } = JSON.parse(tekst);
  console.log(`POST /token: 201, expires ${expiresAt}`);
  stuur(res, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }, JSON.stringify({ token: t, embedUrl, expiresAt }));
}

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, 'http://portaal');
  try {
    if (pathname === '/token') {
      if (req.method !== 'POST') return stuur(res, 405, { Allow: 'POST' }, '');
      return await token(req, res);
    }
    if (pathname === '/' || pathname === '/index.html') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return stuur(res, 405, { Allow: 'GET, HEAD' }, '');
      const nonce = randomBytes(16).toString('base64');
      return stuur(res, 200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': `default-src 'self'; script-src 'nonce-${nonce}' ${gateway}; frame-src ${gateway}; ` +
          `style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
      }, req.method === 'HEAD' ? '' : pagina.replaceAll('%REGIEMONITOR_URL%', gateway).replaceAll('%NONCE%', nonce));
    }
    if (pathname === '/healthz') return stuur(res, 200, { 'Content-Type': 'text/plain' }, 'ok');
    stuur(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Niet gevonden');
  } catch (e) {
    console.error(`${req.method} ${pathname}: ${e.message}`);
    if (!res.headersSent) probleem(res, 500, 'Internal error.');
  }
});

server.listen(poort, '127.0.0.1', () => {
  console.log(`Voorbeeldportaal is running at http://127.0.0.1:${poort} (Regiemonitor: ${gateway}, gebied ${gebied})`);
});
for (const signaal of ['SIGINT', 'SIGTERM']) process.on(signaal, () => { server.close(() => process.exit(0)); server.closeAllConnections(); });
