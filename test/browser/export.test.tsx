import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS, generateJourney } from '@journeykit/core/samples';
import { JourneyMap, PersonaCard, exportFileName, exportJourneyMap } from '@journeykit/react';
import { render } from '@testing-library/react';

const journey = parseJourney(SAMPLE_JOURNEYS[0]!.document);

function ScrollingCards() {
  return (
    <div className="jk-root" data-testid="root" style={{ width: 400 }}>
      <div data-jk-scroll="" style={{ height: 200, overflow: 'auto' }}>
        {journey.personas.map((persona) => (
          <PersonaCard key={persona.id} persona={{ ...persona, avatarUrl: 'https://cdn.example.invalid/avatar.png' }} journey={journey} />
        ))}
      </div>
    </div>
  );
}

describe('exportJourneyMap in Chromium', () => {
  it('exports a self-contained SVG of the whole content, scrolled-away parts included', async () => {
    const { getByTestId } = render(<ScrollingCards />);
    const root = getByTestId('root');
    const blob = await exportJourneyMap(root, { format: 'svg' });
    expect(blob.type).toBe('image/svg+xml');
    const text = await blob.text();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.documentElement.localName).toBe('svg');
    for (const persona of journey.personas) expect(text).toContain(persona.name);
    expect(Number(svg.documentElement.getAttribute('height'))).toBeGreaterThan(200);
    expect(text).not.toContain('cdn.example.invalid');
    expect(root.classList.contains('jk-exporting')).toBe(false);
  });

  it('exports a PNG at the requested scale', async () => {
    const { getByTestId } = render(<ScrollingCards />);
    const root = getByTestId('root');
    const blob = await exportJourneyMap(root, { format: 'png', scale: 2 });
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBe(Math.ceil(root.getBoundingClientRect().width) * 2);
    expect(bitmap.height).toBeGreaterThan(400);
  });

  it('refuses a missing element with a clear error', async () => {
    await expect(exportJourneyMap(null as unknown as HTMLElement, { format: 'png' })).rejects.toThrow('`element` must be an HTMLElement');
  });

  it('names files after the journey', () => {
    expect(exportFileName('Zahlungsanbieter für den B2B-Shop', 'png')).toBe('zahlungsanbieter-fur-den-b2b-shop.png');
    expect(exportFileName('***', 'svg')).toBe('journey-map.svg');
  });
});

describe('exporting a JourneyMap', () => {
  it.each([
    ['software-purchase', parseJourney(SAMPLE_JOURNEYS.find((sample) => sample.id === 'software-purchase')!.document)],
    ['a generated map of 200 touchpoints', parseJourney(generateJourney({ seed: 5, touchpoints: 200, personas: 6, phases: 8 }))],
  ] as const)('%s: an SVG that parses and holds every touchpoint title, and a PNG of the whole map', async (_name, map) => {
    const { container } = render(
      <div style={{ width: 1000 }}>
        <JourneyMap journey={map} />
      </div>,
    );
    const root = container.querySelector<HTMLElement>('.jk-journey-map')!;
    const svgText = await (await exportJourneyMap(root, { format: 'svg' })).text();
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    const text = svg.documentElement.textContent ?? '';
    for (const touchpoint of map.touchpoints) expect(text).toContain(touchpoint.title);
    // The whole map, not the visible part: wider than the 1000px frame the map scrolls in.
    const width = Number(svg.documentElement.getAttribute('width'));
    expect(width).toBeGreaterThan(1000);
    // The toolbar is left out of the file.
    expect(svg.querySelector('[data-jk-export="hide"]')).not.toBeNull();
    expect(svgText).toContain('.jk-exporting [data-jk-export=');

    const png = await createImageBitmap(await exportJourneyMap(root, { format: 'png', scale: 1 }));
    expect(png.width).toBe(width);
    expect(png.height).toBe(Number(svg.documentElement.getAttribute('height')));
  });
});
