/** Prints the suite's closing line, `N passed, N failed, N skipped`, from Vitest's JSON report. */
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../test/.artifacts/vitest.json', import.meta.url), 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`\n${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
if (report.numTotalTests === 0) {
  console.error('No test ran.');
  process.exit(1);
}
