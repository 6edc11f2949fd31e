// The toezicht and planning pages of a province (voortgangsrapportage, prognose, scenario's):
// data loaded through the gateway's admin API, then every page checked for zero axe-core
// violations of WCAG 2.0/2.1 A and AA (as served and with every <details> open), reflow at
// 320 CSS px, and forms that work from the keyboard without JavaScript. Also the figures of the
// Utrecht example of DOMAIN.md §4 (155 % and 111 %), the downloads and the 400 answers.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axe, axeBewaking, beschrijf, nieuweContext, paginaToegankelijkheid, startBrowser } from './browser.mjs';
import { artefactenMap, importeer, startStapel } from './stapel.mjs';

// Province of Utrecht with four gemeenten. 2022-1: achterstand carried in set by correction;
// the achterstanden out add up to 422, so 2022-2 is the example of DOMAIN.md §4:
// taakstelling 1055 + achterstand 422 = totaalopgave 1477, gehuisvest 1635 -> 155 % and 111 %.
const PV = 'PV26';
const taakstellingen = `periode,gemeentecode,taakstelling
2022-1,GM0344,500
2022-1,GM0307,250
2022-1,GM0345,150
2022-1,GM0355,100
2022-2,GM0344,530
2022-2,GM0307,260
2022-2,GM0345,160
2022-2,GM0355,105
`;
const correcties = `periode,gemeentecode,veld,waarde,reden
2022-1,GM0344,achterstand,100,Achterstand uit 2021-2 volgens de rapportage van de provincie
2022-1,GM0307,achterstand,0,Achterstand uit 2021-2 volgens de rapportage van de provincie
2022-1,GM0345,achterstand,-35,Voorsprong uit 2021-2 volgens de rapportage van de provincie
2022-1,GM0355,achterstand,20,Achterstand uit 2021-2 volgens de rapportage van de provincie
2022-2,GM0307,gehuisvest,500,Twintig huisvestingen na de peildatum alsnog in TVS verwerkt
`;
// TVS counts housings since the start of the half-year; a count dated 1 July or 1 January closes the half-year ending then.
const realisatie = `bron,categorie,onderdeel,gebiedcode,peildatum,aantal
TVS,huisvesting,,GM0344,2022-07-01,400
TVS,huisvesting,,GM0307,2022-07-01,150
TVS,huisvesting,,GM0345,2022-07-01,60
TVS,huisvesting,,GM0355,2022-07-01,53
TVS,huisvesting,,GM0344,2023-01-01,600
TVS,huisvesting,,GM0307,2023-01-01,480
TVS,huisvesting,,GM0345,2023-01-01,300
TVS,huisvesting,,GM0355,2023-01-01,235
`;
// Zeist had fewer vergunninghouders linked by 1 October than its totaalopgave: koppelingstekort.
const koppelingen = `periode,gemeentecode,koppelingen
2022-2,GM0344,800
2022-2,GM0307,400
2022-2,GM0345,250
2022-2,GM0355,150
`;
const opgaven = `categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit
asiel,GM0344,2024-01-01,900,2025-01-01,1200,e2e: verdeelbesluit
asiel,GM0307,2024-01-01,400,2025-01-01,520,e2e: verdeelbesluit
asiel,GM0345,2024-01-01,150,2025-01-01,210,e2e: verdeelbesluit
asiel,GM0355,2024-01-01,160,2025-01-01,230,e2e: verdeelbesluit
oekraine,VR09,2024-01-01,2500,2025-01-01,2900,e2e: verdeling per veiligheidsregio
amv,GM0344,2024-01-01,60,2025-01-01,80,e2e: verdeelbesluit
amv,GM0307,2024-01-01,20,2025-01-01,30,e2e: verdeelbesluit
`;
// Utrecht offers more asiel places and fewer Oekraïne beds, Amersfoort the reverse: uitruil.
const scenarioA = `gemeentecode,categorie,opgave,inbreng
GM0344,asiel,1200,1350
GM0344,oekraine,1300,1150
GM0307,asiel,520,400
GM0307,oekraine,600,720
GM0345,asiel,210,210
GM0355,amv,20,15
`;
const scenarioB = `gemeentecode,categorie,opgave,inbreng
GM0344,asiel,1200,1200
GM0344,oekraine,1300,1300
GM0307,asiel,520,520
GM0307,oekraine,600,560
GM0345,asiel,210,190
GM0355,amv,20,20
`;
const projecten = `project,gemeentecode,eenheden,jaar
Flexwoningen Overvecht,GM0344,120,2027
Tijdelijke woningen Zeist-Noord,GM0355,40,2028
`;

