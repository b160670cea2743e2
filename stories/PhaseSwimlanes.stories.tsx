import { parseJourney, type Journey, type JourneyDocument } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { PhaseSwimlanes } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));
const payment = journeys['payment-provider']!;
const generated = parseJourney(generateJourney({ seed: 7, touchpoints: 200, personas: 10, phases: 12 }));

/** Edge cases: an empty phase, a persona without touchpoints, very long texts, and (lenient) touchpoints that cannot be placed. */
const edgeDocument: JourneyDocument = {
  version: 1,
  id: 'edge-cases',
  title: 'Edge cases',
  type: 'current-state',
  phases: [
    { id: 'awareness', name: 'Awareness', goals: ['Notice the brand', 'Understand the problem space before anyone else in the company does'] },
    { id: 'a-phase-with-a-very-long-name', name: 'Consideration, evaluation and the endless internal alignment meetings' },
    { id: 'empty', name: 'Retention' },
  ],
  personas: [
    { id: 'long', name: 'Maximiliane Alexandra von Hohenberg-Schwarzenfeld', role: 'decider', jobTitle: 'Head of Strategic Procurement and Supplier Relationship Management' },
    { id: 'nobody', name: 'Jonas Richter', role: 'gatekeeper', jobTitle: 'IT security' },
  ],
  touchpoints: [
    { id: 'long-title', phaseId: 'awareness', personaIds: ['long'], title: 'Reads an extraordinarily long and detailed whitepaper about B2B payment terms, invoices and net-60 conditions', channel: 'A custom channel with a name far too long for any card', mode: 'online', influence: 'indirect', emotion: 1, painPoints: ['Too long'] },
    { id: 'call', phaseId: 'a-phase-with-a-very-long-name', personaIds: ['long'], title: 'Call', channel: 'phone', mode: 'offline', influence: 'direct', emotion: -2, keyMoment: true },
    { id: 'orphan', phaseId: 'deleted-phase', personaIds: ['long'], title: 'Touchpoint of a deleted phase', channel: 'webinar', mode: 'online', influence: 'direct' },
    { id: 'ghost', phaseId: 'awareness', personaIds: ['deleted-persona'], title: 'Touchpoint of a removed persona', channel: 'trade-fair', mode: 'offline', influence: 'direct' },
  ],
};

const meta = {
  title: 'Components/PhaseSwimlanes',
  component: PhaseSwimlanes,
  args: { journey: payment, lanes: 'persona', onTouchpointOpen: fn(), onSelectionChange: fn() },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: journeys },
    lanes: { control: 'inline-radio', options: ['persona', 'channel', 'blueprint'] },
    selection: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    sizes: { control: 'object' },
    lenient: { control: 'boolean' },
    windowing: { control: 'boolean' },
    renderTouchpoint: { control: false },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof PhaseSwimlanes>;
export default meta;
type Story = StoryObj<typeof meta>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Swimlanes by persona. Clicking a card opens its details; Escape closes them and returns focus. */
export const ByPersona: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid');
    const touchpoint = (args.journey as Journey).touchpoints[0]!;
    const [card] = within(grid).getAllByRole('button', { name: new RegExp(`^${escape(touchpoint.title)}`) });
    await userEvent.click(card!);
    const dialog = await within(canvasElement).findByRole('dialog', { name: touchpoint.title });
    await expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(touchpoint.title);
    await expect(args.onTouchpointOpen).toHaveBeenCalledWith(touchpoint);
    await expect(card).toHaveAttribute('data-state', 'selected');
    await userEvent.keyboard('{Escape}');
    await expect(within(canvasElement).queryByRole('dialog')).toBeNull();
    await expect(card).toHaveFocus();
  },
};

/** Keyboard: Tab into the grid, arrows move between cards, Enter opens the details. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid');
    await userEvent.tab();
    const first = document.activeElement as HTMLElement;
    await expect(grid.contains(first)).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    const second = document.activeElement as HTMLElement;
    await expect(second).not.toBe(first);
    await expect(second.tabIndex).toBe(0);
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    await expect(await within(canvasElement).findByRole('dialog')).toBeInTheDocument();
  },
};

/** Swimlanes by channel. */
export const ByChannel: Story = { args: { lanes: 'channel' } };

