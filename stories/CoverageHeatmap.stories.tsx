import { parseJourney } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { CoverageHeatmap } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));
const generated = parseJourney(generateJourney({ seed: 11, touchpoints: 60, personas: 5 }));

const meta = {
  title: 'Components/CoverageHeatmap',
  component: CoverageHeatmap,
  args: { journey: journeys['software-purchase'], headingLevel: 3, gapLimit: 6 },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: journeys },
    dimension: { control: 'inline-radio', options: [undefined, 'persona', 'channel'] },
    defaultDimension: { control: 'inline-radio', options: ['persona', 'channel'] },
    gapLimit: { control: { type: 'number', min: 1 } },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    filters: { control: 'object' },
    onFiltersChange: { action: 'filters changed' },
    onCellSelect: { action: 'cell selected' },
    onDimensionChange: { action: 'dimension changed' },
  },
  parameters: { layout: 'fullscreen' },
  decorators: [(Story) => <div style={{ maxWidth: 960 }}>{Story()}</div>],
} satisfies Meta<typeof CoverageHeatmap>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Five buying-center personas over five phases; hatched cells lie before a persona joins. */
export const SoftwarePurchase: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Touchpoint coverage (By persona)' });
    await expect(table).toBeVisible();
    const [cell] = within(table).getAllByRole('button', { name: / in .+: [1-9]\d* touchpoints?$/ });
    await userEvent.click(cell!);
    await expect(cell).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(cell!);
    await expect(cell).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(canvas.getByRole('button', { name: 'By channel' }));
    await expect(canvas.getByRole('table', { name: 'Touchpoint coverage (By channel)' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: /Gaps/ })).toHaveTextContent(/No touchpoint via .+ in .+/);
  },
};

/** The payment-provider merchant (current state). */
export const PaymentProvider: Story = { args: { journey: journeys['payment-provider'] } };
/** The payment-provider merchant (future state). */
export const PaymentProviderFuture: Story = { args: { journey: journeys['payment-provider-future'] } };
/** The manufacturing input, four-phase B2B funnel. */
export const ManufacturingInput: Story = { args: { journey: journeys['manufacturing-input'] } };
/** Channel × phase rows. */
export const ByChannel: Story = { args: { defaultDimension: 'channel' } };
/** A generated journey: 60 touchpoints, five personas. */
export const Generated: Story = { args: { journey: generated } };
/** A selected cell (controlled filters). */
export const Selected: Story = {
  args: { filters: { personaIds: [sampleJourney('software-purchase').personas[0]!.id], phaseIds: [sampleJourney('software-purchase').phases[0]!.id] } },
};
/** Dark mode. */
export const Dark: Story = { globals: { theme: 'dark' } };
/** Dark mode, channel rows. */
export const DarkByChannel: Story = { globals: { theme: 'dark' }, args: { defaultDimension: 'channel', journey: journeys['payment-provider'] } };
/** German labels and gap sentences. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Touchpoint-Abdeckung' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Nach Kanal' })).toBeVisible();
  },
};
