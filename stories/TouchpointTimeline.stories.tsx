import { parseJourney, type Journey, type JourneyDocument } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { TouchpointTimeline, type TimelineZoomState } from '@journeykit/react';
import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));

/** A two-week trial timed in day offsets (no calendar), with durations and one untimed touchpoint. */
const trialDocument: JourneyDocument = {
  version: 1,
  id: 'trial',
  title: 'Two-week trial of a CPQ tool',
  type: 'current-state',
  phases: [
    { id: 'trial', name: 'Trial' },
    { id: 'decision', name: 'Decision' },
  ],
  personas: [
    { id: 'ops', name: 'Lea Brandt', role: 'user', jobTitle: 'Sales operations' },
    { id: 'cfo', name: 'Jonas Weber', role: 'decider', jobTitle: 'CFO' },
  ],
  touchpoints: [
    { id: 't1', phaseId: 'trial', personaIds: ['ops'], title: 'Signs up for the trial', channel: 'website', mode: 'online', influence: 'direct', at: 0, emotion: 1, desiredEmotion: 1 },
    { id: 't2', phaseId: 'trial', personaIds: ['ops'], title: 'Onboarding webinar', channel: 'webinar', mode: 'online', influence: 'direct', at: 1, emotion: 1, desiredEmotion: 2, keyMoment: true },
    { id: 't3', phaseId: 'trial', personaIds: ['ops'], title: 'Imports the price list', channel: 'online-tool', mode: 'online', influence: 'direct', at: 2, durationDays: 3, emotion: -1, desiredEmotion: 1, painPoints: ['CSV import rejects umlauts'] },
    { id: 't4', phaseId: 'trial', personaIds: ['ops'], title: 'Asks support about discounts', channel: 'customer-service', mode: 'offline', influence: 'direct', at: 6, emotion: 1, desiredEmotion: 1 },
    { id: 't5', phaseId: 'trial', personaIds: ['ops', 'cfo'], title: 'Reads reviews', channel: 'review-portal', mode: 'online', influence: 'indirect', emotion: 0, desiredEmotion: 1 },
    { id: 't6', phaseId: 'decision', personaIds: ['cfo'], title: 'Business case call', channel: 'phone', mode: 'offline', influence: 'direct', at: 9, emotion: 0, desiredEmotion: 2, keyMoment: true },
    { id: 't7', phaseId: 'decision', personaIds: ['cfo', 'ops'], title: 'Negotiates the contract', channel: 'email', mode: 'online', influence: 'direct', at: 11, durationDays: 2, emotion: -1, desiredEmotion: 1, painPoints: ['Annual prepayment only'] },
    { id: 't8', phaseId: 'decision', personaIds: ['cfo'], title: 'Signs', channel: 'email', mode: 'online', influence: 'direct', at: 14, emotion: 2, desiredEmotion: 2 },
  ],
};
const trial = parseJourney(trialDocument);
/** Half a year of a generated buying center (dates), for zooming from months to days. */
const halfYear = parseJourney(generateJourney({ seed: 11, touchpoints: 48, personas: 4, phases: 5 }));

const meta = {
  title: 'Components/TouchpointTimeline',
  component: TouchpointTimeline,
  args: { journey: journeys['payment-provider'], lanes: 'persona', defaultZoom: 1 },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: journeys },
    lanes: { control: 'inline-radio', options: ['persona', 'channel'] },
    pixelsPerDay: { control: { type: 'number', min: 2, max: 200 } },
    defaultZoom: { control: { type: 'number', min: 0.5, max: 20, step: 0.5 } },
    maxZoom: { control: { type: 'number', min: 1, max: 100 } },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    selection: { control: 'text' },
    renderTouchpoint: { control: false },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof TouchpointTimeline>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The payment-provider merchant over three months; click a card for its details. */
export const PaymentProvider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid');
    const card = within(grid).getAllByRole('button', { name: /Searches for invoice payment/ })[0]!;
    await userEvent.click(card);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Searches for invoice payment for the shop' });
    await waitFor(() => expect(dialog).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(card).toHaveFocus());
  },
};

