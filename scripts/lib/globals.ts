// Build scripts run the library's sources directly (tsx), without tsup's `define`: this sets the same
// build-time constants from package.json and release.json. Import it before anything from src/.
import { buildConstants } from "./build-constants.js";

Object.assign(globalThis, buildConstants(new URL("../../", import.meta.url)));
