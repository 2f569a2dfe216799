/**
 * Progress of a long run on standard error: at most one line a second, rewritten in place on a
 * terminal, a new line every few seconds otherwise (logs, CI). Silent for runs under a second.
 */
export class Progress {
	private readonly started = performance.now();
	private last = this.started;
	private readonly tty: boolean;

	constructor(
		private readonly enabled = true,
		private readonly stream: NodeJS.WriteStream = process.stderr
	) {
		this.tty = !!stream.isTTY;
	}

	/** Seconds since the run began. */
	elapsed(): number {
		return (performance.now() - this.started) / 1000;
	}

	/** Report, if enough time has passed since the last report. */
	update(line: () => string): void {
		if (!this.enabled) return;
		const now = performance.now();
		if (now - this.last < (this.tty ? 1000 : 5000)) return;
		this.last = now;
		if (this.tty) this.stream.write(`\r\x1b[K${line()}`);
		else this.stream.write(`${line()}\n`);
	}

	/** Clear the in-place line before the summary. */
	done(): void {
		if (this.enabled && this.tty) this.stream.write('\r\x1b[K');
	}
}

/** `12,345` */
export function count(n: number): string {
	return n.toLocaleString('en-US');
}