/** The service blueprint of the SaaS purchase: customer actions, frontstage, backstage, support and technology. */
export const Blueprint: Story = {
  args: { journey: journeys['software-purchase'], lanes: 'blueprint' },
  play: async ({ canvasElement }) => {
    const headers = within(canvasElement).getAllByRole('rowheader').map((header) => header.textContent);
    await expect(headers[0]).toMatch(/^Customer actions/);
    await expect(headers.at(-1)).toMatch(/^Technology/);
  },
};

/** The payment provider's future state. */
export const PaymentProviderFuture: Story = { args: { journey: journeys['payment-provider-future'] } };

/** A buying center of five personas. */
export const SoftwarePurchase: Story = { args: { journey: journeys['software-purchase'] } };

/** The manufacturing input: bought by procurement, used on the line. */
export const ManufacturingInput: Story = { args: { journey: journeys['manufacturing-input'] } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Dark theme, blueprint. */
export const DarkBlueprint: Story = { args: { journey: journeys['software-purchase'], lanes: 'blueprint' }, globals: { theme: 'dark' } };

/** German labels. */
export const German: Story = {
  args: { locale: 'de', journey: journeys['manufacturing-input'] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('columnheader', { name: 'Personas' })).toBeVisible();
    await expect(within(canvasElement).getAllByRole('columnheader', { name: /Touchpoints?|Keine Touchpoints/ }).length).toBeGreaterThan(0);
  },
};

/** A touchpoint selected from outside (controlled). */
export const SelectedTouchpoint: Story = {
  args: { selection: payment.touchpoints.find((touchpoint) => touchpoint.keyMoment)?.id ?? payment.touchpoints[0]!.id },
  play: async ({ canvasElement }) => {
    const selected = canvasElement.querySelectorAll('.jk-touchpoint-card[data-state="selected"]');
    await expect(selected.length).toBeGreaterThan(0);
  },
};

/** Empty phase, empty lane, long texts and unplaced touchpoints (lenient data). */
export const EdgeCases: Story = {
  args: { journey: edgeDocument, lenient: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('columnheader', { name: /No touchpoints in this phase/ })).toBeVisible();
    await expect(canvas.getByText('No touchpoints for Jonas Richter')).toBeVisible();
    const unplaced = canvas.getByRole('region', { name: /Unplaced touchpoints/ });
    await expect(within(unplaced).getAllByRole('button')).toHaveLength(2);
  },
};

/**
 * A generated journey: 12 phases, 10 personas, 200 touchpoints. Windowed (the default): only the
 * cards near the visible part of the grid are in the DOM; scroll to the right and the next phases'
 * cards come in. Switch `windowing` off to render every card.
 */
export const Generated200: Story = {
  args: { journey: generated },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('grid')).toHaveAttribute('aria-colcount', '13');
    const cards = () => canvasElement.querySelectorAll('[data-touchpoint-index]');
    const lastPhase = generated.phases.at(-1)!.id;
    const inLastPhase = () => [...cards()].some((card) => generated.touchpoints[Number(card.getAttribute('data-touchpoint-index'))]!.phaseId === lastPhase);
    await expect(cards().length).toBeGreaterThan(0);
    await expect(cards().length).toBeLessThan(generated.touchpoints.length);
    await expect(inLastPhase()).toBe(false);
    const viewport = canvasElement.querySelector<HTMLElement>('.jk-swimlanes__viewport')!;
    viewport.scrollLeft = viewport.scrollWidth;
    await waitFor(() => expect(inLastPhase()).toBe(true));
    viewport.scrollLeft = 0;
  },
};

/** The same journey with `windowing` off: every card is in the DOM (find-in-page finds cards scrolled away). */
export const Generated200AllCards: Story = {
  args: { journey: generated, windowing: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-touchpoint-index]').length).toBeGreaterThanOrEqual(generated.touchpoints.length);
  },
};
