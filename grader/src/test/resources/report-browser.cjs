// Drives report.html in headless Chromium (playwright-core, Debian's /usr/bin/chromium) the way a
// student would: steps through every interleaving with the arrow keys, reads the outcome bars and the
// lock graphs, and prints what the page showed as JSON for ReportBrowserTest to check.
// Usage: node report-browser.cjs REPORT_HTML SCREENSHOT_DIR   (RACECOURSE_PLAYWRIGHT: its node_modules)
const { chromium } = require(process.env.RACECOURSE_PLAYWRIGHT + '/playwright-core');

(async () => {
  const [report, shots] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const started = Date.now();
  await page.goto('file://' + report);
  const loadMillis = Date.now() - started;
  const seen = { loadMillis, timelines: [], bars: [], graphs: [] };

  for (const figure of await page.$$('figure.timeline')) {
    const check = await figure.getAttribute('data-check');
    const count = Number(await figure.getAttribute('data-steps'));
    await figure.focus();
    const steps = [];
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('ArrowRight');
      steps.push(await figure.evaluate((f) => {
        const row = f.querySelector('tr.step.current');
        return {
          current: Number(f.getAttribute('data-current')),
          position: f.querySelector('.position').textContent,
          thread: Number(row.getAttribute('data-thread')),
          values: row.getAttribute('data-values'),
          line: row.getAttribute('data-line'),
          source: row.querySelector('code.line') ? row.querySelector('code.line').textContent : null,
          marked: row.classList.contains('mark'),
          future: f.querySelectorAll('tr.step.future').length,
        };
      }));
    }
    await page.keyboard.press('ArrowLeft');
    const back = Number(await figure.getAttribute('data-current'));
    await figure.$('button[data-go="mark"]').then((b) => b.click());
    const markButton = Number(await figure.getAttribute('data-current'));
    await figure.screenshot({ path: shots + '/timeline-' + check.replace(/[^\w]/g, '_') + '.png' });
    seen.timelines.push({ check, count, steps, back, markButton });
  }
  for (const figure of await page.$$('figure.outcomes')) {
    const check = await figure.getAttribute('data-check');
    const rows = await figure.$$eval('tr.outcome', (trs) => trs.map((tr) => ({
      result: tr.getAttribute('data-result'),
      samples: Number(tr.getAttribute('data-samples')),
      shown: tr.querySelector('td.n').textContent,
      forbidden: tr.classList.contains('forbidden'),
      marked: tr.textContent.includes('\u2717 forbidden'),
      width: tr.querySelector('.bar').getBoundingClientRect().width,
    })));
    await figure.screenshot({ path: shots + '/outcomes-' + check.replace(/[^\w]/g, '_') + '.png' });
    seen.bars.push({ check, rows });
  }
  for (const figure of await page.$$('figure.locks')) {
    const check = await figure.getAttribute('data-check');
    const edges = await figure.$$eval('g.edge', (gs) => gs.map((g) => ({
      from: g.getAttribute('data-from'), to: g.getAttribute('data-to'), relation: g.getAttribute('data-relation'),
    })));
    const crossed = await figure.$$eval('g.thread.ended', (gs) => gs.map((g) => g.getAttribute('data-thread')));
    await figure.screenshot({ path: shots + '/locks-' + check.replace(/[^\w]/g, '_') + '.png' });
    seen.graphs.push({ check, edges, crossed });
  }
  await page.emulateMedia({ media: 'print' });
  seen.printHidesControls = await page.$$eval('.controls', (cs) => cs.every((c) => getComputedStyle(c).display === 'none'));
  await browser.close();
  process.stdout.write(JSON.stringify(seen));
})().catch((e) => { console.error(e); process.exit(1); });
