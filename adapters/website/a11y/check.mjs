// Renders every HTML page of a generated static site in headless Chromium and runs axe-core on it.
// Fails (exit 1) on any serious or critical finding. Usage: node check.mjs <dir> [<dir>...]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const dirs = (process.argv.length > 2 ? process.argv.slice(2) : ['../target/a11y-site']).map(d => path.resolve(d));
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
let failures = 0, checked = 0;
try {
  for (const [site, file] of dirs.flatMap(d => pages(d).map(f => [d, f]))) {
    const page = await browser.newPage();
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
} finally {
  await browser.close();
}
console.log(`axe-core: ${checked} page(s) checked, ${failures} serious/critical finding(s)`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
