/** The command line's progress bar for long seeds: `[####......] done/total cases`, redrawn in place. */
export function progressBar(done: number, total: number): void {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} cases`);
}
