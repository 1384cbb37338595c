// Takes the README's screenshots from the real extension: code-server on the demo workspace, driven by headless
// chromium. Usage: npm run build && node scripts/screenshots.mjs  (writes docs/screenshots/*.png)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer, CHROMIUM_ARGS, chromiumPath } from './codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });

const server = await startCodeServer({
  userSettings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.hover.delay': 100, 'window.commandCenter': false, 'chat.commandCenter.enabled': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden' },
});
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(server.url({ folder: path.join(root, 'demo'), extensionDevelopmentPath: root }));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await sleep(4000);

  const runCommand = async (title, pick) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(title);
    await sleep(600);
    await page.keyboard.press('Enter');
    if (pick) {
      await sleep(800);
      await page.keyboard.type(pick);
      await sleep(600);
      await page.keyboard.press('Enter');
    }
  };
  const openFile = async (relative) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget', { state: 'visible' });
      await page.keyboard.type(relative);
      await sleep(1500);
      await page.keyboard.press('Enter');
      const opened = await page.waitForSelector(`.tab[aria-label^="${path.basename(relative)}"]`, { timeout: 5000 }).then(() => true, () => false);
      if (opened) return sleep(1500);
      await page.keyboard.press('Escape');
    }
    throw new Error(`could not open ${relative}`);
  };

  // 1. The sidebar: suggestions for the demo workspace and the catalog.
  const sidebarVisible = () => page.locator('[id="workbench.parts.sidebar"]').isVisible();
  await page.click('.activitybar [aria-label^="Reuse Radar"]');
  await sleep(1500);
  if (!(await sidebarVisible())) await page.click('.activitybar [aria-label^="Reuse Radar"]');
  await sleep(5000);
  // Expand the first suggestion so the files and lines that triggered it show.
  await page.locator('[id="workbench.parts.sidebar"] .monaco-list-row').first().click().catch(() => {});
  await sleep(1500);
  await page.screenshot({ path: path.join(outDir, 'sidebar.png') });

  // 2. A hover on an import an internal library wraps.
  await openFile('web-app/src/api.ts');
  const token = page.locator('.view-line span[class^="mtk"]', { hasText: /^'axios'$/ }).first();
  await token.hover();
  // The language server's own hover may arrive first ("Loading…"); wait for ours.
  await page.locator('.monaco-hover', { hasText: 'Open details' }).first().waitFor({ timeout: 30_000 }).catch(async () => {
    await page.mouse.move(5, 5);
    await token.hover();
    await page.locator('.monaco-hover', { hasText: 'Open details' }).first().waitFor({ timeout: 30_000 });
  });
  await sleep(800);
  await page.screenshot({ path: path.join(outDir, 'hover.png') });
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  // 3. The library details page.
  await runCommand('Reuse Radar: Open Library Details', 'http-client');
  await sleep(4000);
  await page.screenshot({ path: path.join(outDir, 'details.png') });
  console.log(`Screenshots written to ${path.relative(root, outDir)}/`);
} finally {
  await browser.close();
  server.stop();
}
