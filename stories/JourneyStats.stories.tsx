import { JourneyStats } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));
const allStats = ['touchpoints', 'personas', 'duration', 'painPoints', 'keyMoments', 'emotion', 'onlineShare', 'funnelDropOff'];

const meta = {
  title: 'Components/JourneyStats',
  component: JourneyStats,
  args: { journey: journeys['payment-provider'], headingLevel: 3 },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: journeys },
    stats: { control: 'check', options: allStats },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
  },
  parameters: { layout: 'fullscreen' },
  decorators: [(Story) => <div style={{ maxWidth: 1100 }}>{Story()}</div>],
} satisfies Meta<typeof JourneyStats>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The payment-provider merchant at a glance. */
export const PaymentProvider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const terms = canvas.getAllByRole('term').map((term) => term.textContent);
    await expect(terms).toEqual(['Touchpoints', 'Personas', 'Duration', 'Pain points', 'Key moments', 'Average emotion', 'Online share', 'Funnel drop-off']);
    const touchpoints = canvas.getByText('Touchpoints', { selector: 'dt' }).parentElement!;
    await expect(touchpoints).toHaveTextContent(String(sampleJourney('payment-provider').touchpoints.length));
  },
};
/** The future state of the same journey. */
export const PaymentProviderFuture: Story = { args: { journey: journeys['payment-provider-future'] } };
/** The SaaS purchase. */
export const SoftwarePurchase: Story = { args: { journey: journeys['software-purchase'] } };
/** The manufacturing input. */
export const ManufacturingInput: Story = { args: { journey: journeys['manufacturing-input'] } };
/** Three tiles only. */
export const Selection: Story = { args: { stats: ['duration', 'painPoints', 'keyMoments'] } };
/** Missing data shows "—" with the reason, never 0. */
export const MissingData: Story = {
  args: {
    journey: {
      version: 1,
      id: 'bare',
      title: 'Bare journey',
      type: 'current-state',
      phases: [{ id: 'awareness', name: 'Awareness' }],
      personas: [{ id: 'p', name: 'Pat Example', role: 'user' }],
      touchpoints: [{ id: 't', phaseId: 'awareness', personaIds: ['p'], title: 'Website visit', channel: 'website', mode: 'online', influence: 'direct' }],
    },
  },
  play: async ({ canvasElement }) => {
    const duration = within(canvasElement).getByText('Duration', { selector: 'dt' }).parentElement!;
    await expect(duration).toHaveTextContent('—');
    await expect(duration).toHaveTextContent('No touchpoint has a date or day');
  },
};
/** Dark mode. */
export const Dark: Story = { globals: { theme: 'dark' } };
/** German labels and number formats. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Journey auf einen Blick' })).toBeVisible();
    await expect(canvas.getByText('Online-Anteil', { selector: 'dt' })).toBeVisible();
  },
};
