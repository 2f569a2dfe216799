/**
 * A tiny static server for the built site (build/), resolving `/articles/x` to `articles/x.html`
 * the way static hosts do. Used by the browser tests; `npm start` uses `vite preview`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.otf': 'font/otf',
	'.ttf': 'font/ttf',
	'.csv': 'text/csv; charset=utf-8'
};

/** @param {string} file */
async function isFile(file) {
	try {
		return (await stat(file)).isFile();
	} catch {
		return false;
	}
}

/**
 * Serve `root` on 127.0.0.1 at a free port; resolves to {url, close}.
 * @param {string} root
 * @returns {Promise<{ url: string, close: () => void }>}
 */
export function serve(root) {
	const server = createServer(async (req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const base = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
		const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
		for (const file of candidates) {
			if (await isFile(file)) {
				res.writeHead(200, {
					'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream'
				});
				createReadStream(file).pipe(res);
				return;
			}
		}
		res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
	});
	// Node closes a kept-alive connection after 5 s idle; a client reusing it at that moment fails
	// ("fetch failed"), which a busy machine makes likely. Idle connections are left to the clients.
	server.keepAliveTimeout = 10 * 60_000;
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			resolve({
				url: `http://127.0.0.1:${port}`,
				close: () => {
					server.close();
					server.closeAllConnections();
				}
			});
		});
	});
}
