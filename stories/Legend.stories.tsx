import { Legend } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));

const meta = {
  title: 'Components/Legend',
  component: Legend,
  args: { journey: journeys['payment-provider'], orientation: 'horizontal', headingLevel: 3 },
  argTypes: {
    journey: { control: 'select', options: [undefined, ...sampleIds], mapping: journeys },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    sections: { control: 'check', options: ['channels', 'modes', 'influence', 'markers', 'emotion', 'personas'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Legend>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Everything the payment-provider map uses: its channel groups, scale and personas. */
export const PaymentProvider: Story = {
  play: async ({ canvasElement }) => {
    const legend = within(canvasElement).getByRole('region', { name: 'Legend' });
    await expect(within(legend).getByText('Pain point')).toBeVisible();
    await expect(within(legend).getByText('Jana Hartmann')).toBeVisible();
    await expect(within(legend).getAllByRole('term').map((term) => term.textContent)).toContain('Channels');
  },
};

/** Five buying-center personas of the software purchase. */
export const SoftwarePurchase: Story = { args: { journey: journeys['software-purchase'] } };

/** The manufacturing input (four-phase funnel). */
export const ManufacturingInput: Story = { args: { journey: journeys['manufacturing-input'] } };

/** Without a journey: the generic visual language (every catalogue channel group). */
export const Generic: Story = { args: { journey: undefined } };

/** Stacked for a sidebar. */
export const Vertical: Story = {
  args: { orientation: 'vertical', sections: ['markers', 'emotion', 'personas'] },
  decorators: [(Story) => <div style={{ maxWidth: 280 }}>{Story()}</div>],
};

/** Dark mode. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** German labels. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const legend = within(canvasElement).getByRole('region', { name: 'Legende' });
    await expect(within(legend).getByText('Schlüsselmoment')).toBeVisible();
  },
};
