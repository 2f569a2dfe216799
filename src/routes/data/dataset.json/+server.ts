import { getDataset } from '$lib/server/dataset';
import { jsonChunks } from '$lib/dataset/json-chunks';

export const prerender = true;

/**
 * The same dataset the CLI writes, for anyone who wants the data without the charts. Written in
 * pieces (one per article and item): the whole text of a large corpus would not fit one string.
 */
export async function GET() {
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
	return new Response(body, { headers: { 'content-type': 'application/json' } });
}
