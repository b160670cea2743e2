import { CompanyCard } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));

const meta = {
  title: 'Components/CompanyCard',
  component: CompanyCard,
  args: { journey: journeys['payment-provider'], variant: 'full', headingLevel: 3 },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: journeys },
    company: { control: 'object' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
  },
  parameters: { layout: 'padded' },
  decorators: [(Story) => <div style={{ maxWidth: 440 }}>{Story()}</div>],
} satisfies Meta<typeof CompanyCard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The tool wholesaler of the payment-provider sample. */
export const PaymentProvider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole('article', { name: 'Hartmann Werkzeug GmbH' });
    await expect(card).toBeVisible();
    await expect(within(card).getByText('2,400')).toBeVisible();
    await expect(within(card).getByRole('region', { name: 'Competitors' })).toBeVisible();
  },
};

/** The switchgear maker of the software-purchase sample. */
export const SoftwarePurchase: Story = { args: { journey: journeys['software-purchase'] } };

/** The vehicle builder of the manufacturing-input sample. */
export const ManufacturingInput: Story = { args: { journey: journeys['manufacturing-input'] } };

/** Compact: name, industry, size and the two counts, for dashboard headers. */
export const Compact: Story = { args: { variant: 'compact' } };

/** German labels and number format. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const card = within(canvasElement).getByRole('article');
    await expect(within(card).getByText('2.400')).toBeVisible();
    await expect(within(card).getByText('Einkaufsprozess')).toBeVisible();
  },
};

/** Dark mode. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { journey: journeys['software-purchase'] } };

/** A journey without a company profile. */
export const Empty: Story = { args: { journey: undefined, company: {} } };
