import puppeteer from 'puppeteer';
import http from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
const root = '/work/main';
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/page.html') { res.setHeader('content-type','text/html'); res.end(readFileSync('/tmp/page.html')); return; }
  const p = root + url.pathname;
  if (!existsSync(p)) { res.statusCode = 404; res.end(); return; }
  res.setHeader('content-type', p.endsWith('.js') ? 'text/javascript' : 'application/json');
  res.end(readFileSync(p));
}).listen(0, '127.0.0.1');
await new Promise(r => server.on('listening', r));
const port = server.address().port;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
for (const [w, name] of [[1280,'desktop'],[360,'phone']]) {
  const page = await browser.newPage();
  await page.setViewport({ width: w, height: 900 });
  page.on('console', m => console.log('console:', m.type(), m.text()));
  await page.goto(`http://127.0.0.1:${port}/page.html`);
  await new Promise(r => setTimeout(r, 800));
  if (process.env.TYPE) { await page.evaluate(() => { const f = document.querySelector('ogv-resource-finder'); const i = f.shadowRoot.querySelector('input[type=search]'); i.focus(); }); await page.keyboard.type(process.env.TYPE); await new Promise(r => setTimeout(r, 800)); }
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !!process.env.FULL });
}
await browser.close(); server.close();
