// Keyboard use of the national page: Tab reaches every control in document order, every focused
// element shows a visible focus indicator, the sort links and the date form work from the keyboard.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { nieuweContext, startBrowser } from './browser.mjs';
import { fixtureQuery, importeerFixture, startStapel } from './stapel.mjs';

const maxTabs = 400;

let stapel;
let browser;
let context;
let nlUrl;

before(async () => {
  stapel = await startStapel();
  await importeerFixture(stapel);
  browser = await startBrowser();
  context = await nieuweContext(browser);
  nlUrl = `${stapel.url}/dashboards/NL?${fixtureQuery}`;
});

after(async () => {
  await context?.close();
  await browser?.close();
  await stapel?.stop();
});

// Runs in the page: helpers on window to identify elements (a unique DOM path) and to read the
// styles that can make focus visible.
function installeerHelpers() {
  window.__rmPad = (el) => {
    const delen = [];
    for (let e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
      const i = [...e.parentElement.children].indexOf(e) + 1;
      delen.unshift(`${e.localName}:nth-child(${i})`);
    }
    return delen.join('>');
  };
  window.__rmBeschrijf = (el) => {
    if (!el || el === document.body) return { pad: 'body', label: '<body>' };
    const href = el.getAttribute('href');
    const naam = (el.getAttribute('aria-label') || el.querySelector?.(':scope > title')?.textContent || el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 60);
    return {
      pad: window.__rmPad(el),
      label: `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}${href ? ` href="${href}"` : ''}> ${naam}`,
    };
  };
  window.__rmStijl = (el) => {
    const s = getComputedStyle(el);
    const pad = el.namespaceURI === 'http://www.w3.org/2000/svg' ? el.querySelector('path') : null;
    const ps = pad ? getComputedStyle(pad) : null;
    return {
      outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor,
      backgroundColor: s.backgroundColor, boxShadow: s.boxShadow, color: s.color,
      textDecoration: s.textDecorationLine,
      pathStroke: ps?.stroke ?? null, pathStrokeWidth: ps?.strokeWidth ?? null,
    };
  };
}

/** The element's on-screen rectangle plus room for an outline, clipped to the viewport. */
function ruim(r, vp) {
  const x = Math.max(0, Math.floor(r.x - 8));
  const y = Math.max(0, Math.floor(r.y - 8));
  return { x, y, width: Math.max(1, Math.min(vp.width, Math.ceil(r.x + r.width + 8)) - x), height: Math.max(1, Math.min(vp.height, Math.ceil(r.y + r.height + 8)) - y) };
}

/** Is the difference between focused and unfocused styles a visible focus indicator? */
function zichtbareFocus(met, zonder) {
  const outline = met.outlineStyle !== 'none' && parseFloat(met.outlineWidth) > 0 && !/rgba\(.*,\s*0\)$/.test(met.outlineColor)
    && (met.outlineStyle !== zonder.outlineStyle || met.outlineWidth !== zonder.outlineWidth || met.outlineColor !== zonder.outlineColor);
  const achtergrond = met.backgroundColor !== zonder.backgroundColor;
  const schaduw = met.boxShadow !== zonder.boxShadow && met.boxShadow !== 'none';
  const svgRand = met.pathStroke !== null && (met.pathStroke !== zonder.pathStroke || met.pathStrokeWidth !== zonder.pathStrokeWidth);
  return outline || achtergrond || schaduw || svgRand;
}

