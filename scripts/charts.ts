// Draws the documentation's charts from the shipped data with Observable Plot, server-side (linkedom), as
// deterministic SVG: the same data gives the same bytes. Run: npm run docs:charts (npm run docs runs it).
import "./lib/globals.js";
import { resolve } from "node:path";
import * as Plot from "@observablehq/plot";
import * as api from "../src/index.js";
import { createRequire } from "node:module";
import countryCodes from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { CountryCode } from "../src/core/types.js";
import type { GeometryCollection, Topology } from "topojson-specification";
import { armsSeries, armsShare } from "../src/arms/index.js";
import { tradeShare as worldShare, worldTrade } from "../src/world/index.js";
import { partnerTrade } from "../src/partner-trade.js";
import { isMain, ROOT, writeAtomic } from "./lib/files.js";
import { BLUE, MAP_LEGEND, producerYears, RED, svg } from "./lib/chart-frame.js";

export function charts(): Record<string, { title: string; svg: string }> {
  const cn = api.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }).map((p) => ({ ...p, reporter: "China-reported" }));
  const ru = api.tradeSeries({ reporter: "RUS", partner: "CHN", flow: "total" }).map((p) => ({ ...p, reporter: "Russia-reported" }));
  const trade = [...cn, ...ru].map((p) => ({ year: p.year, bn: p.value / 1000, reporter: p.reporter }));

  const years = Array.from({ length: 2025 - 1992 + 1 }, (_, i) => 1992 + i);
  const tryShare = (reporter: "CHN" | "RUS", partner: "CHN" | "RUS", year: number) => {
    try {
      return api.tradeShare({ reporter, partner, year }).share;
    } catch {
      return undefined; // a year without both totals is a gap, not a zero
    }
  };
  // A year without a share is NaN, which Plot draws as a break in the line: a gap stays visible.
  const shares = years.flatMap((year) => {
    const a = tryShare("RUS", "CHN", year);
    const b = tryShare("CHN", "RUS", year);
    return [
      { year, percent: a === undefined ? Number.NaN : a * 100, series: "China's share of Russia's trade" },
      { year, percent: b === undefined ? Number.NaN : b * 100, series: "Russia's share of China's trade" },
    ];
  });
  const shown = shares.filter((d) => !Number.isNaN(d.percent));
  // After Russia stopped publishing its trade by partner: China's figure over Russia's total (mirror), dashed.
  const mirror = years.flatMap((year) => {
    if (year < 2021) return [];
    try {
      return [{ year, percent: api.tradeShare({ reporter: "RUS", partner: "CHN", year, basis: "mirror" }).share * 100, series: "mirror" }];
    } catch {
      return [];
    }
  });
  const asym = years.flatMap((year) => {
    try {
      return [{ year, ratio: api.dependencyAsymmetry({ a: "RUS", b: "CHN", year }).ratio }];
    } catch {
      return [];
    }
  });
  const names: Record<string, string> = { CHN: "China", EUU: "European Union", DEU: "Germany" };
  const partners = new Map<string, { year: number; bn: number; partner: string }>();
  for (const r of partnerTrade) {
    if (r.reporter !== "RUS" || !(r.partner in names)) continue;
    const k = `${r.partner}/${r.year}`;
    const cur = partners.get(k) ?? { year: r.year, bn: 0, partner: names[r.partner]! };
    cur.bn += r.valueUsdMillions / 1000;
    partners.set(k, cur);
  }
  const short = (flow: string) => (/Power of Siberia/.test(flow) ? "gas, Power of Siberia" : /crude/.test(flow) ? "crude oil" : /Arctic LNG 2/.test(flow) ? "LNG, Arctic LNG 2" : /LNG/.test(flow) ? "LNG, all projects" : flow);
  const flows = api.energyFlows.map((f) => ({ year: f.year, value: f.value, what: `${short(f.flow)} (${f.unit})`, status: f.status, approximate: f.approximate }));
  const events = api.events.map((e) => ({ date: new Date(`${e.date.length === 4 ? `${e.date}-07-01` : e.date.length === 7 ? `${e.date}-15` : e.date}T00:00:00Z`), category: e.category, title: e.title }));
  const armsNames: Partial<Record<CountryCode, string>> = { IND: "India", CHN: "China", VNM: "Viet Nam" };
  const arms = (Object.entries(armsNames) as [CountryCode, string][]).flatMap(([code, recipient]) =>
    // One release for the whole chart: SIPRI's tables of 2022, which cover 1992–2021 (a series never mixes releases).
    armsSeries({ supplier: "RUS", recipient: code, release: "2022-07-28" }).map((p) => ({ year: p.year, tiv: p.value, recipient })),
  );
  const windows = [[1992, 1996], [1997, 2001], [2002, 2006], [2007, 2011], [2012, 2016], [2017, 2021]] as const;
  const armsShares = windows.flatMap(([from, to]) =>
    (Object.entries(armsNames) as [CountryCode, string][]).map(([code, recipient]) => ({
      period: `${from}–${to}`, recipient, percent: armsShare({ supplier: "RUS", recipient: code, from, to, release: "2022-07-28" }).share * 100,
    })),
  );
  const capabilityMetrics = ["gdp", "gdpPerCapita", "population", "militaryExpenditure", "militaryExpenditureShareGdp", "nuclearWarheads"] as const;
  const capabilityLabels: Record<string, string> = {
    gdp: "GDP", gdpPerCapita: "GDP per capita", population: "population", militaryExpenditure: "military expenditure",
    militaryExpenditureShareGdp: "military expenditure, % of GDP", nuclearWarheads: "nuclear warheads (stockpile)",
  };
  // Each metric from its newest release (the one China's series is read from by default), both sides alike.
  const releaseOf = (metric: (typeof capabilityMetrics)[number]) => api.capabilitySeries({ country: "CHN", metric })[0]!.release;
  const ratios = capabilityMetrics.flatMap((metric) =>
    (["RUS", "SUN"] as const).flatMap((other) => {
      const release = releaseOf(metric);
      const theirs = api.capabilities.filter((r) => r.country === other && r.metric === metric && r.release === release);
      const ours = new Map(api.capabilities.filter((r) => r.country === "CHN" && r.metric === metric && r.release === release).map((r) => [r.year, r.value]));
      return theirs.flatMap((r) => {
        const c = ours.get(r.year);
        // A zero on either side has no place on a log scale (China had no warheads before 1964).
        // Ratios under 1:100 (China's first warheads against the Soviet stockpile) are left out of the chart.
        return c !== undefined && c > 0 && r.value > 0 && c / r.value >= 0.01
          ? [{ year: r.year, ratio: c / r.value, metric: capabilityLabels[metric]!, against: other === "RUS" ? "China ÷ Russia" : "China ÷ Soviet Union" }]
          : [];
      });
    }),
  );
  const facetIndex = (d: { metric: string }) => capabilityMetrics.findIndex((m) => capabilityLabels[m] === d.metric);
  const facetX = (d: { metric: string }) => facetIndex(d) % 2;
  const facetY = (d: { metric: string }) => Math.floor(facetIndex(d) / 2);
  // The shared neighbourhood: China's and Russia's shares of each neighbour's trade, from the neighbour's statistics.
  const neighbourNames: Partial<Record<CountryCode, string>> = {
    KAZ: "Kazakhstan", KGZ: "Kyrgyzstan", TJK: "Tajikistan", TKM: "Turkmenistan", UZB: "Uzbekistan", MNG: "Mongolia", IND: "India", VNM: "Viet Nam",
  };
  const neighbours = (Object.entries(neighbourNames) as [CountryCode, string][]).flatMap(([code, country]) =>
    (["CHN", "RUS"] as const).flatMap((partner) =>
      Array.from({ length: 2020 - 1992 + 1 }, (_, i) => 1992 + i).flatMap((year) => {
        try {
          const r = worldShare({ reporter: code, partner, year });
          return [{ year, percent: r.share * 100, country, partner: partner === "CHN" ? "China" : "Russia" }];
        } catch {
          return []; // a year the neighbour did not report is a gap
        }
      }),
    ),
  );
  // Which of the two each reporter trades more with in 2020, by its own statistics.
  const lean = new Map<string, string>();
  const total = (reporter: string, partner: string) => {
    const rows = worldTrade.filter((r) => r.reporter === reporter && r.partner === partner && r.year === 2020);
    return rows.length === 2 ? rows[0]!.valueUsdMillions + rows[1]!.valueUsdMillions : undefined;
  };
  for (const reporter of new Set(worldTrade.map((r) => r.reporter))) {
    const c = total(reporter, "CHN");
    const r = total(reporter, "RUS");
    if (c !== undefined && r !== undefined) lean.set(reporter, c > r ? "more with China" : "more with Russia");
  }
  lean.set("CHN", "China");
  lean.set("RUS", "Russia");
  const require = createRequire(import.meta.url);
  const topology = require("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countriesGeo = feature(topology, topology.objects.countries).features.map((f) => {
    const alpha3 = f.id === undefined ? undefined : countryCodes.numericToAlpha3(String(f.id));
    return { ...f, properties: { ...f.properties, lean: (alpha3 && lean.get(alpha3)) ?? "no data (2020)" } };
  });
  const endLabel = <T extends { year: number }>(data: T[], z: keyof T, y: keyof T) =>
    Plot.text(data, Plot.selectLast({ x: "year", y: y as string, z: z as string, text: z as string, dx: 6, textAnchor: "start" }));

  return {
    "trade-by-reporter": {
      title: `China–Russia trade as each side reports it, ${trade[0]!.year}–${Math.max(...trade.map((d) => d.year))}, USD bn`,
      svg: svg({
        width: 760, height: 360, marginRight: 20,
        y: { label: "USD bn", grid: true }, x: { label: null, tickFormat: "d" },
        color: { domain: ["China-reported", "Russia-reported"], range: [RED, BLUE] },
        marks: [Plot.ruleY([0]), Plot.line(trade, { x: "year", y: "bn", stroke: "reporter" }), Plot.dot(trade, { x: "year", y: "bn", fill: "reporter", r: 2 })],
      }, {
        title: `China–Russia trade as each side reports it, ${trade[0]!.year}–${Math.max(...trade.map((d) => d.year))}`,
        caption:
          `Exports plus imports, billions of current US dollars, each line from one country's own statistics (tradeSeries, flow "total"). ` +
          `China-reported: ${producerYears(cn)}. Russia-reported: ${producerYears(ru)}. A missing year is a gap in the line. Data: china-russia-data.`,
        legend: [{ label: "China-reported", color: RED }, { label: "Russia-reported", color: BLUE }],
      }),
    },
    "shares": {
      title: "Each country's share of the other's trade, %; dashed: mirror (China's figure over Russia's total), after 2021",
      svg: svg({
        width: 760, height: 360, marginRight: 20,
        y: { label: "% of total trade", grid: true }, x: { label: null, tickFormat: "d" },
        color: { domain: ["China's share of Russia's trade", "Russia's share of China's trade"], range: [BLUE, RED] },
        marks: [
          Plot.ruleY([0]), Plot.line(shares, { x: "year", y: "percent", stroke: "series" }), Plot.dot(shown, { x: "year", y: "percent", fill: "series", r: 2 }),
          Plot.line(mirror, { x: "year", y: "percent", strokeDasharray: "4,3", stroke: BLUE }),
          Plot.dot(mirror, { x: "year", y: "percent", stroke: BLUE, fill: "white", r: 3 }),
        ],
      }, {
        title: "Each country's share of the other's trade, %",
        caption:
          "Trade with the partner over trade with the world, each from the reporter's own statistics (tradeShare): IMF Direction of Trade Statistics " +
          `(DOTS) to 2020, then the countries' own customs and officials. The dashed line (${mirror.map((d) => d.year).join(", ")}) is China's figure for its ` +
          "trade with Russia over Russia's own total (the mirror basis), where Russia no longer publishes its trade by partner. A year without both " +
          "figures is a gap. Data: china-russia-data.",
        legend: [
          { label: "China's share of Russia's trade", color: BLUE },
          { label: "the same, mirror basis (China's figure ÷ Russia's total)", color: BLUE, hollow: true },
          { label: "Russia's share of China's trade", color: RED },
        ],
      }),
    },
    "asymmetry": {
      title: "Dependency asymmetry: China's share of Russia's trade ÷ Russia's share of China's",
      svg: svg({
        width: 760, height: 320,
        y: { label: "ratio", grid: true }, x: { label: null, tickFormat: "d" },
        marks: [Plot.ruleY([1], { strokeDasharray: "4,3" }), Plot.line(asym, { x: "year", y: "ratio" }), Plot.dot(asym, { x: "year", y: "ratio", r: 2 })],
      }, {
        title: "Dependency asymmetry of Russia and China",
        caption:
          "China's share of Russia's trade divided by Russia's share of China's trade (dependencyAsymmetry), each share from the reporter's own " +
          "statistics (IMF DOTS, then China's customs); above the dashed line at 1, Russia depends more on the tie. Data: china-russia-data.",
      }),
    },
    "russia-partners": {
      title: "Russia's trade with China, the EU and Germany (Russia-reported, IMF DOTS), USD bn",
      svg: svg({
        width: 760, height: 360, marginRight: 120,
        y: { label: "USD bn", grid: true }, x: { label: null, tickFormat: "d" },
        marks: [Plot.ruleY([0]), Plot.line([...partners.values()], { x: "year", y: "bn", stroke: "partner" }), endLabel([...partners.values()], "partner", "bn")],
      }, {
        title: "Russia's trade with China, the EU and Germany, USD bn",
        caption: "Exports plus imports, billions of current US dollars, as Russia reports them to the IMF Direction of Trade Statistics (DOTS), 1992–2020 (partnerTrade). Data: china-russia-data.",
      }),
    },
    "energy-flows": {
      title: "Energy flows from Russia to China (planned figures hollow)",
      svg: svg({
        width: 760, height: 420, marginLeft: 60,
        fy: { label: null }, y: { label: null, grid: true }, x: { label: null, tickFormat: "d" }, facet: { data: flows, y: "what", marginRight: 190 },
        marks: [Plot.frame({ strokeOpacity: 0.2 }), Plot.ruleY([0]), Plot.dot(flows, { x: "year", y: "value", stroke: "currentColor", fill: (d: { status: string }) => (d.status === "planned" ? "white" : "currentColor"), r: 4 })],
      }, {
        title: "Energy flows from Russia to China",
        caption: "Annual gas, crude oil and LNG flows, each in the unit its sources state (energyFlows); each point comes from the source it names: customs, company and official figures, most of them as quoted in the press. Data: china-russia-data.",
        legend: [{ label: "actual or preliminary", color: "#222" }, ...(flows.some((f) => f.status === "planned") ? [{ label: "planned", color: "#222", hollow: true }] : [])],
      }),
    },
    "arms-russia": {
      title: "Russia's arms deliveries to India, China and Viet Nam, SIPRI trend-indicator values (millions), 1992–2021",
      svg: svg({
        width: 760, height: 360, marginRight: 90, marginLeft: 50,
        y: { label: "TIV, millions", grid: true }, x: { label: null, tickFormat: "d" },
        marks: [Plot.ruleY([0]), Plot.line(arms, { x: "year", y: "tiv", stroke: "recipient" }), Plot.dot(arms, { x: "year", y: "tiv", fill: "recipient", r: 2 }), endLabel(arms, "recipient", "tiv")],
      }, {
        title: "Russia's arms deliveries to India, China and Viet Nam, 1992–2021",
        caption: "Trend-indicator values (TIV, millions), SIPRI Arms Transfers Database, release 2022-07-28 (armsSeries). TIV measures the military capability transferred, not the price paid. Data: china-russia-data.",
      }),
    },
    "arms-shares": {
      title: "India's, China's and Viet Nam's shares of Russia's arms deliveries by five-year period, % of SIPRI TIV",
      svg: svg({
        width: 760, height: 400, marginBottom: 60, marginTop: 40,
        fx: { label: null }, x: { label: null, tickRotate: -40 }, y: { label: "% of Russia's deliveries", grid: true },
        marks: [Plot.ruleY([0]), Plot.barY(armsShares, { fx: "period", x: "recipient", y: "percent", fill: "recipient" })],
      }, {
        title: "India's, China's and Viet Nam's shares of Russia's arms deliveries, by five-year period",
        caption: "Percent of Russia's deliveries to all recipients in each period, in SIPRI trend-indicator values (SIPRI Arms Transfers Database, release 2022-07-28; armsShare). Data: china-russia-data.",
      }),
    },
    "asymmetry-capabilities": {
      title: "China's capabilities as a multiple of Russia's (blue) and of the Soviet Union's (orange), log scale; the dashed line is parity; ratios under 1:100 left out",
      svg: svg({
        width: 760, height: 600, marginLeft: 60, marginRight: 10,
        fx: { axis: null }, fy: { axis: null },
        facet: { data: ratios, x: facetX, y: facetY, marginTop: 10 },
        x: { label: null, tickFormat: "d", ticks: 5, domain: [1900, 2022] },
        y: { type: "log", label: "China ÷ other", grid: true, domain: [0.01, 100], tickFormat: "~g" },
        color: { domain: ["China ÷ Russia", "China ÷ Soviet Union"], range: ["#4269d0", "#ef8a18"] },
        marks: [
          Plot.frame({ strokeOpacity: 0.2 }),
          Plot.ruleY([1], { strokeDasharray: "4,3" }),
          Plot.line(ratios, { x: "year", y: "ratio", stroke: "against", z: "against" }),
          Plot.text(capabilityMetrics.map((m) => ({ metric: capabilityLabels[m]! })), { fx: facetX, fy: facetY, text: "metric", frameAnchor: "top-left", dx: 6, dy: 6 }),
        ],
      }, {
        title: "China's capabilities as a multiple of Russia's and of the Soviet Union's",
        caption:
          "China's value divided by the other's, log scale; the dashed line is parity; ratios under 1:100 are left out (capabilities), each metric from " +
          "its newest edition. GDP: Maddison Project Database 2020; GDP per capita: Maddison 2023; population: Gapminder and the UN; military " +
          "expenditure: SIPRI's 2025 workbook; nuclear warheads: the Federation of American Scientists (FAS) 2023. Data: china-russia-data.",
        legend: [{ label: "China ÷ Russia", color: "#4269d0" }, { label: "China ÷ Soviet Union", color: "#ef8a18" }],
      }),
    },
    "neighbours": {
      title: "China's (red) and Russia's (blue) shares of each neighbour's trade, % (the neighbour's own IMF DOTS statistics), 1992–2020",
      svg: svg({
        width: 760, height: 520, marginLeft: 40,
        fx: { axis: null }, fy: { axis: null },
        facet: { data: neighbours, x: (d: { country: string }) => Object.values(neighbourNames).indexOf(d.country) % 4, y: (d: { country: string }) => Math.floor(Object.values(neighbourNames).indexOf(d.country) / 4) },
        x: { label: null, tickFormat: "d", ticks: 3 }, y: { label: "% of the neighbour's trade", grid: true },
        color: { domain: ["China", "Russia"], range: ["#e15759", "#4269d0"] },
        marks: [
          Plot.frame({ strokeOpacity: 0.2 }),
          Plot.line(neighbours, { x: "year", y: "percent", stroke: "partner", z: "partner" }),
          Plot.text(Object.values(neighbourNames).map((country) => ({ country })), {
            fx: (d: { country: string }) => Object.values(neighbourNames).indexOf(d.country) % 4,
            fy: (d: { country: string }) => Math.floor(Object.values(neighbourNames).indexOf(d.country) / 4),
            text: "country", frameAnchor: "top-left", dx: 6, dy: 6,
          }),
        ],
      }, {
        title: "China's and Russia's shares of each neighbour's trade, 1992–2020, %",
        caption: "Trade with China or Russia over the neighbour's trade with the world, from the neighbour's own statistics in the IMF Direction of Trade Statistics (DOTS) (china-russia-data/world, tradeShare); a year the neighbour did not report is a gap. Data: china-russia-data.",
        legend: [{ label: "China", color: "#e15759" }, { label: "Russia", color: "#4269d0" }],
      }),
    },
    "world-map": {
      title: "Which of the two each country traded more with in 2020, by its own statistics (IMF DOTS): red China, blue Russia",
      svg: svg({
        width: 760, height: 400, projection: "equal-earth",
        color: { domain: MAP_LEGEND.map((l) => l.label), range: MAP_LEGEND.map((l) => l.color) },
        marks: [Plot.geo(countriesGeo, { fill: (d: { properties: { lean: string } }) => d.properties.lean, stroke: "white", strokeWidth: 0.4 }), Plot.sphere({ strokeOpacity: 0.3 })],
      }, {
        title: "Which of the two each country traded more with in 2020",
        caption:
          `Each country's exports plus imports with China against those with Russia in 2020, from its own statistics as reported to the IMF Direction of ` +
          `Trade Statistics (DOTS) (china-russia-data/world): ${[...lean.values()].filter((v) => v === "more with China").length} reporters traded more with China, ` +
          `${[...lean.values()].filter((v) => v === "more with Russia").length} more with Russia. Grey: no DOTS figures for 2020 with both. Borders: Natural Earth (world-atlas, 1:110m). Data: china-russia-data.`,
        legend: MAP_LEGEND,
        // Half a pixel: at the 760-pixel width the borders look as at a tenth, in half the bytes.
        grid: 0.5,
      }),
    },
    "events": {
      title: "A timeline of China–Russia relations",
      svg: svg({
        width: 760, height: 280, marginLeft: 80,
        y: { label: null }, x: { label: null },
        marks: [Plot.dot(events, { x: "date", y: "category", fill: "category", r: 4, title: "title" })],
      }, {
        title: "A timeline of China–Russia relations",
        caption: "Dated events by category (events), each with its sources: the Carnegie Moscow Center article, official statements and the press. Data: china-russia-data.",
      }),
    },
  };
}

if (isMain(import.meta.url)) {
  const all = charts();
  for (const [name, { svg: text }] of Object.entries(all)) writeAtomic(resolve(ROOT, "docs", "charts", `${name}.svg`), text);
  console.log(`docs/charts: ${Object.keys(all).length} charts`);
}
