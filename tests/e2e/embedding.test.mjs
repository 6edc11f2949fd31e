// Embedding: the example portal (gateway/voorbeeldportaal, origin A) frames a Drenthe dashboard
// from the gateway (origin B) through /embed/v1/sdk.js, with a 4-second token that the SDK
// refreshes; a second portal on an origin the tenant does not list cannot frame it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { axe, beschrijf, nieuweContext, startBrowser } from './browser.mjs';
import { importeerFixture, repo, startStapel, vrijePoort } from './stapel.mjs';

const portaalMap = path.join(repo, 'gateway', 'voorbeeldportaal');
const embedMap = path.join(repo, 'gateway', 'wwwroot', 'embed', 'v1');
const tenantKey = `e2e-${randomBytes(16).toString('hex')}`;
const jwt = /eyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]{10,}/;

let stapel;
let portaal; // origin A: listed in the demo tenant's origins
let vreemd; // the same portal on an origin the tenant does not list
let browser;

/** Keeps a port bound while the stack picks its block of ports, so it stays free for the portal. */
function houdVast(port) {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(() => new Promise((r) => s.close(r))));
  });
}

/** Starts gateway/voorbeeldportaal/server.mjs and resolves once it listens. */
async function startPortaal(port, env) {
  const kind = spawn(process.execPath, [path.join(portaalMap, 'server.mjs')], {
    env: { ...process.env, PORTAAL_PORT: String(port), REGIEMONITOR_URL: stapel.url, REGIEMONITOR_TENANT_KEY: tenantKey, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const regels = [];
  createInterface({ input: kind.stderr }).on('line', (r) => regels.push(r));
  const uit = createInterface({ input: kind.stdout });
  uit.on('line', (r) => regels.push(r));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start:\n${regels.join('\n')}`)), 10_000);
    uit.on('line', (r) => { if (r.startsWith('Voorbeeldportaal is running')) { clearTimeout(timer); resolve(); } });
    kind.once('exit', (code) => { clearTimeout(timer); reject(new Error(`portal ended (${code}):\n${regels.join('\n')}`)); });
  });
  const beëindigd = new Promise((r) => kind.once('exit', r));
  process.once('exit', () => kind.kill()); // also when the test process ends abnormally
  return {
    url: `http://127.0.0.1:${port}`,
    uitvoer: () => regels.join('\n'),
    async stop() {
      if (kind.exitCode === null && kind.signalCode === null) { kind.kill('SIGTERM'); await beëindigd; }
    },
  };
}

/** Records every request URL, console line and token the page sees. */
function volg(page) {
  const spoor = { urls: [], console: [], tokens: [], inhoud: [] };
  page.on('request', (r) => {
    spoor.urls.push(r.url());
    if (new URL(r.url()).pathname.endsWith('/inhoud')) spoor.inhoud.push({ url: r.url(), authorization: r.headers().authorization ?? '' });
  });
  page.on('console', (m) => spoor.console.push(m.text()));
  page.on('pageerror', (e) => spoor.console.push(`pageerror: ${e.message}`));
  page.on('response', async (r) => {
    if (new URL(r.url()).pathname === '/token' && r.ok()) spoor.tokens.push((await r.json()).token);
  });
  return spoor;
}

/** The first event of this type (after index vanaf) whose detail has these values. */
async function wachtOp(page, type, { detail = {}, vanaf = 0, timeout = 20_000 } = {}) {
  const h = await page.waitForFunction(([type, detail, vanaf]) => (window.rmEvents ?? []).slice(vanaf)
    .find((e) => e.type === type && Object.entries(detail).every(([k, v]) => e.detail?.[k] === v)) ?? false,
  [type, detail, vanaf], { timeout });
  return h.jsonValue();
}

const aantalEvents = (page) => page.evaluate(() => window.rmEvents.length);
const hoogte = (page) => page.$eval('#dashboard iframe', (f) => f.getBoundingClientRect().height);

before(async () => {
  const [poortA, poortB] = [await vrijePoort(), await vrijePoort()];
  const vrijgeven = [await houdVast(poortA), await houdVast(poortB)];
  try {
    stapel = await startStapel({
      env: {
        REGIEMONITOR_DEMO_ORIGINS: `http://127.0.0.1:${poortA}`,
        REGIEMONITOR_DEMO_TENANT_KEY: tenantKey,
        Regiemonitor__Tokens__MinimaleLevensduur: '2',
      },
    });
  } finally {
    for (const v of vrijgeven) await v();
  }
  await importeerFixture(stapel);
  portaal = await startPortaal(poortA, { PORTAAL_LEVENSDUUR: '4' });
  vreemd = await startPortaal(poortB, {});
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await portaal?.stop();
  await vreemd?.stop();
  await stapel?.stop();
});

describe('the SDK and runtime files', () => {
  test('the gateway serves sdk.js and runtime.js as JavaScript, unchanged', async () => {
    for (const naam of ['sdk.js', 'runtime.js']) {
      const r = await fetch(`${stapel.url}/embed/v1/${naam}`);
      assert.equal(r.status, 200, naam);
      assert.match(r.headers.get('content-type') ?? '', /javascript/, naam);
      assert.equal(await r.text(), await readFile(path.join(embedMap, naam), 'utf8'), naam);
    }
  });

  test("no postMessage call uses '*' as targetOrigin", async () => {
    for (const naam of ['sdk.js', 'runtime.js']) {
      const bron = await readFile(path.join(embedMap, naam), 'utf8');
      const aanroepen = [...bron.matchAll(/\.postMessage\(([^;]*)\);/g)].map((m) => m[1]);
      assert.ok(aanroepen.length > 0, `${naam} posts messages`);
      for (const a of aanroepen) {
        assert.doesNotMatch(a, /['"`]\*['"`]/, `${naam}: postMessage(${a})`);
        assert.match(a, /,\s*(frameOrigin|ouder)\s*$/, `${naam}: postMessage(${a}) names the checked origin`);
      }
      assert.doesNotMatch(bron, /console\.(log|info|warn|error|debug)/, `${naam} logs nothing`);
      assert.match(bron, /\.origin\s*!==/, `${naam} checks event.origin`);
      assert.match(bron, /\.source\s*!==/, `${naam} checks event.source`);
    }
  });

  test('the embed page answers frame-ancestors with only the tenant origins', async () => {
    const r = await fetch(`${vreemd.url}/token`, { method: 'POST' });
    assert.equal(r.status, 200, await r.clone().text());
    const { embedUrl } = await r.json();
    assert.equal(new URL(embedUrl).origin, stapel.url);
    const shell = await fetch(embedUrl);
    assert.equal(shell.status, 200);
    const csp = shell.headers.get('content-security-policy') ?? '';
    const fa = /frame-ancestors ([^;]*)/.exec(csp)?.[1].trim().split(/\s+/);
    assert.deepEqual(fa, [portaal.url], `CSP: ${csp}`);
    const html = await shell.text();
    assert.doesNotMatch(html, jwt, 'the shell carries no token');
    assert.match(html, /id="rm-embed-config"/);
  });
});

describe('the portal on an allowed origin', () => {
  let context;
  let page;
  let spoor;
  const frame = () => page.frameLocator('#dashboard iframe');

  before(async () => {
    context = await nieuweContext(browser);
    page = await context.newPage();
    spoor = volg(page);
    await page.goto(`${portaal.url}/?peildatum=2024-09-01`, { waitUntil: 'load' });
    // One clear failure instead of a time-out in every test when the embed does not come up.
    await wachtOp(page, 'rendered', { timeout: 30_000 }).catch(async (e) => {
      const sdk = await fetch(`${stapel.url}/embed/v1/sdk.js`).then((r) => r.status, (x) => x.message);
      throw new Error(`the embedded dashboard did not render (${e.message}); GET /embed/v1/sdk.js: ${sdk}; ` +
        `events: ${JSON.stringify(await page.evaluate(() => window.rmEvents).catch(() => null))}; console:\n${spoor.console.join('\n')}`);
    });
  });
  after(async () => { await context?.close(); });

  test('loaded and rendered arrive for Drenthe on the chosen peildatum', async () => {
    await wachtOp(page, 'loaded');
    const r = await wachtOp(page, 'rendered');
    assert.deepEqual(r.detail, { gebied: 'PV22', peildatum: '2024-09-01' });
    const soorten = await page.evaluate(() => window.rmEvents.map((e) => e.type));
    assert.ok(soorten.indexOf('loaded') < soorten.indexOf('rendered'), soorten.join(','));
  });

  test("the frame shows Drenthe's figures of the fixture", async () => {
    assert.match(await frame().locator('h1').innerText(), /^Drenthe: voortgang op 1 september 2024/);
    const kaart = (await frame().locator('article.rm-kaart[aria-labelledby="kaart-oekraine-titel"]').innerText()).replace(/\s+/g, ' ');
    for (const s of ['5.722', '4.425']) assert.ok(kaart.includes(s), `oekraine card lacks ${s}: ${kaart}`);
  });

  test("the host's theme reaches the frame", async () => {
    // index.html passes theme: { '--utrecht-heading-color': '#00457c', ... }
    assert.equal(await frame().locator('h1').evaluate((h) => getComputedStyle(h).color), 'rgb(0, 69, 124)');
  });

  test('the portal page passes axe (WCAG 2.1 A/AA; the pages in the frame are covered by toegankelijkheid.test.mjs)', async () => {
    // The portal's CSP (rightly) refuses the injected axe script: a context of its own that bypasses CSP.
    const c = await nieuweContext(browser, { bypassCSP: true });
    try {
      const p = await c.newPage();
      await p.goto(`${portaal.url}/?peildatum=2024-09-01`, { waitUntil: 'load' });
      await wachtOp(p, 'rendered');
      const v = await axe(p);
      assert.equal(v.length, 0, `violations:\n${beschrijf(v)}`);
    } finally {
      await c.close();
    }
  });

  test('the iframe has a title, no scrollbars, no border, full width and no token in its URL', async () => {
    const f = await page.$eval('#dashboard iframe', (f) => ({
      title: f.title, scrolling: f.getAttribute('scrolling'), src: f.src, border: getComputedStyle(f).borderTopWidth,
      breedte: f.getBoundingClientRect().width, ouder: f.parentElement.getBoundingClientRect().width,
    }));
    assert.ok(f.title.length > 0 && /Regiemonitor/.test(f.title), f.title);
    assert.equal(f.scrolling, 'no');
    assert.equal(f.border, '0px');
    assert.equal(f.breedte, f.ouder);
    assert.doesNotMatch(f.src, jwt);
    assert.doesNotMatch(f.src, /token/i);
  });

  test('the frame loads its content with the token in the Authorization header only', async () => {
    assert.ok(spoor.inhoud.length > 0, 'the runtime fetched the content');
    for (const v of spoor.inhoud) {
      assert.match(v.authorization, /^Bearer eyJ/, v.url);
      assert.doesNotMatch(v.url, jwt);
    }
  });

  test('the frame grows to its content: no scrolling inside', async () => {
    await wachtOp(page, 'resized');
    await page.waitForFunction(() => {
      const f = document.querySelector('#dashboard iframe');
      return Math.abs(f.getBoundingClientRect().height - window.rmEvents.filter((e) => e.type === 'resized').at(-1).detail.height) < 1;
    });
    const h = await hoogte(page);
    assert.ok(h > 1500, `a province page is long: ${h}`);
    const binnen = await (await page.$('#dashboard iframe')).contentFrame();
    const { scroll, venster } = await binnen.evaluate(() => ({ scroll: document.documentElement.scrollHeight, venster: window.innerHeight }));
    assert.ok(scroll <= venster + 1, `content ${scroll} fits the frame ${venster}`);
  });

  test('the token is refreshed before expiry and gebied and peildatum stay', async () => {
    let n = await aantalEvents(page);
    await page.evaluate(() => window.rm.setPeildatum('2024-08-01'));
    await wachtOp(page, 'rendered', { detail: { gebied: 'PV22', peildatum: '2024-08-01' }, vanaf: n });
    const tokens = await page.evaluate(() => window.rmTokenCount);
    // 4-second tokens: the SDK asks the host's getToken() again well within 4 seconds.
    await page.waitForFunction((t) => window.rmTokenCount > t, tokens, { timeout: 10_000 });
    await page.waitForFunction((t) => window.rmTokenCount > t + 1, tokens, { timeout: 10_000 });
    n = await aantalEvents(page);
    await page.evaluate(() => window.rm.refresh());
    const r = await wachtOp(page, 'rendered', { vanaf: n });
    assert.deepEqual(r.detail, { gebied: 'PV22', peildatum: '2024-08-01' });
    assert.match(await frame().locator('h1').innerText(), /^Drenthe: voortgang op 1 augustus 2024/);
    const fouten = await page.evaluate(() => window.rmEvents.filter((e) => e.type === 'error'));
    assert.deepEqual(fouten, [], 'no error while tokens were refreshed in time');
    assert.equal(new Set(spoor.tokens).size, spoor.tokens.length, 'each refresh is a new token');
  });

  test('the frame shrinks after setGebied to a gemeente and gebiedChanged arrives', async () => {
    const voor = await hoogte(page);
    const n = await aantalEvents(page);
    await page.evaluate(() => window.rm.setGebied('GM0106'));
    await wachtOp(page, 'gebiedChanged', { detail: { gebied: 'GM0106' }, vanaf: n });
    const r = await wachtOp(page, 'rendered', { detail: { gebied: 'GM0106' }, vanaf: n });
    assert.equal(r.detail.peildatum, '2024-08-01', 'the peildatum stays');
    assert.match(await frame().locator('h1').innerText(), /^Assen:/);
    await page.waitForFunction((v) => document.querySelector('#dashboard iframe').getBoundingClientRect().height < v - 200, voor);
    const na = await hoogte(page);
    assert.ok(na < voor, `height after (${na}) is smaller than before (${voor})`);
    const binnen = await (await page.$('#dashboard iframe')).contentFrame();
    const { scroll, venster } = await binnen.evaluate(() => ({ scroll: document.documentElement.scrollHeight, venster: window.innerHeight }));
    assert.ok(scroll <= venster + 1, `content ${scroll} fits the frame ${venster}`);
  });

  test('links in the frame load the other gebied inside the frame', async () => {
    let n = await aantalEvents(page);
    await frame().locator('nav.rm-kruimelpad a', { hasText: 'Drenthe' }).first().click();
    await wachtOp(page, 'gebiedChanged', { detail: { gebied: 'PV22' }, vanaf: n });
    assert.match(await frame().locator('h1').innerText(), /^Drenthe:/);
    const binnen = await (await page.$('#dashboard iframe')).contentFrame();
    assert.match(binnen.url(), /\/embed\/v1\/dashboards\/PV22\?tenant=/, 'the frame itself did not navigate');
    assert.equal(page.url(), `${portaal.url}/?peildatum=2024-09-01`, 'the host page did not navigate');

    n = await aantalEvents(page);
    await frame().locator('table.rm-tabel tbody th a', { hasText: 'Assen' }).click();
    const r = await wachtOp(page, 'gebiedChanged', { detail: { gebied: 'GM0106' }, vanaf: n });
    assert.equal(r.detail.gebied, 'GM0106');
    await wachtOp(page, 'rendered', { detail: { gebied: 'GM0106', peildatum: '2024-08-01' }, vanaf: n });
  });

  test('sorting and the map categorie reload the fragment and keep focus on the control', async () => {
    let n = await aantalEvents(page);
    await page.evaluate(() => window.rm.setGebied('PV22'));
    await wachtOp(page, 'rendered', { detail: { gebied: 'PV22' }, vanaf: n });
    n = await aantalEvents(page);
    const voor = spoor.inhoud.length;
    await frame().locator('table.rm-tabel thead a').first().click();
    await wachtOp(page, 'rendered', { detail: { gebied: 'PV22' }, vanaf: n });
    assert.match(spoor.inhoud.at(-1).url, /sorteer=gebied&richting=oplopend/);
    assert.equal(spoor.inhoud.length, voor + 1);
    assert.equal(await frame().locator('table.rm-tabel thead th[aria-sort="ascending"]').count(), 1);
    assert.match(await frame().locator(':focus').innerText(), /^Gebied/);
    const events = await page.evaluate((n) => window.rmEvents.slice(n).map((e) => e.type), n);
    assert.ok(!events.includes('gebiedChanged'), 'sorting does not change the gebied');

    n = await aantalEvents(page);
    await frame().locator('.rm-landkaart nav a', { hasText: 'Opvang asiel' }).click();
    await wachtOp(page, 'rendered', { vanaf: n });
    assert.match(spoor.inhoud.at(-1).url, /kaart=asiel/);
    assert.equal(await frame().locator('.rm-landkaart nav a[aria-current="true"]').innerText(), 'Opvang asiel');
  });

  test('the date form in the frame reloads the fragment with the new peildatum', async () => {
    const n = await aantalEvents(page);
    await frame().locator('.rm-bediening input[name="peildatum"]').fill('2024-07-01');
    await frame().locator('.rm-bediening button[type="submit"]').click();
    const r = await wachtOp(page, 'rendered', { detail: { peildatum: '2024-07-01' }, vanaf: n });
    assert.equal(r.detail.gebied, 'PV22');
    assert.match(await frame().locator('h1').innerText(), /1 juli 2024/);
  });

  test('a gebied outside the scope gives FORBIDDEN and keeps the current content', async () => {
    const n = await aantalEvents(page);
    await page.evaluate(() => window.rm.setGebied('PV20'));
    const e = await wachtOp(page, 'error', { vanaf: n });
    assert.deepEqual({ code: e.detail.code, status: e.detail.status }, { code: 'FORBIDDEN', status: 403 });
    assert.match(await frame().locator('h1').innerText(), /^Drenthe:/);
    assert.match(await frame().locator('[role="alert"]').innerText(), /geen toegang/i);
  });

  test('a 401 makes the frame ask for a new token and retry once', async () => {
    let eenmaal = true;
    await page.route((u) => u.pathname.endsWith('/inhoud'), (route) => {
      if (!eenmaal) return route.continue();
      eenmaal = false;
      return route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401,"title":"Niet geauthenticeerd"}' });
    });
    try {
      const tokens = await page.evaluate(() => window.rmTokenCount);
      const n = await aantalEvents(page);
      await page.evaluate(() => window.rm.refresh());
      const e = await wachtOp(page, 'error', { vanaf: n });
      assert.equal(e.detail.code, 'TOKEN_EXPIRED');
      assert.equal(e.detail.status, 401);
      const r = await wachtOp(page, 'rendered', { vanaf: n });
      assert.equal(r.detail.gebied, 'PV22');
      assert.ok(await page.evaluate(() => window.rmTokenCount) > tokens, 'a new token was fetched');
    } finally {
      await page.unrouteAll();
    }
  });

  test('429 gives RATE_LIMITED and a retry after Retry-After; 500 gives DATA_ERROR', async () => {
    const antwoorden = [{ status: 429, headers: { 'Retry-After': '1' } }, { status: 500 }];
    await page.route((u) => u.pathname.endsWith('/inhoud'), (route) => {
      const a = antwoorden.shift();
      return a ? route.fulfill({ ...a, contentType: 'application/problem+json', body: `{"status":${a.status}}` }) : route.continue();
    });
    try {
      let n = await aantalEvents(page);
      await page.evaluate(() => window.rm.refresh());
      const e = await wachtOp(page, 'error', { vanaf: n });
      assert.equal(e.detail.code, 'RATE_LIMITED');
      assert.equal(e.detail.retryAfter, 1);
      const e2 = await wachtOp(page, 'error', { detail: { code: 'DATA_ERROR' }, vanaf: n });
      assert.equal(e2.detail.status, 500);
      n = await aantalEvents(page);
      await page.evaluate(() => window.rm.refresh());
      await wachtOp(page, 'rendered', { detail: { gebied: 'PV22' }, vanaf: n });
    } finally {
      await page.unrouteAll();
    }
  });

  test('print() prints the frame', async () => {
    const binnen = await (await page.$('#dashboard iframe')).contentFrame();
    await binnen.evaluate(() => { window.rmGeprint = 0; window.print = () => { window.rmGeprint++; }; });
    await page.evaluate(() => window.rm.print());
    await binnen.waitForFunction(() => window.rmGeprint === 1);
  });

  test('no token appears in a URL or on the console, and the tenant key never reaches the browser', async () => {
    assert.ok(spoor.tokens.length >= 3, `tokens seen: ${spoor.tokens.length}`);
    for (const u of spoor.urls) {
      assert.doesNotMatch(u, jwt, u);
      for (const t of spoor.tokens) assert.ok(!u.includes(t), u);
    }
    for (const c of spoor.console) {
      assert.doesNotMatch(c, jwt, c);
      for (const t of spoor.tokens) assert.ok(!c.includes(t), c);
    }
    assert.ok(!(await page.content()).includes(tenantKey), 'the key is not in the page');
    assert.ok(!spoor.urls.some((u) => u.includes(tenantKey)));
    assert.ok(!portaal.uitvoer().includes(tenantKey) && !jwt.test(portaal.uitvoer()), 'the portal logs neither key nor token');
  });

  test('a getToken() that returns only the token string: the SDK reads exp from the JWT and refreshes', async () => {
    const r = await page.evaluate(async () => {
      const el = document.createElement('div');
      document.querySelector('main').append(el);
      const eerste = await (await fetch('/token', { method: 'POST' })).json();
      window.rmTweede = { tokens: 0, events: [] };
      const rm = Regiemonitor.embed(el, {
        embedUrl: eerste.embedUrl,
        gebied: 'GM0114',
        peildatum: '2024-09-01',
        getToken: async () => {
          window.rmTweede.tokens++;
          return (await (await fetch('/token', { method: 'POST' })).json()).token;
        },
      });
      rm.on('rendered', (d) => window.rmTweede.events.push(d));
      await new Promise((resolve) => { const t = setInterval(() => { if (window.rmTweede.tokens >= 3) { clearInterval(t); resolve(); } }, 100); });
      rm.refresh();
      await new Promise((resolve) => { const t = setInterval(() => { if (window.rmTweede.events.length >= 2) { clearInterval(t); resolve(); } }, 100); });
      const titel = rm.iframe.title;
      rm.destroy();
      el.remove();
      return { ...window.rmTweede, titel };
    });
    assert.ok(r.tokens >= 3, `tokens: ${r.tokens}`);
    assert.deepEqual(r.events.at(-1), { gebied: 'GM0114', peildatum: '2024-09-01' });
    assert.equal(r.titel, 'Regiemonitor-dashboard', 'the default title');
  });

  test('destroy() removes the frame and stops refreshing', async () => {
    await page.evaluate(() => window.rm.destroy());
    assert.equal(await page.locator('#dashboard iframe').count(), 0);
    const tokens = await page.evaluate(() => window.rmTokenCount);
    await page.waitForTimeout(5000);
    assert.equal(await page.evaluate(() => window.rmTokenCount), tokens, 'no token requested after destroy');
  });
});

describe('the portal on an origin the tenant does not list', () => {
  let context;
  before(async () => { context = await nieuweContext(browser); });
  after(async () => { await context?.close(); });

  test('Chromium refuses to frame the embed page (CSP frame-ancestors): no loaded, no content', async () => {
    const page = await context.newPage();
    const spoor = volg(page);
    await page.goto(`${vreemd.url}/?peildatum=2024-09-01`, { waitUntil: 'load' });
    await page.waitForSelector('#dashboard iframe', { state: 'attached' });
    await page.waitForTimeout(4000);
    assert.deepEqual(await page.evaluate(() => window.rmEvents), [], 'no event from a refused frame');
    const binnen = await (await page.$('#dashboard iframe')).contentFrame();
    const toegankelijk = await binnen.evaluate(() => !!document.getElementById('rm-embed')).catch(() => false);
    assert.equal(toegankelijk, false, `the frame holds no embed page (url ${binnen.url()})`);
    assert.equal(spoor.inhoud.length, 0, 'no content was requested');
    assert.ok(spoor.console.some((c) => /frame-ancestors/.test(c)), `Chromium reports the CSP refusal:\n${spoor.console.join('\n')}`);
    await page.close();
  });

  test('without the CSP header the runtime itself refuses an unlisted parent', async () => {
    const page = await context.newPage();
    const spoor = volg(page);
    // Strip frame-ancestors to reach the second line of defence: the origins in the page's config.
    await page.route((u) => u.origin === stapel.url && /^\/embed\/v1\/dashboards\/[^/]+$/.test(u.pathname), async (route) => {
      const antwoord = await route.fetch();
      const headers = { ...antwoord.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response: antwoord, headers });
    });
    await page.goto(`${vreemd.url}/?peildatum=2024-09-01`, { waitUntil: 'load' });
    const melding = page.frameLocator('#dashboard iframe').locator('#rm-embed');
    await melding.getByText('Deze weergave mag hier niet worden ingesloten').waitFor();
    await page.waitForTimeout(2000);
    assert.deepEqual(await page.evaluate(() => window.rmEvents), [], 'no rm:gereed, so no token and no events');
    assert.equal(spoor.inhoud.length, 0, 'no content was requested');
    await page.close();
  });
});
