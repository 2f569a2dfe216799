import type { Dataset, Evidence } from '../types';

/** One line per extracted item: what it is, the rule that produced it, and its quote. */
export function explainDataset(dataset: Dataset): string {
	const lines: string[] = [];
	const cite = (e: Evidence) => `${e.article}#p-${e.paragraph} [${e.rule ?? 'rule?'}] «${e.quote}»`;
	for (const event of dataset.events) {
		const when = event.dateEnd ? `${event.date}..${event.dateEnd}` : event.date;
		lines.push(`event ${event.id}: ${when} ${event.kind} chair=${event.chair ?? '-'}`);
		for (const source of event.sources) lines.push(`  ${cite(source)}`);
	}
	for (const report of dataset.caseReports) {
		lines.push(
			`cases ${report.id}: ${report.date} ${report.region} confirmed=${report.confirmed ?? '-'} ` +
				`asymptomatic=${report.asymptomatic ?? '-'}${report.window ? ` window=${report.window}` : ''}`
		);
		for (const source of report.sources) lines.push(`  ${cite(source)}`);
	}
	for (const report of dataset.cumulativeReports) {
		lines.push(`cumulative ${report.id}: ${report.date} ${report.region}`);
		for (const source of report.sources) lines.push(`  ${cite(source)}`);
	}
	for (const a of dataset.appearances) {
		lines.push(`appearance ${a.person} ${a.role} ${a.date}${a.event ? ` ${a.event}` : ''}`);
		lines.push(`  ${cite(a.evidence)}`);
	}
	return lines.join('\n');
}
