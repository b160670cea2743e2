import { EmotionCurve } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));

const meta = {
  title: 'Components/EmotionCurve',
  component: EmotionCurve,
  args: { journey: journeys['payment-provider'], showDesired: true, axis: 'ordinal', lanes: 'persona', height: 200 },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: journeys },
    axis: { control: 'inline-radio', options: ['ordinal', 'time'] },
    lanes: { control: 'inline-radio', options: ['persona', 'channel'] },
    showDesired: { control: 'boolean' },
    showPhases: { control: 'boolean' },
    showKey: { control: 'boolean' },
    height: { control: { type: 'range', min: 120, max: 360, step: 20 } },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    layout: { control: false },
    selection: { control: 'text' },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof EmotionCurve>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The payment-provider merchant: three personas, felt and desired emotion per touchpoint. */
export const PaymentProvider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'Emotion curve' })).toBeVisible();
    const toggle = canvas.getByRole('button', { name: 'Show data table' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('table', { name: 'Emotion per touchpoint' })).toBeVisible();
  },
};

/** Its future state: the desired emotions are (mostly) reached. */
export const PaymentProviderFuture: Story = { args: { journey: journeys['payment-provider-future'] } };

/** A buying center of five personas (service blueprint sample). */
export const SoftwarePurchase: Story = { args: { journey: journeys['software-purchase'] } };

/** The four-phase B2B funnel of a manufacturing input, on the real time axis. */
export const ManufacturingInputOnTime: Story = { args: { journey: journeys['manufacturing-input'], axis: 'time' } };

/** Only one persona of the buying center. */
export const OnePersona: Story = { args: { journey: journeys['software-purchase'], personaIds: [journeys['software-purchase']!.personas[0]!.id] } };

/**
 * Clicking a point selects its touchpoint: the point is pressed, a guide marks it, its table row is
 * highlighted. The points are one button that the arrow keys move (a single tab stop); the play
 * function walks to Miriam Okafor's "Reads reviews" point with them, then clicks where it is drawn.
 */
export const SelectAPoint: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The curve fits its layout to the measured width (a ResizeObserver, then a render): let that
    // settle first, or the point may move between reading its box and clicking it.
    await new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled)));
    const toolbar = canvas.getByRole('toolbar');
    const cursor = () => within(toolbar).getByRole('button');
    cursor().focus();
    for (let step = 0; step < 200 && !/^Reads reviews — Miriam Okafor/.test(cursor().getAttribute('aria-label') ?? ''); step++) {
      const before = cursor().getAttribute('aria-label');
      await userEvent.keyboard('{ArrowRight}');
      if (cursor().getAttribute('aria-label') === before) await userEvent.keyboard('{ArrowDown}{Home}');
    }
    const point = cursor();
    await expect(point).toHaveAccessibleName(/^Reads reviews — Miriam Okafor/);
    const box = point.getBoundingClientRect();
    point.blur();
    await userEvent.pointer({ keys: '[MouseLeft]', target: canvasElement.querySelector('.jk-emotion-curve__canvas')!, coords: { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 } });
    await expect(canvas.getByRole('figure')).toHaveAttribute('data-selected', 'pp-reviews');
    await expect(cursor()).toHaveAttribute('aria-pressed', 'true');
  },
};

/** Dark mode. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** German labels. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'Emotionskurve' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Datentabelle anzeigen' })).toBeVisible();
  },
};
