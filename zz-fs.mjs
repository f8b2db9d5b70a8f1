import { chromium } from 'playwright-core';
import http from 'node:http';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const s = http.createServer((q, r) => r.end('<!doctype html><body><div id=b></div></body>')).listen(0, '127.0.0.1');
await new Promise(r => s.once('listening', r));
const p = await b.newPage();
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto(`http://127.0.0.1:${s.address().port}/`);
try {
  console.log(await p.evaluate(async () => { document.getElementById('b').innerHTML = ''; await new Promise((d) => requestAnimationFrame(() => requestAnimationFrame(d))); return 'ok'; }));
} catch (e) { console.log('ERR', e.message); }
await b.close(); s.close();
