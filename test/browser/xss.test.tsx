/**
 * Every component renders journeys whose every text and URL field holds an XSS payload, in real
 * Chromium: nothing executes (the sentinel stays unset, no dialog opens), no request leaves the
 * page's origin, links only get safe URLs, and the text is shown literally.
 */
import { parseJourney, safeParseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import {
  BuyingCenter,
  CompanyCard,
  CoverageHeatmap,
  EmotionCurve,
  JourneyComparison,
  JourneyFilters,
  JourneyMap,
  JourneyStats,
  Legend,
  PersonaCard,
  PriorityList,
  TouchpointTimeline,
} from '@journeykit/react';
import { act, fireEvent, render } from '@testing-library/react';
import { injectPayload } from '../corpora/inject-payload';
import corpus from '../corpora/xss-payloads.json';

const base = SAMPLE_JOURNEYS.find((sample) => sample.id === 'software-purchase')!.document;
const payloads = corpus.payloads as { name: string; payload: string; kind: 'text' | 'url' | 'color' }[];
const sentinel = corpus.sentinel as '__jkPwned';
let fieldsTried = 0;

function AllComponents({ journey }: { journey: unknown }) {
  const parsed = safeParseJourney(journey);
  const model = parsed.success ? parsed.data : null;
  return (
    <div>
      <JourneyMap journey={journey} />
      <TouchpointTimeline journey={journey} />
      <EmotionCurve journey={journey} />
      <CoverageHeatmap journey={journey} />
      <PriorityList journey={journey} />
      <BuyingCenter journey={journey} />
      <JourneyStats journey={journey} />
      <JourneyFilters journey={journey} />
      <Legend journey={journey} />
      <CompanyCard journey={journey} />
      <JourneyComparison current={journey} future={journey} />
      {model?.personas.map((persona) => <PersonaCard key={persona.id} persona={persona} journey={model} />)}
    </div>
  );
}

describe(`XSS payloads rendered by every component in Chromium (${payloads.length} payloads)`, () => {
  const dialogs: string[] = [];
  beforeAll(() => {
    window.alert = (message?: unknown) => void dialogs.push(`alert ${String(message)}`);
    window.confirm = (message?: string) => (dialogs.push(`confirm ${message}`), false);
    window.prompt = (message?: string) => (dialogs.push(`prompt ${message}`), null);
  });
  afterAll(() => {
    // Every payload goes into every text and URL field; colour payloads into the persona colours too, so the count per payload varies.
    console.info(`XSS corpus: ${payloads.length} payloads, ${fieldsTried} field values in all (each payload in every text and URL field), rendered by 13 components`);
  });

  it.each(payloads.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const { document: injected, fields } = injectPayload(base, entry.payload, entry.kind);
    fieldsTried += fields.length;
    performance.clearResourceTimings();
    const { container, unmount } = render(<AllComponents journey={injected} />);

    // Open the first touchpoint's details: links, owners, metrics and texts render there too.
    const card = container.querySelector<HTMLElement>('.jk-touchpoint-card');
    if (card) await act(async () => fireEvent.click(card));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect((window as unknown as Record<string, unknown>)[sentinel]).toBeUndefined();
    expect(dialogs).toEqual([]);
    for (const anchor of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]')))
      expect(['http:', 'https:', 'mailto:']).toContain(new URL(anchor.href).protocol);
    for (const element of Array.from(document.querySelectorAll('script, iframe, object, embed'))) expect(container.contains(element)).toBe(false);
    for (const element of Array.from(container.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) expect(attribute.name.startsWith('on')).toBe(false);
      const style = element.getAttribute('style') ?? '';
      expect(style).not.toMatch(/url\(|expression\(/i);
    }
    // Only an image URL the document gave as an http(s) avatar may be requested, never anything else off the origin.
    const offOrigin = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !url.startsWith(location.origin) && url !== entry.payload.trim());
    expect(offOrigin).toEqual([]);
    if (entry.kind !== 'color') expect(document.body.textContent).toContain(entry.payload.replace(/\s+/g, ' ').trim().slice(0, 30).split(' ')[0]);
    else {
      expect(container.querySelector('[role="alert"]')).not.toBeNull();
    }
    unmount();
  });

  it('keeps the sample itself valid (so the payload is what every case varies)', () => {
    expect(() => parseJourney(base)).not.toThrow();
  });
});
