/**
 * Progress of long commands (CONTRACT "Long work shows progress"): a bar redrawn in place on a terminal,
 * plain lines (at most one per tenth of the work) when the output goes to a file or a CI log.
 */
export function progressReporter(options: { tty: boolean; write: (s: string) => void; unit: string }) {
  let lastTenth = -1;
  let drawn = false;
  let lastLine = '';
  let printed = '';
  return {
    update(done: number, total: number, note = '') {
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(ratio * 100);
      if (options.tty) {
        const width = 30;
        const full = Math.round(ratio * width);
        options.write(`\r[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${String(percent).padStart(3)}% ${done}/${total} ${options.unit}${note ? ` · ${note}` : ''}\x1b[K`);
        drawn = true;
        return;
      }
      lastLine = `${percent}% (${done}/${total} ${options.unit}${note ? `, ${note}` : ''})\n`;
      const tenth = Math.floor(ratio * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      options.write(lastLine);
      printed = lastLine;
    },
    /** Ends the bar's line, or prints the final state when the last plain line was not it. */
    finish() {
      if (drawn) options.write('\n');
      else if (lastLine && lastLine !== printed) options.write(lastLine);
    },
  };
}
