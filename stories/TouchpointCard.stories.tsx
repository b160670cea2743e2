import type { Touchpoint } from '@journeykit/core';
import { TouchpointCard } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { sampleJourney, sampleJourneys } from './support/samples';

const all = sampleJourneys.flatMap((sample) => sample.journey.touchpoints.map((touchpoint) => ({ key: `${sample.id} / ${touchpoint.title}`, touchpoint, journey: sample.journey })));
const byKey = Object.fromEntries(all.map((entry) => [entry.key, entry.touchpoint]));
const payment = sampleJourney('payment-provider');
const rich = payment.touchpoints.find((touchpoint) => touchpoint.keyMoment && (touchpoint.painPoints?.length ?? 0) > 0) ?? payment.touchpoints[0]!;

const meta = {
  title: 'Components/TouchpointCard',
  component: TouchpointCard,
  args: { touchpoint: rich, journey: payment, selected: false, tabIndex: 0, onSelect: fn(), onOpen: fn() },
  argTypes: {
    touchpoint: { control: 'select', options: Object.keys(byKey), mapping: byKey },
    journey: { control: false },
    selected: { control: 'boolean' },
    blueprintText: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
  },
  parameters: { layout: 'padded' },
  render: (args) => (
    <div style={{ width: 176, height: 74 }}>
      <TouchpointCard {...args} />
    </div>
  ),
} satisfies Meta<typeof TouchpointCard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A key moment with pain points; its accessible name summarises everything the card shows. */
export const Playground: Story = {
  play: async ({ canvasElement, args }) => {
    const card = within(canvasElement).getByRole('button', { name: new RegExp(`^${(args.touchpoint as Touchpoint).title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await expect(card).toHaveAccessibleName(/Key moment\.$/);
    await userEvent.click(card);
    await expect(args.onSelect).toHaveBeenCalledWith(args.touchpoint);
    await expect(args.onOpen).toHaveBeenCalledWith(args.touchpoint);
  },
};

/** The selected state. */
export const Selected: Story = { args: { selected: true } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** German labels and channel names. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toHaveAccessibleName(/Schlüsselmoment\.$/);
  },
};

/** A service-blueprint item: the layer text first, the touchpoint title beneath. */
export const BlueprintItem: Story = { args: { blueprintText: 'Solution engineer' } };

function Gallery({ sampleId }: { sampleId: string }) {
  const journey = sampleJourney(sampleId);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, 176px)', gridAutoRows: 74, gap: 10 }}>
      {journey.touchpoints.map((touchpoint) => (
        <TouchpointCard key={touchpoint.id} touchpoint={touchpoint} journey={journey} />
      ))}
    </div>
  );
}

/** Every touchpoint of the payment-provider sample: channels, modes, indirect (dashed), emotions, markers. */
export const PaymentProviderGallery: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 1100 }}>{Story()}</div>],
  render: () => <Gallery sampleId="payment-provider" />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('button')).toHaveLength(payment.touchpoints.length);
  },
};

/** Every touchpoint of the manufacturing-input sample, in dark mode. */
export const ManufacturingGalleryDark: Story = {
  globals: { theme: 'dark' },
  decorators: [(Story) => <div style={{ maxWidth: 1100 }}>{Story()}</div>],
  render: () => <Gallery sampleId="manufacturing-input" />,
};
