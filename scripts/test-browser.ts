// Browser check: serves site/ (the TypeDoc site) and a page that imports the package's ESM build on
// localhost, drives the system's headless Chromium with playwright-core, and asserts: no console errors, every
// dataset page shows its charts, and the browser computes tradeSeries and dependencyAsymmetry exactly as Node
// does. Saves screenshots to reports/screenshots/. Run after `npm run build` and `npm run docs`.
import "./lib/globals.js";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import * as api from "../src/index.js";
import { DATASET_CHARTS } from "./docs-pages.js";
import { DATASETS } from "./export-data.js";
import { ROOT } from "./lib/files.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  console.error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}
for (const need of ["site/index.html", "dist/index.js"]) {
  if (!existsSync(resolve(ROOT, need))) {
    console.error(`${need} is missing: run npm run build && npm run docs first`);
    process.exit(1);
  }
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json", ".png": "image/png", ".ico": "image/x-icon" };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let path = decodeURIComponent(url.pathname);
  if (path === "/favicon.ico") {
    res.writeHead(204).end(); // the site has no icon; the browser asks anyway
    return;
  }
  if (path === "/test.html") path = "/test/browser/index.html";
  else if (!path.startsWith("/dist/")) path = `/site${path === "/" ? "/index.html" : path}`;
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
const port = (server.address() as { port: number }).port;
const base = `http://127.0.0.1:${port}`;

const shots = resolve(ROOT, "reports", "screenshots");
mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const failures: string[] = [];
let checks = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.url()}: HTTP ${r.status()}`);
  });

  const pages = ["index.html", ...Object.keys(DATASETS).map((d) => `documents/Dataset__${d}.html`), "documents/Methodology.html"];
  for (const p of pages) {
    await page.goto(`${base}/${p}`, { waitUntil: "networkidle" });
    const dataset = /Dataset__(\w+)\.html/.exec(p)?.[1];
    const expected = dataset ? (DATASET_CHARTS[dataset] ?? []).length : 0;
    const charts = await page.$$eval("img[src$='.svg']", (imgs) =>
      imgs.map((i) => ({ src: i.getAttribute("src"), ok: (i as unknown as { complete: boolean }).complete && (i as unknown as { naturalWidth: number }).naturalWidth > 0 })),
    );
    // Each page has one H1: the theme's title is off where the Markdown brings its own (typedoc.json headings).
    const h1 = await page.$$eval("h1", (hs) => hs.map((h) => h.textContent?.trim() ?? ""));
    checks++;
    if (h1.length !== 1) failures.push(`${p}: ${h1.length} H1 headings (${JSON.stringify(h1)})`);
    if (charts.filter((c) => c.ok).length < expected) failures.push(`${p}: ${charts.filter((c) => c.ok).length} of ${expected} charts shown (${JSON.stringify(charts)})`);
    checks++;
    await page.screenshot({ path: join(shots, `${p.replace(/[/.]/g, "_")}.png`), fullPage: false });
  }

  await page.goto(`${base}/test.html`, { waitUntil: "networkidle" });
  await page.waitForFunction(() => (globalThis as { __results?: unknown }).__results !== undefined, undefined, { timeout: 10_000 });
  const inBrowser = JSON.parse(await page.evaluate(() => JSON.stringify((globalThis as { __results?: unknown }).__results))) as Record<string, unknown>;
  const inNode = JSON.parse(JSON.stringify({
    version: api.meta.version,
    fingerprint: api.meta.fingerprint,
    series: api.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }),
    asymmetry: api.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 }),
    share2013: api.tradeShare({ reporter: "RUS", partner: "CHN", year: 2013 }).share,
    cite: api.cite({ format: "apa" }),
  })) as Record<string, unknown>;
  for (const k of Object.keys(inNode)) {
    checks++;
    if (JSON.stringify(inBrowser[k]) !== JSON.stringify(inNode[k])) failures.push(`browser and Node differ on ${k}`);
  }
  await page.screenshot({ path: join(shots, "esm-in-browser.png") });
  checks++;
  if (errors.length) failures.push(...errors.map((e) => `console error: ${e}`));
} finally {
  await browser.close();
  server.close();
}
for (const f of failures) console.error(`FAIL ${f}`);
console.log(`browser: ${checks - failures.length} passed, ${failures.length} failed`);
console.log(`screenshots in reports/screenshots/`);
process.exit(failures.length ? 1 : 0);
