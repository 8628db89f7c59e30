// The Frictionless Data Package library used by the tests ships no types.
declare module "datapackage" {
  export const Package: {
    load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<{
      valid: boolean;
      errors: Error[];
      getResource(name: string): { read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<unknown[]> };
    }>;
  };
}

// citation-js ships no types either: the subset the tests use.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(kind: "bibliography", options: { format: "text"; template: string; lang: string }): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
