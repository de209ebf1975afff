// Prints one plain closing line ("tests: N passed, N failed") that any CI
// reader understands. It is written on exit so that it comes after jest's own
// summary, which the default reporter prints last.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`
    process.once('exit', () => process.stdout.write(line))
  }
}
module.exports = PlainSummaryReporter
