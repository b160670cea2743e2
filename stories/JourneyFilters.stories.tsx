import { parseJourney } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { CoverageHeatmap, JourneyFilters, JourneyStateProvider, JourneyStats, PriorityList, useFiltersState, useSelectionState } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));
const generated = parseJourney(generateJourney({ seed: 11, touchpoints: 60, personas: 5 }));

const meta = {
  title: 'Components/JourneyFilters',
  component: JourneyFilters,
  args: { journey: journeys['software-purchase'], headingLevel: 3 },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: journeys },
    fields: { control: 'check', options: ['persona', 'channel', 'phase', 'mode', 'influence'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    filters: { control: 'object' },
    defaultFilters: { control: 'object' },
    onFiltersChange: { action: 'filters changed' },
  },
  parameters: { layout: 'fullscreen' },
  decorators: [(Story, context) => <div style={{ maxWidth: (context.parameters.maxWidth as string | number | undefined) ?? 980 }}>{Story()}</div>],
} satisfies Meta<typeof JourneyFilters>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The SaaS purchase: five buying-center personas, their channels, phases, modes and influences. */
export const SoftwarePurchase: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    const total = sampleJourney('software-purchase').touchpoints.length;
    await expect(status).toHaveTextContent(`${total} of ${total} touchpoints shown`);
    const offline = within(canvas.getByRole('group', { name: 'Mode' })).getByRole('checkbox', { name: /Offline/ });
    await userEvent.click(offline);
    await expect(offline).not.toBeChecked();
    await expect(status).not.toHaveTextContent(`${total} of ${total}`);
    await userEvent.click(canvas.getByRole('button', { name: 'Reset filters' }));
    await expect(status).toHaveTextContent(`${total} of ${total} touchpoints shown`);
  },
};

/** The payment-provider merchant (current state). */
export const PaymentProvider: Story = { args: { journey: journeys['payment-provider'] } };
/** The payment-provider merchant (future state). */
export const PaymentProviderFuture: Story = { args: { journey: journeys['payment-provider-future'] } };
/** The manufacturing input, four-phase B2B funnel. */
export const ManufacturingInput: Story = { args: { journey: journeys['manufacturing-input'] } };
/** A generated journey: 60 touchpoints, many channels. */
export const Generated: Story = { args: { journey: generated } };
/** Only personas and phases, starting narrowed. */
export const SomeFields: Story = { args: { fields: ['persona', 'phase'], defaultFilters: { phaseIds: ['evaluation', 'approval'] } } };
/** Dark mode. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { defaultFilters: { modes: ['online'] } } };
/** German labels. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Kanäle' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(/von \d+ Touchpoints angezeigt/);
  },
};

function StateReadout() {
  const [filters] = useFiltersState();
  const [selection] = useSelectionState();
  return (
    <p className="jk-root" style={{ margin: 0, fontSize: 13 }} data-testid="shared-state">
      Shared state — filters: <code>{JSON.stringify(filters)}</code> · selection: <code>{JSON.stringify(selection)}</code>
    </p>
  );
}

function Dashboard({ journeyId, locale }: { journeyId: string; locale?: string }) {
  const journey = journeys[journeyId]!;
  return (
    <JourneyStateProvider>
      <div style={{ display: 'grid', gap: 16, maxWidth: 1360 }}>
        <JourneyStats journey={journey} locale={locale} headingLevel={2} />
        <JourneyFilters journey={journey} locale={locale} headingLevel={2} />
        <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'minmax(0, 7fr) minmax(0, 5fr)', alignItems: 'start' }}>
          <CoverageHeatmap journey={journey} locale={locale} headingLevel={2} />
          <PriorityList journey={journey} locale={locale} headingLevel={2} limit={5} />
        </div>
        <StateReadout />
      </div>
    </JourneyStateProvider>
  );
}

/**
 * The four dashboard pieces in one `JourneyStateProvider`: a heatmap cell sets the filters
 * (the filter panel and the priority list follow), a priority item sets the selection. A
 * `JourneyMap` in the same provider follows both.
 */
export const DashboardPreview: Story = {
  parameters: { maxWidth: 'none' },
  render: (args) => <Dashboard journeyId="software-purchase" locale={args.locale} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heatmap = canvas.getByRole('region', { name: 'Touchpoint coverage' });
    const [first] = within(heatmap).getAllByRole('button', { pressed: false, name: / in .+: [1-9]\d* touchpoints?$/ });
    await userEvent.click(first!);
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByTestId('shared-state')).toHaveTextContent('"personaIds"');
    await expect(canvas.getByRole('status')).not.toHaveTextContent(/^(\d+) of \1 /);
    const priorities = canvas.getByRole('region', { name: 'Where to act first' });
    const [item] = within(within(priorities).getByRole('list', { name: 'Where to act first' })).getAllByRole('button');
    await userEvent.click(item!);
    await expect(item).toHaveAttribute('aria-current', 'true');
    await expect(canvas.getByTestId('shared-state')).not.toHaveTextContent('selection: null');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset filters' }));
    await expect(first).toHaveAttribute('aria-pressed', 'false');
  },
};

/** The dashboard in dark mode and German. */
export const DashboardPreviewDarkGerman: Story = {
  globals: { theme: 'dark' },
  parameters: { maxWidth: 'none' },
  render: () => <Dashboard journeyId="payment-provider" locale="de" />,
};
