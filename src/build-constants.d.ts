// Replaced at build time (tsup `define`) and in tests (vitest `define`) with the version in package.json.
declare const __PACKAGE_VERSION__: string;
