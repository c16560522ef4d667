// Prints one line, "N passed, N failed", summing the Vitest JSON reports of the unit/component
// and end-to-end runs. A step that failed before any test ran (typecheck, lint, data, build,
// size budget) counts as one failure, so a red run never reads as "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
for (const file of ['reports/unit.json', 'reports/e2e.json']) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  const failedTests = report.numFailedTests ?? 0;
  // A file that failed to load has failed suites but no failed tests: count the suites.
  failed += failedTests > 0 ? failedTests : (report.numFailedTestSuites ?? 0);
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
