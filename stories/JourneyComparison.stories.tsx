import { JourneyComparison } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { sampleJourney } from './support/samples';

const current = sampleJourney('payment-provider');
const future = sampleJourney('payment-provider-future');

const meta = {
  title: 'Components/JourneyComparison',
  component: JourneyComparison,
  args: { current, future, defaultMode: 'side-by-side', headingLevel: 2, showLegend: true },
  argTypes: {
    current: { control: false },
    future: { control: false },
    mode: { control: 'inline-radio', options: [undefined, 'side-by-side', 'overlay'] },
    defaultMode: { control: 'inline-radio', options: ['side-by-side', 'overlay'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5] },
    showLegend: { control: 'boolean' },
    title: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    onModeChange: { action: 'mode changed' },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof JourneyComparison>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The payment-provider merchant today and after the roadmap, side by side. */
export const SideBySide: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Current vs. future state' })).toBeVisible();
    await expect(canvas.getAllByRole('img')).toHaveLength(2);
    await expect(canvas.getByRole('region', { name: /^Pain points fixed/ })).toBeVisible();
    const changed = canvas.getAllByText('Changed', { selector: '[tabindex]' })[0]!;
    changed.focus();
    await expect(changed.querySelector('.jk-comparison__tooltip')).toBeVisible();
  },
};

/** Both curves in one chart and one merged list per phase; switch back with the layout toggle. */
export const Overlay: Story = {
  args: { defaultMode: 'overlay' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('img')).toHaveLength(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Side by side' }));
    await expect(canvas.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getAllByRole('img')).toHaveLength(2);
    await userEvent.click(canvas.getByRole('button', { name: 'Overlay' }));
    await expect(canvas.getAllByRole('img')).toHaveLength(1);
  },
};

/** Dark mode, overlay. */
export const Dark: Story = { args: { defaultMode: 'overlay' }, globals: { theme: 'dark' } };

/** Dark mode, side by side. */
export const DarkSideBySide: Story = { globals: { theme: 'dark' } };

/** German labels and numbers. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Ist- vs. Soll-Zustand' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Darstellung' })).toBeVisible();
  },
};

/** An invalid future document: the alert names the side. */
export const InvalidFuture: Story = {
  args: { future: { version: 1, id: 'broken', phases: 'none' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Future state: this journey cannot be shown');
  },
};
