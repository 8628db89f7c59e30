export { share } from "./share.js";
export { dependencyAsymmetryRatio, barbieri, type BarbieriMeasures } from "./asymmetry.js";
export { tradeIntensity, type TradeIntensityInput } from "./intensity.js";
export { hhi } from "./hhi.js";
export { foldChange, percentChange, cagr, logGrowth } from "./growth.js";
export { yoy, indexTo, type GrowthPoint } from "./series.js";
export type { SeriesPoint } from "./_check.js";
