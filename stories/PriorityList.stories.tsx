import { rankTouchpoints } from '@journeykit/core';
import { PriorityList } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const journeys = Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)]));

const meta = {
  title: 'Components/PriorityList',
  component: PriorityList,
  args: { journey: journeys['payment-provider'], limit: 5, headingLevel: 3 },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: journeys },
    sort: { control: 'select', options: [undefined, 'priority', 'reading', 'emotionGap', 'risk'] },
    defaultSort: { control: 'select', options: ['priority', 'reading', 'emotionGap', 'risk'] },
    limit: { control: { type: 'number', min: 1 } },
    weights: { control: 'object' },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    selection: { control: 'text' },
    filters: { control: 'object' },
    onSelectionChange: { action: 'selection changed' },
    onTouchpointSelect: { action: 'touchpoint selected' },
    onSortChange: { action: 'sort changed' },
  },
  parameters: { layout: 'fullscreen' },
  decorators: [(Story) => <div style={{ maxWidth: 820 }}>{Story()}</div>],
} satisfies Meta<typeof PriorityList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The payment-provider merchant: where to act first. */
export const PaymentProvider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: 'Where to act first' });
    const titles = () => within(list).getAllByRole('button').map((button) => button.textContent);
    const byPriority = titles();
    await expect(byPriority).toHaveLength(5);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Sort by' }), 'Journey order');
    await expect(titles()).not.toEqual(byPriority);
    const [first] = within(list).getAllByRole('button');
    await userEvent.click(first!);
    await expect(first).toHaveAttribute('aria-current', 'true');
  },
};

/** Three items first, then "Show all". */
export const ShowAll: Story = {
  args: { journey: journeys['manufacturing-input'], limit: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: 'Where to act first' });
    await expect(within(list).getAllByRole('button')).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: /Show all/ }));
    await expect(within(list).getAllByRole('button').length).toBeGreaterThan(3);
  },
};

/** The same merchant in the future state. */
export const PaymentProviderFuture: Story = { args: { journey: journeys['payment-provider-future'] } };
/** The SaaS purchase, sorted by emotion gap. */
export const SoftwarePurchaseByEmotionGap: Story = { args: { journey: journeys['software-purchase'], defaultSort: 'emotionGap' } };
/** The manufacturing input, sorted by risk. */
export const ManufacturingInputByRisk: Story = { args: { journey: journeys['manufacturing-input'], defaultSort: 'risk' } };
/** Risk weighs double. */
export const RiskWeighted: Story = { args: { weights: { risk: 0.6 } } };
/** Dark mode with a selected item. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultSelection: rankTouchpoints(sampleJourney('payment-provider'))[1]!.touchpointId, limit: 6 },
};
/** German labels. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Wo zuerst handeln' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Sortieren nach' })).toBeVisible();
  },
};
