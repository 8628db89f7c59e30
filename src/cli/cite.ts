// `cite`: a citation of this version, or of one dataset with its producers.
import type { CitationFormat } from "../index.js";
import { api, datasetName, type Command } from "./shared.js";

export const cite: Command = {
  help: "Usage: china-russia-data cite [--format text|apa|bibtex|csl-json] [--dataset NAME]\n\nCites this version, or one dataset with its producers.\n",
  options: ["format", "dataset"],
  run: ({ values, out }) => {
    const format = (values.format ?? "text") as CitationFormat;
    out.write(api.cite({ format, ...(values.dataset ? { dataset: datasetName(values.dataset) } : {}) }));
    return 0;
  },
};