describe('toetsenbord op de landelijke pagina', () => {
  let page;
  let stappen; // one entry per Tab press: { pad, label, stijl, inBeeld }
  let verwacht; // the elements that must be reached, per group, in document order

  before(async () => {
    page = await context.newPage();
    await page.goto(nlUrl, { waitUntil: 'load' });
    await page.evaluate(installeerHelpers);
    verwacht = await page.evaluate(() => {
      const groep = (naam, els) => ({ naam, elementen: els.map((e) => window.__rmBeschrijf(e)) });
      return [
        groep('skip link', [...document.querySelectorAll('a.rm-skip')]),
        groep('search input', [document.querySelector('#zoekterm')]),
        groep('peildatum input', [document.querySelector('#peildatum')]),
        groep('Toon button', [...document.querySelectorAll('.rm-bediening button[type=submit]')].filter((b) => b.textContent.trim() === 'Toon')),
        groep('export links', [...document.querySelectorAll('.rm-bediening a[href*="/export."]')]),
        groep('map area links', [...document.querySelectorAll('.rm-landkaart svg a')]),
        groep('table sort links', [...document.querySelectorAll('.rm-tabel thead a')]),
      ];
    });

    // Styles of every focusable element while nothing has focus, to compare with its focused styles.
    const basis = await page.evaluate(() => Object.fromEntries(
      [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
        .map((e) => [window.__rmPad(e), window.__rmStijl(e)])));

    stappen = [];
    const eerste = await page.evaluate(() => window.__rmBeschrijf(document.activeElement));
    assert.equal(eerste.pad, 'body', `focus starts on <body>, not on ${eerste.label}`);
    for (let i = 0; i < maxTabs; i++) {
      await page.keyboard.press('Tab');
      const stap = await page.evaluate(() => {
        const el = document.activeElement;
        const r = el.getBoundingClientRect();
        return { ...window.__rmBeschrijf(el), stijl: el === document.body ? null : window.__rmStijl(el),
          focusVisible: el.matches(':focus-visible'),
          rect: { x: r.x, y: r.y, width: r.width, height: r.height }, scroll: { x: scrollX, y: scrollY },
          inBeeld: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth };
      });
      // Focus went round (back to the top, or out of the document): every control was passed.
      if (stappen.length > 0 && (stap.pad === stappen[0].pad || stap.pad === 'body')) break;
      stap.tab = i + 1;
      stap.stijlIndicator = basis[stap.pad] ? zichtbareFocus(stap.stijl, basis[stap.pad]) : false;
      // No indicator in the element's own styles (e.g. focus inside a browser-drawn part of a
      // control): keep a picture of the focused area to compare with the same area unfocused.
      if (!stap.stijlIndicator && stap.inBeeld) stap.beeldMet = await page.screenshot({ clip: ruim(stap.rect, page.viewportSize()) });
      stappen.push(stap);
    }
    await page.evaluate(() => document.activeElement?.blur());
    for (const stap of stappen.filter((s) => s.beeldMet)) {
      await page.evaluate(({ x, y }) => window.scrollTo(x, y), stap.scroll);
      stap.beeldZonder = await page.screenshot({ clip: ruim(stap.rect, page.viewportSize()) });
    }
  });

  after(async () => { await page?.close(); });

  test('the expected controls exist on the page', () => {
    const aantallen = Object.fromEntries(verwacht.map((g) => [g.naam, g.elementen.length]));
    assert.equal(aantallen['skip link'], 1, 'one skip link');
    assert.equal(aantallen['search input'], 1, 'one search input');
    assert.equal(aantallen['peildatum input'], 1, 'one peildatum input');
    assert.equal(aantallen['Toon button'], 1, 'one Toon button');
    assert.ok(aantallen['export links'] >= 3, `export links: ${aantallen['export links']}`);
    assert.equal(aantallen['map area links'], 12, 'one map area link per province');
    assert.ok(aantallen['table sort links'] >= 19, `table sort links: ${aantallen['table sort links']}`);
  });

  test('the first Tab press focuses the skip link, which then becomes visible', () => {
    assert.ok(stappen.length > 0, 'Tab moved focus');
    assert.equal(stappen[0].pad, verwacht[0].elementen[0].pad, `first focus is ${stappen[0].label}`);
    assert.ok(stappen[0].inBeeld, 'the focused skip link is visible in the viewport');
  });

  test('Tab reaches every search, date, Toon, export, map-area and sort control, in document order', (t) => {
    t.diagnostic(`${stappen.length} Tab stops before focus went round`);
    const index = new Map();
    stappen.forEach((s, i) => { if (!index.has(s.pad)) index.set(s.pad, i); });
    const ontbrekend = [];
    let vorige = -1;
    let vorigeLabel = '(start)';
    const volgorde = [];
    for (const g of verwacht) {
      for (const e of g.elementen) {
        const i = index.get(e.pad);
        if (i === undefined) { ontbrekend.push(`${g.naam}: ${e.label}`); continue; }
        if (i < vorige) volgorde.push(`${g.naam}: ${e.label} (Tab ${i + 1}) comes before ${vorigeLabel} (Tab ${vorige + 1})`);
        vorige = i;
        vorigeLabel = e.label;
      }
    }
    assert.deepEqual(ontbrekend, [], `not reachable with Tab within ${maxTabs} presses:\n${ontbrekend.join('\n')}`);
    assert.deepEqual(volgorde, [], `out of document order:\n${volgorde.join('\n')}`);
  });

  test('every Tab stop shows a visible focus indicator', async (t) => {
    // An indicator is a change of the element's own outline, background, shadow or (SVG) path
    // stroke when focused; failing that, any pixel change of its area (plus 8 px) on screen.
    const zonder = stappen.filter((s) => !s.stijlIndicator && !(s.beeldMet && s.beeldZonder && !s.beeldMet.equals(s.beeldZonder)));
    const alleenPixels = stappen.filter((s) => !s.stijlIndicator && s.beeldMet && s.beeldZonder && !s.beeldMet.equals(s.beeldZonder));
    for (const s of alleenPixels) {
      t.diagnostic(`Tab ${s.tab} ${s.label}: the page's focus style does not apply (:focus-visible ${s.focusVisible}); only the browser's own indicator changes the picture`);
    }
    assert.deepEqual(zonder.map((s) => `Tab ${s.tab} ${s.label}: focused ${JSON.stringify(s.stijl)}`), [],
      'Tab stops without a visible focus indicator');
    // Spot checks of a few kinds, so a change in the walk cannot make this test vacuous: each was
    // a Tab stop and showed the page's own focus style there.
    for (const sel of ['a.rm-skip', '#zoekterm', '#peildatum', '.rm-bediening button', '.rm-bediening a[href*="/export."]', '.rm-landkaart svg a', '.rm-tabelsectie thead a']) {
      const pad = await page.evaluate((q) => window.__rmPad(document.querySelector(q)), sel);
      const stops = stappen.filter((s) => s.pad === pad);
      assert.ok(stops.length > 0, `${sel} was among the Tab stops`);
      assert.ok(stops.some((s) => s.stijlIndicator), `${sel} shows the page's focus style: ${JSON.stringify(stops[0].stijl)}`);
    }
  });
});

describe('skiplink', () => {
  test('Enter on the skip link moves the Tab start into <main>', async () => {
    const page = await context.newPage();
    try {
      await page.goto(nlUrl, { waitUntil: 'load' });
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('rm-skip')), 'first Tab focuses the skip link');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const binnen = await page.evaluate(() => ({ inMain: !!document.activeElement?.closest('main#inhoud'), html: document.activeElement?.outerHTML.slice(0, 120) }));
      assert.ok(binnen.inMain, `after the skip link, Tab goes to ${binnen.html}`);
    } finally {
      await page.close();
    }
  });
});

