// Renders every HTML page of a generated static site in headless Chromium and runs axe-core on it, then searches
// each site in the browser (search.html: type a word of a title, submit, expect a hit). Fails (exit 1) on any
// serious or critical finding or a failed search. Usage: node check.mjs <dir>[=word] [<dir>[=word]...]
// The word defaults to 工作制度 (the sample site's rules page); a demo site is searched for 年度报告.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const args = process.argv.length > 2 ? process.argv.slice(2) : ['../target/a11y-site'];
const dirs = args.map(a => { const [d, w] = a.split('='); return { dir: path.resolve(d), word: w || '工作制度' }; });
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

function pages(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') ? [] : pages(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

const browser = await puppeteer.launch({
  executablePath: chromium, headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run', '--allow-file-access-from-files'],
});
let failures = 0, checked = 0, searches = 0;
try {
  for (const { dir: site } of dirs) {
    for (const file of pages(site)) {
      const page = await browser.newPage();
      // Nothing may be loaded from elsewhere: every request must stay on the file system.
      page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) {
        failures++; console.log(`FAIL ${path.relative(site, file)}: external request ${r.url()}`); } });
      await page.goto('file://' + file, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () =>
        await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
      checked++;
      for (const v of result.violations) {
        const line = `${path.relative(site, file)}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.length} node(s))`;
        if (v.impact === 'serious' || v.impact === 'critical') { failures++; console.log('FAIL ' + line); }
        else console.log('note ' + line);
      }
      await page.close();
    }
  }
  // The search, as a reader uses it: type a word of a title, submit, follow the first hit.
  for (const { dir: site, word } of dirs) {
    const search = path.join(site, 'search.html');
    if (!fs.existsSync(search)) continue;
    const page = await browser.newPage();
    await page.goto('file://' + search, { waitUntil: 'load' });
    await page.type('#q', word);
    await page.click('#search-form button[type=submit]');
    await page.waitForFunction(() => document.getElementById('search-status').textContent.length > 0);
    const hits = await page.$$eval('#results a', as => as.map(a => ({ text: a.textContent, href: a.getAttribute('href') })));
    const status = await page.$eval('#search-status', e => e.textContent);
    searches++;
    const hit = hits.find(h => h.text.includes(word));
    if (!hit || !fs.existsSync(path.join(site, hit.href))) {
      failures++; console.log(`FAIL ${site}/search.html: searching "${word}" found ${JSON.stringify(hits.slice(0, 3))} (${status})`);
    } else {
      console.log(`search ${path.basename(site)}: "${word}" → ${status} first: ${hit.text} (${hit.href})`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`axe-core: ${checked} page(s) checked, ${searches} search(es), ${failures} failure(s)`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
