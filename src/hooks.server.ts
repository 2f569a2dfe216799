let n = 0;
let last = 0;
export async function handle({ event, resolve }) {
	const res = await resolve(event);
	n++;
	const m = process.memoryUsage();
	if (
		process.env.MEMLOG &&
		(m.rss - last > 50e6 || n % 2000 === 0 || !event.url.pathname.startsWith('/articles/'))
	) {
		last = m.rss;
		console.error(
			`MEM ${n} ${event.url.pathname.slice(0, 40)} rss ${(m.rss / 1e6).toFixed(0)} heap ${(m.heapUsed / 1e6).toFixed(0)}/${(m.heapTotal / 1e6).toFixed(0)} ext ${(m.external / 1e6).toFixed(0)} ab ${(m.arrayBuffers / 1e6).toFixed(0)}`
		);
	}
	return res;
}
