// Replaced at build time (tsup `define`) and in tests (vitest `define`) with the version in package.json.
declare const __PACKAGE_VERSION__: string;
// The release date from release.json (null for a build that was never released).
declare const __RELEASE_DATE__: string | null;
