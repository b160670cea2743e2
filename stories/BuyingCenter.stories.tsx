import { BuyingCenter, JourneyStateProvider, useFiltersState } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));

const meta = {
  title: 'Components/BuyingCenter',
  component: BuyingCenter,
  args: { journey: journeys['software-purchase'], headingLevel: 3, showLegend: true },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: journeys },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    showLegend: { control: 'boolean' },
    title: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    filters: { control: 'object' },
    onPhaseSelect: { action: 'phase selected' },
    onPersonaSelect: { action: 'persona selected' },
    onFiltersChange: { action: 'filters changed' },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof BuyingCenter>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A buying center of five: the decider's and the gatekeeper's emotions drift apart — a consensus risk. */
export const SoftwarePurchase: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Buying center' });
    await expect(table).toBeVisible();
    const risky = canvas.getAllByRole('columnheader').filter((header) => header.hasAttribute('data-risk'));
    await expect(risky.length).toBeGreaterThan(0);
    await expect(within(risky[0]!).getByText('Consensus risk')).toBeVisible();
    await expect(within(risky[0]!).getByText(/^Emotion falls for .+ while it rises for .+$/)).toBeVisible();
    const phaseButton = within(risky[0]!).getByRole('button');
    await userEvent.click(phaseButton);
    await expect(phaseButton).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(phaseButton);
    await expect(phaseButton).toHaveAttribute('aria-pressed', 'false');
  },
};

/** The payment-provider merchant: owner, finance lead and the developer who joins at the decision. */
export const PaymentProvider: Story = { args: { journey: journeys['payment-provider'] } };

/** The same buying center in the future state. */
export const PaymentProviderFuture: Story = { args: { journey: journeys['payment-provider-future'] } };

/** Bought by procurement, used on the production line (four-phase B2B funnel). */
export const ManufacturingInput: Story = { args: { journey: journeys['manufacturing-input'] } };

const manufacturing = journeys['manufacturing-input']!;
/** The manufacturing sample with the line operator declared to join only at the last phase: the data says otherwise. */
const mismatched = {
  ...manufacturing,
  personas: manufacturing.personas.map((persona, index) => (index === 0 ? { ...persona, joinsAt: manufacturing.phases[manufacturing.phases.length - 1]!.id } : persona)),
};

/** A declared join that differs from the first touchpoint is a finding: both cells are marked. */
export const JoinMismatch: Story = {
  args: { journey: mismatched },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getAllByRole('rowheader')[0]!.closest('tr')!;
    await expect(within(row).getByText('First active')).toBeVisible();
    await expect(within(row).getByText('Declared join')).toBeVisible();
  },
};

/** Dark mode. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** German labels and numbers. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table', { name: 'Buying Center' })).toBeVisible();
    await expect(canvas.getByRole('rowheader', { name: 'Rollen' })).toBeVisible();
  },
};

function FilterReadout() {
  const [filters] = useFiltersState();
  return (
    <p className="jk-root" style={{ margin: '12px 0 0' }} data-testid="filters">
      Filters: <code>{JSON.stringify(filters)}</code>
    </p>
  );
}

/** Inside a JourneyStateProvider: clicking a phase or persona header sets the shared filters. */
export const SharedFilters: Story = {
  render: (args) => (
    <JourneyStateProvider>
      <BuyingCenter {...args} />
      <FilterReadout />
    </JourneyStateProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [persona] = canvas.getAllByRole('rowheader');
    await userEvent.click(within(persona!).getByRole('button'));
    await expect(canvas.getByTestId('filters')).toHaveTextContent('"personaIds"');
  },
};