let stapel;
let browser;
let context;
let zonderJs;
let scenarioIds; // [idA, idB] in import order

async function admin(methode, pad, body, type) {
  const antwoord = await fetch(stapel.url + pad, {
    method: methode,
    headers: { 'X-Api-Key': stapel.adminKey, 'Content-Type': type },
    body,
  });
  const tekst = await antwoord.text();
  assert.ok(antwoord.status === 200 || antwoord.status === 201, `${methode} ${pad} answered ${antwoord.status}: ${tekst}`);
  return tekst;
}

const csv = (pad, tekst) => admin('POST', pad, tekst, 'text/csv');
const json = (methode, pad, waarde) => admin(methode, pad, JSON.stringify(waarde), 'application/json');

async function laadGegevens() {
  for (const [soort, tekst] of [['opgaven', opgaven], ['realisatie', realisatie]]) {
    const { status, body } = await importeer(stapel, soort, tekst, { tekst: true });
    assert.equal(status, 201, `POST /api/v1/imports/${soort}: ${body}`);
  }
  await csv('/api/v1/taakstelling/taakstellingen', taakstellingen);
  await csv('/api/v1/taakstelling/koppelingen', koppelingen);
  await csv('/api/v1/taakstelling/correcties', correcties);
  await json('PUT', `/api/v1/taakstelling/beleid/${PV}`, { beleid: 'trend', vanaf: '2022-1', maxTrede: 5 });
  await json('POST', '/api/v1/taakstelling/bijstellingen', {
    periode: '2022-2', gemeentecode: 'GM0344', trede: 3, toezichthouder: 'J. de Vries',
    motivering: 'Geen plan van aanpak ontvangen ondanks twee verzoeken.',
  });
  await csv('/api/v1/imports/projecten', projecten);
  await csv('/api/v1/imports/scenarios?naam=Voorstel%20A&versie=1&status=ambtelijk', scenarioA);
  await csv('/api/v1/imports/scenarios?naam=Voorstel%20B&versie=2&status=collegebesluit', scenarioB);
  const lijst = await apiJson(`/api/v1/scenarios/${PV}`);
  scenarioIds = lijst.scenarios.map((s) => s.id);
  assert.equal(scenarioIds.length, 2, `two scenarios of ${PV}: ${JSON.stringify(lijst).slice(0, 300)}`);
}

async function apiJson(pad, status = 200) {
  const antwoord = await fetch(stapel.url + pad, { headers: { 'X-Api-Key': stapel.adminKey } });
  const tekst = await antwoord.text();
  assert.equal(antwoord.status, status, `GET ${pad}: ${tekst.slice(0, 500)}`);
  return JSON.parse(tekst);
}

const tekst = (s) => s.replace(/\s+/g, ' ').trim();

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabNaar(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((q) => document.activeElement?.matches(q) ?? false, selector)) return;
  }
  assert.fail(`${selector} not reached with ${max} Tab presses`);
}

before(async () => {
  await mkdir(artefactenMap, { recursive: true });
  stapel = await startStapel();
  await laadGegevens();
  browser = await startBrowser();
  context = await nieuweContext(browser);
  zonderJs = await nieuweContext(browser, { javaScriptEnabled: false });
});

after(async () => {
  await zonderJs?.close();
  await context?.close();
  await browser?.close();
  await stapel?.stop();
});

const paginas = () => [
  { naam: 'voortgangsrapportage 2022-2', bestand: 'voortgang', pad: `/dashboards/${PV}/voortgang/2022-2` },
  { naam: 'prognose', bestand: 'prognose', pad: `/dashboards/${PV}/prognose` },
  { naam: 'prognose met aannames', bestand: 'prognose-aannames', pad: `/dashboards/${PV}/prognose?startJaar=2026&jaren=6&taakstelling=1100&gehuisvest=950&achterstand=-40` },
  { naam: 'scenariolijst', bestand: 'scenarios', pad: `/dashboards/${PV}/scenarios` },
  { naam: 'scenariovergelijking', bestand: 'scenariovergelijking', pad: `/dashboards/${PV}/scenarios?voorstel=${scenarioIds[0]}&voorstel=${scenarioIds[1]}` },
  { naam: 'één scenario', bestand: 'scenario', pad: `/dashboards/${PV}/scenarios/${scenarioIds[0]}` },
];

