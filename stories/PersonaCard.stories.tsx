import type { Persona } from '@journeykit/core';
import { PersonaCard } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { sampleJourney, sampleJourneys } from './support/samples';

const allPersonas = sampleJourneys.flatMap((sample) =>
  sample.journey.personas.map((persona) => ({ key: `${sample.id} / ${persona.name}`, persona, journey: sample.journey })),
);
const personaByKey = Object.fromEntries(allPersonas.map((entry) => [entry.key, entry.persona]));
const first = allPersonas[0]!;

const meta = {
  title: 'Components/PersonaCard',
  component: PersonaCard,
  args: { persona: first.persona, journey: first.journey, variant: 'full', headingLevel: 3 },
  argTypes: {
    persona: { control: 'select', options: Object.keys(personaByKey), mapping: personaByKey },
    journey: { control: false },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof PersonaCard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A single card at the width of a sidebar. */
const narrow: Story['decorators'] = [(Story) => <div style={{ maxWidth: 560 }}>{Story()}</div>];

/** One persona with every field; pick any persona of the samples in the controls. */
export const Playground: Story = {
  decorators: narrow,
  play: async ({ canvasElement, args }) => {
    const card = within(canvasElement).getByRole('article', { name: (args.persona as Persona).name });
    await expect(card).toBeVisible();
  },
};

/** The compact variant used in lane headers and persona strips. */
export const Compact: Story = { args: { variant: 'compact' }, decorators: narrow };

/** German labels. */
export const German: Story = {
  args: { locale: 'de' },
  decorators: narrow,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('heading', { name: /Motivationen|Frustrationen|Ziele/ }).length).toBeGreaterThan(0);
  },
};

/** Without avatar, quote or lists: the card stays tidy. */
export const Minimal: Story = { args: { persona: { id: 'min', name: 'Jonas Richter', role: 'gatekeeper', jobTitle: 'IT security officer' }, journey: undefined }, decorators: narrow };

function BuyingCenterGallery({ sampleId }: { sampleId: string }) {
  const journey = sampleJourney(sampleId);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))', gap: 16, maxWidth: 'none' }}>
      {journey.personas.map((persona) => (
        <PersonaCard key={persona.id} persona={persona} journey={journey} />
      ))}
    </div>
  );
}

const gallery = (sampleId: string): Story => ({
  render: () => <BuyingCenterGallery sampleId={sampleId} />,
  play: async ({ canvasElement }) => {
    const names = sampleJourney(sampleId).personas.map((persona) => persona.name);
    const cards = within(canvasElement).getAllByRole('article');
    await expect(cards.map((card) => card.getAttribute('aria-labelledby') && within(card).getAllByRole('heading')[0]!.textContent)).toEqual(names);
  },
});

/** Every persona of the payment-provider sample. */
export const PaymentProviderBuyingCenter = gallery('payment-provider');
/** Every persona of the software-purchase sample (a buying center of five). */
export const SoftwarePurchaseBuyingCenter = gallery('software-purchase');
/** Every persona of the manufacturing-input sample: bought by procurement, used on the line. */
export const ManufacturingInputBuyingCenter = gallery('manufacturing-input');