/** The zoom buttons re-tick the axis: more, finer dates when zoomed in. */
export const ZoomButtons: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const ticks = () => [...canvasElement.querySelectorAll('.jk-timeline__tick')].map((tick) => tick.textContent).join('|');
    // The first renders lay the axis out before the width is measured (default scale, day ticks):
    // read the ticks once they have held for a quarter second.
    const settle = () => new Promise((done) => setTimeout(done, 250));
    let before = ticks();
    for (let tries = 0; tries < 20; tries++) {
      await settle();
      if (ticks() === before) break;
      before = ticks();
    }
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(ticks()).not.toBe(before));
    // Two steps of 1.5: wait for the second one to land, not just the first tick change.
    await waitFor(() => expect(canvas.getByText('Zoom 225 %')).toBeVisible());
    await userEvent.click(canvas.getByRole('button', { name: 'Reset zoom' }));
    await waitFor(() => expect(ticks()).toBe(before));
  },
};

/** Lanes by channel. */
export const ByChannel: Story = { args: { lanes: 'channel' } };

/** Five buying-center personas of the software purchase. */
export const SoftwarePurchase: Story = { args: { journey: journeys['software-purchase'] } };

/** The manufacturing input (four-phase funnel). */
export const ManufacturingInput: Story = { args: { journey: journeys['manufacturing-input'] } };

/** Timed in day offsets (`at: 3`): "Day n" ticks, duration bars, an untimed touchpoint. */
export const DayOffsets: Story = {
  args: { journey: trial },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Day 0')).toBeVisible();
    await expect(canvas.getAllByText('Untimed').length).toBeGreaterThan(0);
  },
};

/** Half a year of touchpoints: zoom in from months to weeks and days. */
export const MonthsLong: Story = { args: { journey: halfYear } };

/** Starts zoomed in (3×): drag or scroll sideways to pan. */
export const Zoomed: Story = { args: { journey: halfYear, defaultZoom: 3 } };

/** Two timelines sharing one controlled zoom (`zoom` / `onZoomChange`): pan or zoom either, both follow. */
export const SharedZoom: Story = {
  args: { journey: halfYear },
  render: function SharedZoomStory(args) {
    const [zoom, setZoom] = useState<TimelineZoomState>({ scale: 2, x: -220 });
    return (
      <div style={{ display: 'grid', gap: 16 }}>
        <output aria-label="Shared zoom">
          {Math.round(zoom.scale * 100)} % · pan {Math.round(zoom.x)} px
        </output>
        <TouchpointTimeline {...args} lanes="persona" zoom={zoom} onZoomChange={setZoom} aria-label="By persona" />
        <TouchpointTimeline {...args} lanes="channel" zoom={zoom} onZoomChange={setZoom} aria-label="By channel" />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = canvas.getAllByRole('button', { name: 'Zoom in' });
    await userEvent.click(first!);
    await waitFor(() => expect(canvas.getByLabelText('Shared zoom')).toHaveTextContent('300 %'));
    await waitFor(() => expect(canvas.getAllByText('Zoom 300 %')).toHaveLength(2));
  },
};

/**
 * 5,000 touchpoints over months as marks on a canvas (dense beyond 1,000). Zoom lays the days out
 * wider — marks keep their size, overlapping ones unstack — and scrolling pans; the zoom level,
 * `zoom` / `onZoomChange` and + − 0 work as on the cards.
 */
export const DenseZoom: Story = {
  args: { journey: null as unknown as Journey },
  loaders: [async () => ({ dense: parseJourney(generateJourney({ seed: 5, touchpoints: 5_000, personas: 6, phases: 5 })) })],
  render: (args, { loaded }) => <TouchpointTimeline {...args} journey={loaded.dense} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const map = () => canvasElement.querySelector<HTMLElement>('.jk-dense__map')!;
    await waitFor(() => expect(Number(canvasElement.querySelector<HTMLCanvasElement>('.jk-dense canvas')?.dataset.marks)).toBeGreaterThan(100));
    const before = map().offsetWidth;
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(canvas.getByText('Zoom 150 %')).toBeVisible());
    await waitFor(() => expect(map().offsetWidth).toBeGreaterThan(before * 1.3));
    await userEvent.click(canvas.getByRole('button', { name: 'Reset zoom' }));
    await waitFor(() => expect(map().offsetWidth).toBe(before));
  },
};

/** Filters that match nothing: the empty state. */
export const Empty: Story = {
  args: { filters: { personaIds: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No touchpoints to show.')).toBeVisible();
  },
};

/** Dark mode. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** German labels and dates. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Vergrößern' })).toBeVisible();
  },
};