describe('toegankelijkheid', () => {
  // The list needs the scenario ids, known only after before() ran; the names are fixed.
  for (const naam of ['voortgangsrapportage 2022-2', 'prognose', 'prognose met aannames', 'scenariolijst', 'scenariovergelijking', 'één scenario']) {
    paginaToegankelijkheid(naam, () => ({ browser, context, url: stapel.url, ...paginas().find((p) => p.naam === naam) }), {
      screenshotPad: (bestand) => path.join(artefactenMap, `toezicht-${bestand}.png`),
      minBytes: 10 * 1024,
      naDetails: (geopend) => {
        if (naam.startsWith('voortgang')) assert.ok(geopend >= 4, `one <details> of reasons per gemeente, found ${geopend}`);
      },
    });
  }

  axeBewaking(() => context);
});

describe('voortgangsrapportage', () => {
  test('the page shows the Utrecht example, voorsprong in words and the bijstelling beside the computed trede', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${stapel.url}/dashboards/${PV}/voortgang/2022-2`, { waitUntil: 'load' });
      assert.equal(tekst(await page.textContent('main h1')), 'Voortgangsrapportage huisvesting vergunninghouders');
      assert.match(tekst(await page.textContent('.rm-ondertitel')), /Provincie Utrecht, tweede halfjaar 2022 \(1 juli 2022 – 1 januari 2023\)/);
      const totaal = tekst(await page.locator('table').first().locator('tbody tr').first().innerText());
      for (const w of ['1.055', 'achterstand 422', '1.477', '1.635', '155 %', '111 %']) assert.ok(totaal.includes(w), `"${w}" in "${totaal}"`);
      const vorig = tekst(await page.locator('table').first().locator('tbody tr').nth(1).innerText());
      assert.ok(!/\s-\d/.test(vorig), `no bare negative in the previous periode: "${vorig}"`);
      const utrecht = page.locator('.rm-gemeentetabel tbody tr', { has: page.locator('th', { hasText: /^Utrecht$/ }) });
      const cellen = await utrecht.locator('td').allInnerTexts();
      const trede = cellen.findIndex((c) => /^Trede \d \(\w+\)/.test(tekst(c)));
      assert.ok(trede > 0, `a computed trede in words: ${cellen.join(' | ')}`);
      assert.match(tekst(cellen[trede + 1]), /^Bijgesteld naar Trede 3 \(oranje\): actief toezicht Door J\. de Vries op .+ Motivering: Geen plan van aanpak/);
      assert.equal(await utrecht.locator('.rm-stip[aria-hidden="true"]').count() >= 2, true, 'colour dots beside both treden');
      const amersfoort = tekst(await page.locator('.rm-gemeentetabel tbody tr', { has: page.locator('th', { hasText: /^Amersfoort$/ }) }).innerText());
      assert.match(amersfoort, /gehuisvest gecorrigeerd naar 500: Twintig huisvestingen/);
      const zeist = tekst(await page.locator('.rm-gemeentetabel tbody tr', { has: page.locator('th', { hasText: /^Zeist$/ }) }).innerText());
      assert.match(zeist, /Koppelingstekort/);
      await page.locator('.rm-gemeentetabel summary').first().click();
      assert.ok(await page.locator('.rm-gemeentetabel details').first().evaluate((d) => d.open), 'the reasons open with a click');
      assert.ok(await page.locator('section[aria-labelledby="beleid-titel"] li').count() > 0, 'the policy rules as a list');
      assert.ok(await page.locator('section[aria-labelledby="treden-titel"] tbody tr').count() > 0, 'counts per trede');
    } finally {
      await page.close();
    }
  });

  test('the JSON has whole percentages and the exact fraction', async () => {
    const r = await apiJson(`/api/v1/taakstelling/${PV}/2022-2`);
    assert.equal(r.totaal.percentageTaakstelling, 155);
    assert.equal(r.totaal.percentageTotaalopgave, 111);
    const { teller, noemer } = r.totaal.percentageTaakstellingExact;
    assert.ok(Math.abs(teller / noemer - 163500 / 1055) < 1e-9, `${teller}/${noemer}`);
    assert.equal(r.rijen.find((x) => x.gebied.code === 'GM0344').bijstelling.toezichthouder, 'J. de Vries');
  });

  test('a malformed periode is a 400 problem', async () => {
    const p = await apiJson(`/api/v1/taakstelling/${PV}/2022-3`, 400);
    assert.match(p.detail, /2022-3/);
  });

  test('the periode selector works from the keyboard without JavaScript', async () => {
    const page = await zonderJs.newPage();
    try {
      await page.goto(`${stapel.url}/dashboards/${PV}/voortgang/2022-2`, { waitUntil: 'load' });
      await tabNaar(page, '#periode');
      // Options run newest first: the next one down is 2022-1.
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.inputValue('#periode'), '2022-1');
      await tabNaar(page, '.rm-bediening button[type=submit]', 3);
      await Promise.all([page.waitForURL(/\/voortgang\/2022-1$/), page.keyboard.press('Enter')]);
      assert.match(tekst(await page.textContent('.rm-ondertitel')), /eerste halfjaar 2022/);
    } finally {
      await page.close();
    }
  });

  test('the downloads of the page work without a key: CSV and PDF', async () => {
    const csvAntwoord = await fetch(`${stapel.url}/dashboards/${PV}/voortgang/2022-2/export.csv`);
    assert.equal(csvAntwoord.status, 200);
    const regels = (await csvAntwoord.text()).replace(/^\uFEFF/, '').split('\r\n');
    assert.match(regels.find((r) => r.startsWith(`${PV};`)), /;1055;422;1477;1635;155;111;/);
    const pdf = await fetch(`${stapel.url}/dashboards/${PV}/voortgang/2022-2/export.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
  });

  test('the province dashboard links to the current half-year report, the prognose and the scenarios', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${stapel.url}/dashboards/${PV}`, { waitUntil: 'load' });
      const nav = page.locator('nav[aria-label="Toezicht en planning"]');
      const voortgang = await nav.locator('a').first().getAttribute('href');
      assert.match(voortgang, new RegExp(`^/dashboards/${PV}/voortgang/\\d{4}-[12]$`));
      assert.equal((await fetch(stapel.url + voortgang)).status, 200, `${voortgang} (a half-year without figures yet) still answers`);
      assert.equal(await nav.locator(`a[href="/dashboards/${PV}/prognose"]`).count(), 1);
      assert.equal(await nav.locator(`a[href="/dashboards/${PV}/scenarios"]`).count(), 1);
      await page.goto(`${stapel.url}/dashboards/GM0344`, { waitUntil: 'load' });
      assert.equal(await page.locator('nav[aria-label="Toezicht en planning"]').count(), 0, 'not on a gemeente');
    } finally {
      await page.close();
    }
  });
});

describe('prognose', () => {
  test('the form of assumptions works from the keyboard without JavaScript', async () => {
    const page = await zonderJs.newPage();
    try {
      await page.goto(`${stapel.url}/dashboards/${PV}/prognose`, { waitUntil: 'load' });
      await tabNaar(page, '#taakstelling');
      await page.keyboard.type('1100');
      await tabNaar(page, '#gehuisvest', 2);
      await page.keyboard.type('950');
      await tabNaar(page, '#achterstand', 2);
      await page.keyboard.type('0');
      await tabNaar(page, '.rm-aannameformulier button[type=submit]', 2);
      await Promise.all([page.waitForURL(/taakstelling=1100/), page.keyboard.press('Enter')]);
      assert.equal(await page.inputValue('#taakstelling'), '1100', 'the typed value stays in the form');
      const aannames = tekst(await page.locator('.rm-aannames').innerText());
      assert.match(aannames, /Taakstelling per jaar\s*1\.100/);
      assert.match(aannames, /Gehuisvest per jaar\s*950/);
      const rijen = await page.locator('#prognosetabel tbody tr').count();
      assert.ok(rijen >= 1, 'a row per year');
      const eerste = await page.locator('#prognosetabel tbody tr').first().locator('td').allInnerTexts();
      assert.equal(eerste[1], '1.100', `taakstelling in the first year: ${eerste.join(' | ')}`);
      assert.equal(eerste[2], '950');
    } finally {
      await page.close();
    }
  });

  test('the chart is an image with a text label, and the table its alternative', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${stapel.url}/dashboards/${PV}/prognose?taakstelling=1100&gehuisvest=950&achterstand=0`, { waitUntil: 'load' });
      const svg = page.locator('.rm-prognosegrafiek svg');
      assert.equal(await svg.getAttribute('role'), 'img');
      assert.match(await svg.getAttribute('aria-label'), /^Prognose van de achterstand .* op 1 januari: \d{4} 0, \d{4} achterstand 150/);
      assert.equal(await svg.locator('circle').count(), (await page.locator('#prognosetabel tbody tr').count()) + 1, 'a point per 1 January');
      assert.ok(await page.locator('.rm-prognosegrafiek figcaption a[href="#prognosetabel"]').count() === 1);
      assert.ok(tekst(await page.locator('section[aria-labelledby="projecten-titel"]').innerText()).includes('Flexwoningen Overvecht'));
    } finally {
      await page.close();
    }
  });

  test('a bad number is a 400 that names the parameter, as JSON and as a page', async () => {
    const p = await apiJson(`/api/v1/prognoses/${PV}?gehuisvest=veel`, 400);
    assert.match(p.detail, /^gehuisvest 'veel'/);
    const page = await context.newPage();
    try {
      const antwoord = await page.goto(`${stapel.url}/dashboards/${PV}/prognose?jaren=1.5`, { waitUntil: 'load' });
      assert.equal(antwoord.status(), 400);
      assert.match(tekst(await page.textContent('main')), /jaren '1\.5' is geen geheel getal/);
    } finally {
      await page.close();
    }
  });
});

