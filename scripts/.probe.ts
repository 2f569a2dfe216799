import { extractArticle } from '../src/lib/extract/index';
import { makeArticle } from '../test/unit/helpers/make-article';
const [day, ...paras] = process.argv.slice(2);
const x = extractArticle(makeArticle(paras, { day, title: '疫情' }));
const strip = (o: any) => { const { sources, evidence, ...r } = o; return JSON.stringify(r); };
for (const e of x.events) console.log('EV', strip(e), e.sources.map((s) => s.rule).join(','));
for (const c of x.caseReports) console.log('CASE', strip(c));
for (const c of x.cumulativeReports) console.log('CUM', strip(c));
for (const a of x.appearances) console.log('APP', a.person, a.role, a.date, a.evidence.rule);
