// Tests of the built package (dist/ and the packed tarball): run by `npm run test:dist` after the build.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { include: ["test/dist/**/*.test.ts"], testTimeout: 240_000, hookTimeout: 240_000, fileParallelism: false },
});