describe("scenario's", () => {
  test('choosing proposals works from the keyboard without JavaScript and shows them side by side', async () => {
    const page = await zonderJs.newPage();
    try {
      await page.goto(`${stapel.url}/dashboards/${PV}/scenarios`, { waitUntil: 'load' });
      await tabNaar(page, '#voorstel-1');
      await page.keyboard.press('Space');
      await tabNaar(page, '#voorstel-2', 4);
      await page.keyboard.press('Space');
      // Past the link of proposal B and the date field (whose day, month and year are separate Tab stops).
      await tabNaar(page, '.rm-scenarioformulier button[type=submit]', 10);
      await Promise.all([page.waitForURL(/voorstel=.*voorstel=/), page.keyboard.press('Enter')]);
      const koppen = (await page.locator('#vergelijking th[scope="colgroup"]').allInnerTexts()).map(tekst);
      assert.ok(koppen.includes('Voorstel A, versie 1 (ambtelijk)') && koppen.includes('Voorstel B, versie 2 (collegebesluit)'), koppen.join(' | '));
      assert.ok(await page.locator('#voorstel-1').isChecked(), 'the chosen proposals stay checked');
      const asiel = tekst(await page.locator('#vergelijking tr', { has: page.locator('th', { hasText: /^Opvang asiel$/ }) }).first().innerText());
      assert.match(asiel, /\d+,\d %/, `coverage with one decimal: ${asiel}`);
      const uitruil = tekst(await page.locator('#vergelijking').innerText());
      assert.match(uitruil, /, uitruil/, 'uitruil marked in words');
    } finally {
      await page.close();
    }
  });

  test('one scenario shows its status in words and downloads in the import format, which imports again', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${stapel.url}/dashboards/${PV}/scenarios/${scenarioIds[0]}`, { waitUntil: 'load' });
      assert.match(tekst(await page.locator('.rm-aannames').innerText()), /Status\s*Ambtelijk/);
      const href = await page.locator('a', { hasText: 'Scenario als CSV' }).getAttribute('href');
      const bestand = await fetch(stapel.url + href);
      assert.equal(bestand.status, 200);
      const inhoud = await bestand.text();
      assert.equal(inhoud.replace(/^\uFEFF/, '').split('\r\n')[0], 'gemeentecode;categorie;opgave;inbreng');
      await csv('/api/v1/imports/scenarios?naam=Voorstel%20A&versie=1-herzien&status=concept', inhoud);
      const lijst = await apiJson(`/api/v1/scenarios/${PV}`);
      assert.equal(lijst.scenarios.length, 3, 'the exported file was imported as a new scenario');
    } finally {
      await page.close();
    }
  });

  test('an unknown scenario is a 404 page that says so, without axe violations', async () => {
    const page = await context.newPage();
    try {
      const antwoord = await page.goto(`${stapel.url}/dashboards/${PV}/scenarios/bestaat-niet`, { waitUntil: 'load' });
      assert.equal(antwoord.status(), 404);
      assert.match(tekst(await page.textContent('main')), /bestaat-niet/);
      const violations = await axe(page);
      assert.equal(violations.length, 0, beschrijf(violations));
    } finally {
      await page.close();
    }
  });

  test('scenarios of a gemeente or with a bad peildatum are a 400 problem', async () => {
    assert.match((await apiJson('/api/v1/scenarios/GM0344', 400)).detail, /geen provincie/);
    assert.match((await apiJson(`/api/v1/scenarios/${PV}?peildatum=1-9-2024`, 400)).detail, /peildatum/);
  });
});
