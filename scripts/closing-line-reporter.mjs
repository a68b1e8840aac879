// Ends the run with one plain line, "N passed, N failed[, N skipped]", counted over every browser,
// so CI logs can be read without parsing the progress bars. A test file that failed to load or run
// counts as one failure.
export function closingLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      for (const session of sessions) {
        let failedHere = 0;
        const walk = (suite) => {
          for (const test of suite.tests) {
            if (test.skipped) skipped++;
            else if (test.passed) passed++;
            else failedHere++;
          }
          suite.suites.forEach(walk);
        };
        if (session.testResults) walk(session.testResults);
        if (!session.passed && failedHere === 0) failedHere = 1;
        failed += failedHere;
      }
      // After the default reporter's last frame.
      setTimeout(() => console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`));
    },
  };
}
