// A partner's React 19 app: the elements in JSX, typed by ogv-widgets/jsx/react.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'ogv-widgets/resource-finder.js';
import 'ogv-widgets/helpline-banner.js';
import type {} from 'ogv-widgets/jsx/react';

function App() {
  const [count, setCount] = useState<number | null>(null);
  return (
    <main>
      <ogv-helpline-banner variant="compact" helplines={['lijn-1712']}></ogv-helpline-banner>
      <ogv-resource-finder
        query="deepfake"
        page-size={5}
        hide-filters
        onogv-results-change={(event) => setCount(event.detail.count)}
        onogv-resource-open={(event) => console.info('opened', event.detail.id)}
      ></ogv-resource-finder>
      <p>
        Results: <output id="count">{count ?? ''}</output>
      </p>
    </main>
  );
}

// Mistakes the types catch.
export const mistakes = (
  <>
    {/* @ts-expect-error page-size is a number */}
    <ogv-resource-finder page-size="five"></ogv-resource-finder>
    {/* @ts-expect-error variant takes 'full', 'compact' or 'inline' only */}
    <ogv-helpline-banner variant="banner"></ogv-helpline-banner>
    {/* @ts-expect-error no such property (TypeScript leaves names with a dash unchecked) */}
    <ogv-resource-finder pageCount={5}></ogv-resource-finder>
    {/* @ts-expect-error React 19 would listen for an event named "OgvResultsChange", which never comes */}
    <ogv-resource-finder onOgvResultsChange={() => undefined}></ogv-resource-finder>
  </>
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