describe('sorteren met het toetsenbord', () => {
  test('Enter on the oekraine delta header link sorts the table ascending', async () => {
    const page = await context.newPage();
    try {
      await page.goto(nlUrl, { waitUntil: 'load' });
      const kop = 'th:has(> a[href*="sorteer=oekraine.delta"])';
      const rijen = () => page.locator('.rm-tabelsectie .rm-tabel tbody tr > th').allTextContents();
      const voor = await rijen();
      const ariaVoor = await page.getAttribute(`.rm-tabelsectie .rm-tabel thead ${kop}`, 'aria-sort');
      assert.ok(voor.length >= 12, `table has ${voor.length} rows`);

      const link = page.locator('.rm-tabelsectie .rm-tabel thead a[href*="sorteer=oekraine.delta"]').first();
      await link.focus();
      assert.ok(await link.evaluate((a) => a === document.activeElement), 'the sort link has focus');
      await Promise.all([page.waitForURL(/sorteer=oekraine\.delta/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');

      const url = new URL(page.url());
      assert.equal(url.searchParams.get('sorteer'), 'oekraine.delta', `URL after Enter: ${page.url()}`);
      const na = await rijen();
      const ariaNa = await page.getAttribute(`.rm-tabelsectie .rm-tabel thead ${kop}`, 'aria-sort');
      assert.ok(ariaNa === 'ascending' || JSON.stringify(na) !== JSON.stringify(voor),
        `table unchanged: aria-sort ${ariaVoor} -> ${ariaNa}, first rows ${voor.slice(0, 3)} -> ${na.slice(0, 3)}`);
      assert.equal(ariaNa, 'ascending', 'aria-sort of the sorted header');

      // The delta column (third oekraine column = 4th cell of each row incl. the row header) is ascending.
      const deltas = await page.$$eval('.rm-tabelsectie .rm-tabel tbody tr', (trs) => trs.map((tr) => tr.children[3].textContent.trim()));
      const getallen = deltas.filter((d) => /^[-−]?[\d.]+$/.test(d)).map((d) => Number(d.replace(/\./g, '').replace('−', '-')));
      assert.ok(getallen.length >= 12, `numeric delta cells: ${deltas.join(', ')}`);
      assert.ok(getallen.every((g, i) => i === 0 || getallen[i - 1] <= g), `delta column not ascending: ${deltas.join(', ')}`);
    } finally {
      await page.close();
    }
  });
});

describe('peildatum met het toetsenbord', () => {
  test('typing a date in the peildatum field and pressing Enter on Toon shows that date', async (t) => {
    const page = await context.newPage();
    try {
      await page.goto(nlUrl, { waitUntil: 'load' });
      // Tab from the top to the date field.
      let gevonden = false;
      for (let i = 0; i < 20 && !gevonden; i++) {
        await page.keyboard.press('Tab');
        gevonden = await page.evaluate(() => document.activeElement?.id === 'peildatum');
      }
      assert.ok(gevonden, 'Tab reaches #peildatum within 20 presses');
      // Chromium lays out the date field in its UI locale: dd-mm-jjjj for nl-NL, but mm/dd/yyyy
      // when only the en-US locale pack is installed (Debian chromium without chromium-l10n).
      // Type the digits in each common order until the field holds the date; between attempts
      // Shift+Tab returns from the year segment to the first segment.
      const volgordes = [['dd-mm-jjjj', '01082024'], ['mm/dd/yyyy', '08012024'], ['jjjj-mm-dd', '20240801']];
      let waarde = '';
      let gebruikt = '';
      for (const [i, [naam, cijfers]] of volgordes.entries()) {
        if (i > 0) { await page.keyboard.press('Shift+Tab'); await page.keyboard.press('Shift+Tab'); }
        await page.keyboard.type(cijfers);
        waarde = await page.inputValue('#peildatum');
        gebruikt = naam;
        if (waarde === '2024-08-01') break;
      }
      t.diagnostic(`date field order: ${gebruikt}`);
      assert.equal(waarde, '2024-08-01', 'value of #peildatum after typing 1 August 2024 from the keyboard');

      // Tab on (through the segments of the other date field) to the Toon button.
      let opKnop = false;
      for (let i = 0; i < 10 && !opKnop; i++) {
        await page.keyboard.press('Tab');
        opKnop = await page.evaluate(() => document.activeElement?.localName === 'button' && document.activeElement.textContent.trim() === 'Toon');
      }
      assert.ok(opKnop, 'Tab reaches the Toon button after the date fields');
      await Promise.all([page.waitForURL(/peildatum=2024-08-01/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');

      assert.equal(new URL(page.url()).searchParams.get('peildatum'), '2024-08-01', `URL: ${page.url()}`);
      const h1 = await page.textContent('main h1');
      assert.match(h1, /1 augustus 2024/, `h1: ${h1}`);
    } finally {
      await page.close();
    }
  });
});
