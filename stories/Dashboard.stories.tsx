import { parseJourney, type Journey } from '@journeykit/core';
import {
  BuyingCenter,
  CompanyCard,
  CoverageHeatmap,
  JourneyComparison,
  JourneyFilters,
  JourneyMap,
  JourneyStateProvider,
  JourneyStats,
  PriorityList,
} from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { sampleJourney } from './support/samples';

const grid: CSSProperties = { display: 'grid', gap: 20, maxWidth: 1480, margin: '0 auto' };
const row: CSSProperties = { display: 'grid', gap: 20, gridTemplateColumns: 'repeat(auto-fit, minmax(min(420px, 100%), 1fr))', alignItems: 'start' };

/** A product team's dashboard: stats, filters, coverage, priorities, buying center and the map — sharing one state. */
function Dashboard({ journey }: { journey: Journey }) {
  return (
    <JourneyStateProvider>
      <div style={grid} className="jk-root">
        <div style={row}>
          <CompanyCard journey={journey} variant="compact" />
          <JourneyStats journey={journey} />
        </div>
        <JourneyFilters journey={journey} />
        <div style={row}>
          <CoverageHeatmap journey={journey} />
          <PriorityList journey={journey} limit={6} />
        </div>
        <BuyingCenter journey={journey} />
        <JourneyMap journey={journey} headingLevel={2} />
      </div>
    </JourneyStateProvider>
  );
}

const meta = {
  title: 'Dashboards/Journey dashboard',
  component: Dashboard,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Dashboard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The payment-provider journey. A click on a heatmap cell filters the priority list and the map. */
export const PaymentProvider: Story = {
  args: { journey: sampleJourney('payment-provider') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { name: /payment methods/i }).length).toBeGreaterThan(0);
    const heatmap = canvas.getByRole('table', { name: /coverage/i });
    const cell = within(heatmap).getAllByRole('button').find((button) => button.getAttribute('aria-pressed') === 'false' && !/no touchpoint/i.test(button.getAttribute('aria-label') ?? ''));
    if (cell) {
      await userEvent.click(cell);
      await expect(cell).toHaveAttribute('aria-pressed', 'true');
    }
  },
};
/** The software purchase with a buying center of five. */
export const SoftwarePurchase: Story = { args: { journey: sampleJourney('software-purchase') } };
/** The manufacturing input. */
export const ManufacturingInput: Story = { args: { journey: sampleJourney('manufacturing-input') } };
/** Dark, German. */
export const DarkGerman: Story = { args: { journey: sampleJourney('software-purchase') }, globals: { theme: 'dark', locale: 'de' } };

/** Current vs future state of the payment-provider journey. */
export const CurrentVsFuture: Story = {
  args: { journey: sampleJourney('payment-provider') },
  render: () => (
    <div style={grid}>
      <JourneyComparison current={sampleJourney('payment-provider')} future={sampleJourney('payment-provider-future')} defaultMode="overlay" />
    </div>
  ),
};

/**
 * A live feed, as a CRM integration would do it: every two seconds new `metrics` and `evidence`
 * arrive for a few touchpoints; the host builds the next journey and passes it as a prop.
 * Every view updates without remounting; selection and filters (held by the provider) survive.
 */
function LiveDashboard() {
  const [journey, setJourney] = useState(() => sampleJourney('payment-provider'));
  const [tick, setTick] = useState(0);
  const tickRef = useRef(0);
  useEffect(() => {
    const timer = setInterval(() => {
      tickRef.current += 1;
      const step = tickRef.current;
      setTick(step);
      setJourney((previous) =>
        parseJourney({
          ...previous,
          touchpoints: previous.touchpoints.map((touchpoint, index) =>
            index % 4 === step % 4 && touchpoint.metrics
              ? {
                  ...touchpoint,
                  metrics: { ...touchpoint.metrics, volume: Math.round((touchpoint.metrics.volume ?? 100) * (1 + ((step * 7 + index) % 9) / 100)), period: `live #${step}` },
                  evidence: { source: 'crm', confidence: 0.9, note: `CRM sync ${step}` },
                }
              : touchpoint,
          ),
        }),
      );
    }, 2000);
    return () => clearInterval(timer);
  }, []);
  return (
    <JourneyStateProvider defaultSelection={journey.touchpoints[3]?.id ?? null}>
      <div style={grid} className="jk-root">
        <p role="status" style={{ margin: 0 }}>
          Live CRM feed — updates received: <strong data-testid="ticks">{tick}</strong>
        </p>
        <JourneyStats journey={journey} />
        <div style={row}>
          <CoverageHeatmap journey={journey} />
          <PriorityList journey={journey} limit={5} />
        </div>
        <JourneyMap journey={journey} />
      </div>
    </JourneyStateProvider>
  );
}

export const LiveData: Story = {
  args: { journey: sampleJourney('payment-provider') },
  render: () => <LiveDashboard />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const map = canvasElement.querySelector('.jk-journey-map')!;
    await waitFor(() => expect(Number(canvas.getByTestId('ticks').textContent)).toBeGreaterThanOrEqual(1), { timeout: 5000 });
    // The same map element (no remount), still showing the selection.
    await expect(canvasElement.querySelector('.jk-journey-map')).toBe(map);
    await expect(map.getAttribute('data-state')).toBe('selected');
  },
};
