import { datasetJsonWritten, getDataset } from '$lib/server/dataset';
import { jsonChunks } from '$lib/dataset/json-chunks';

export const prerender = true;

const headers = { 'content-type': 'application/json' };

/**
 * The same dataset the CLI writes, for anyone who wants the data without the charts, written in
 * pieces (one per article and item): the whole text of a large corpus would not fit one string.
 *
 * A site build puts the file the dataset worker wrote in place after prerendering (see the
 * adapter in svelte.config.js): prerendering it would hold it in memory twice (~340 MB at 20,000
 * articles). The prerender then gets this placeholder, which never reaches the site.
 */
export async function GET() {
	if (await datasetJsonWritten())
		return new Response('{"placeholder":"replaced by the dataset when the site is written"}', {
			headers
		});
	const pieces = jsonChunks(await getDataset(), { depth: 2 });
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			// a few hundred pieces a pull: fewer, larger chunks
			let text = '';
			for (let i = 0; i < 256; i++) {
				const next = pieces.next();
				if (next.done) {
					if (text) controller.enqueue(encoder.encode(text));
					return controller.close();
				}
				text += next.value;
			}
			controller.enqueue(encoder.encode(text));
		}
	});
	return new Response(body, { headers });
}
