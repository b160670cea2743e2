import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { PersonaCard, exportFileName, exportJourneyMap } from '@journeykit/react';
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
