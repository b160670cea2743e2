// A host app as a user would write it: only the published packages, imported by their public names.
import { parseJourney } from '@journeykit/core';
import { toMermaidJourney } from '@journeykit/core/interop';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { CoverageHeatmap, JourneyMap, PersonaCard, TouchpointTimeline } from '@journeykit/react';
import '@journeykit/react/styles.css';

const journey = parseJourney(SAMPLE_JOURNEYS.find((sample) => sample.id === 'software-purchase')!.document);

export function App() {
  return (
    <>
      <h1>Embedded journey</h1>
      <section aria-label="Map">
        <JourneyMap journey={journey} />
      </section>
      <section aria-label="Persona">
        <PersonaCard persona={journey.personas[0]!} journey={journey} />
      </section>
      <section aria-label="Timeline">
        <TouchpointTimeline journey={journey} />
      </section>
      <section aria-label="Coverage">
        <CoverageHeatmap journey={journey} />
      </section>
      <details>
        <summary>As a Mermaid diagram</summary>
        <pre>{toMermaidJourney(journey)}</pre>
      </details>
    </>
  );
}
