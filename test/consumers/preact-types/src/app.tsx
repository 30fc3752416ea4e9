// Preact: the elements in JSX, typed by ogv-widgets/jsx/preact (type-checked only).
import 'ogv-widgets/resource-finder.js';
import type {} from 'ogv-widgets/jsx/preact';

export function App({ onCount }: { onCount: (count: number) => void }) {
  return (
    <main>
      <ogv-helpline-banner variant="inline"></ogv-helpline-banner>
      <ogv-resource-finder query="x" page-size={5} onogv-results-change={(event) => onCount(event.detail.count)}></ogv-resource-finder>
      {/* @ts-expect-error page-size is a number */}
      <ogv-resource-finder page-size="five"></ogv-resource-finder>
    </main>
  );
}
