// Worker threads run plain JavaScript: load tsx, then the TypeScript module named in workerData
// (extract-worker.ts, dataset-worker.ts).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
