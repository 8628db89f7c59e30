// Replaced at build time (tsup `define`) and in tests (vitest `define`) with the version in package.json.
declare const __PACKAGE_VERSION__: string;
// The release date from release.json (null for a build that was never released).
declare const __RELEASE_DATE__: string | null;
// The package's web address: package.json `homepage`, else its `repository` URL (null while it has neither).
declare const __PACKAGE_URL__: string | null;
