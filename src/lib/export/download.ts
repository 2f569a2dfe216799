/**
 * Saving exported files in the browser. Chromium silently drops a download when a page starts more
 * than ten within a second (its throttle on downloads from one frame), so every export goes through
 * one queue: at most `PER_SECOND` downloads start in any second, the others wait their turn.
 */

/** Half Chromium's limit of ten, for a margin. */
const PER_SECOND = 5;

let recent: number[] = [];
let queue: Promise<void> = Promise.resolve();

/**
 * Save a blob under a file name (a temporary link with `download`). Resolves once the browser has
 * been handed the download within its limit; `onWait` hears when it must first wait its turn.
 */
export function saveBlob(blob: Blob, fileName: string, onWait?: () => void): Promise<void> {
	const turn = queue.then(async () => {
		for (let wait = delay(); wait > 0; wait = delay()) {
			onWait?.();
			await new Promise((resolve) => setTimeout(resolve, wait));
		}
		recent.push(performance.now());
		const url = URL.createObjectURL(blob);
		const a = document.createElement('a');
		a.href = url;
		a.download = fileName;
		a.rel = 'noopener';
		document.body.appendChild(a);
		a.click();
		a.remove();
		// The download reads the blob after the click returns; a minute is ample, even on a busy machine.
		setTimeout(() => URL.revokeObjectURL(url), 60_000);
	});
	queue = turn.catch(() => {});
	return turn;
}

/** Milliseconds until another download may start (0: now). */
function delay(): number {
	const now = performance.now();
	recent = recent.filter((t) => now - t < 1000);
	return recent.length < PER_SECOND ? 0 : Math.ceil(1000 - (now - recent[0])) + 10;
}
