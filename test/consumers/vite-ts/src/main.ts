// A partner's app: the package from npm, its typed elements, properties and events.
import 'ogv-widgets';
import type { HelplineContactDetail, OgvResourceFinder, QuickExitDetail, ResultsChangeDetail } from 'ogv-widgets';

const finder: OgvResourceFinder | null = document.querySelector('ogv-resource-finder');
const output = document.querySelector<HTMLOutputElement>('#count');
if (!finder || !output) throw new Error('the page lost its elements');

finder.pageSize = 5;
finder.hideFilters = true;
finder.query = 'deepfake';
finder.addEventListener('ogv-results-change', (event) => {
  const detail: ResultsChangeDetail = event.detail;
  output.value = String(detail.count);
});
finder.addEventListener('ogv-resource-open', (event) => console.info('opened', event.detail.id, event.detail.url));

document.addEventListener('ogv-helpline-contact', (event) => {
  const { id, channel }: HelplineContactDetail = event.detail;
  console.info('contact', id, channel);
});
document.addEventListener('ogv-quick-exit', (event) => {
  const trigger: QuickExitDetail['trigger'] = event.detail.trigger;
  console.info('leaving by', trigger);
});

const banner = document.createElement('ogv-helpline-banner');
banner.variant = 'inline';
// @ts-expect-error variant takes 'full', 'compact' or 'inline' only
banner.variant = 'banner';
// @ts-expect-error an event's detail is typed: ogv-results-change carries a count, not the query
finder.addEventListener('ogv-results-change', (event) => event.detail.query);
