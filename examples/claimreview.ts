// ClaimReview for a fact-check page: the disputed figures of seed 000 (the South Waziristan
// offensive) as schema.org ClaimReview JSON-LD, one review per claim of each disputed group, written
// into the <script> element a page embeds for search engines. Run: npx tsx examples/claimreview.ts
import { readFileSync } from 'node:fs';
import { analyze, formatMarkdownReport, serializeJsonLd, toClaimReview, type ClaimReview, type ClaimSetInput } from 'counterclaim';

const set = JSON.parse(readFileSync(new URL('./seeds/000-south-waziristan-offensive.json', import.meta.url), 'utf8')) as ClaimSetInput;
const analysis = analyze(set);
const page = { url: 'https://factcheck.example/2009/10/south-waziristan-tolls', author: { name: 'Example Fact Desk', url: 'https://factcheck.example/' }, datePublished: '2009-10-19' };

const reviews: ClaimReview[] = analysis.groups.filter((group) => group.claimants.length > 1).flatMap((group) => toClaimReview(group, analysis.set, page));
for (const review of reviews) console.log(`${review.reviewRating.alternateName}: ${review.claimReviewed}`);

// The page: the Markdown report for readers, the JSON-LD for machines. serializeJsonLd escapes a
// "</script>" hidden in a source's name, which JSON.stringify would leave to close the element.
const html = `<script type="application/ld+json">${serializeJsonLd(reviews)}</script>`;
console.log(`\n${html.slice(0, 240)}…\n(${html.length} characters of JSON-LD for ${reviews.length} reviews)`);
console.log(`\n${formatMarkdownReport(analysis, { title: 'South Waziristan: whose toll?' }).split('\n').slice(0, 3).join('\n')}`);

const parsed = JSON.parse(html.slice(html.indexOf('>') + 1, html.lastIndexOf('</script>'))) as ClaimReview[];
if (reviews.length < 2 || parsed.some((r) => r['@type'] !== 'ClaimReview' || r.url !== page.url)) throw new Error('claimreview: the JSON-LD does not read back as the reviews');
