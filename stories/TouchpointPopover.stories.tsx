import type { Touchpoint } from '@journeykit/core';
import { TouchpointCard, TouchpointDetails, TouchpointPopover } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { sampleJourney } from './support/samples';

const payment = sampleJourney('payment-provider');
const richest = [...payment.touchpoints].sort((a, b) => Object.keys(b).length - Object.keys(a).length)[0]!;
const withLinks: Touchpoint = {
  ...richest,
  links: [
    { label: 'Provider pricing page', url: 'https://example.com/pricing' },
    { label: 'Support ticket', url: 'mailto:support@example.com' },
    { label: 'Suspicious link', url: 'javascript:alert(document.cookie)' },
  ],
};

const meta = {
  title: 'Components/TouchpointPopover',
  component: TouchpointPopover,
  args: { touchpoint: withLinks, journey: payment, side: 'right', align: 'start' },
  argTypes: {
    touchpoint: { control: false },
    journey: { control: false },
    side: { control: 'inline-radio', options: ['top', 'right', 'bottom', 'left'] },
    align: { control: 'inline-radio', options: ['start', 'center', 'end'] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    open: { control: 'boolean' },
  },
  parameters: { layout: 'padded' },
  render: (args) => (
    <div style={{ minHeight: 640, paddingTop: 8 }}>
      <TouchpointPopover {...args}>
        <TouchpointCard touchpoint={args.touchpoint!} journey={args.journey} style={{ width: 176, height: 74 }} />
      </TouchpointPopover>
    </div>
  ),
} satisfies Meta<typeof TouchpointPopover>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Click the card: the dialog shows every recorded field; only safe URLs become links; Escape closes and returns focus. */
export const ClickToOpen: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole('button', { name: new RegExp(`^${args.touchpoint!.title}`) });
    await userEvent.click(card);
    const dialog = await within(document.body).findByRole('dialog', { name: args.touchpoint!.title });
    await expect(within(dialog).getByRole('link', { name: 'Provider pricing page' })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(within(dialog).queryByRole('link', { name: /Suspicious/ })).toBeNull();
    await expect(within(dialog).getByText('Suspicious link')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    // Radix removes the content after its close; focus returns to the card.
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(card).toHaveFocus());
  },
};

/** Open from the start. */
export const Open: Story = { args: { defaultOpen: true } };

/** Dark theme. */
export const Dark: Story = { args: { defaultOpen: true }, globals: { theme: 'dark' } };

/** German labels. */
export const German: Story = {
  args: { defaultOpen: true, locale: 'de' },
  play: async () => {
    const dialog = await within(document.body).findByRole('dialog');
    await expect(within(dialog).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toContain('Verantwortlich');
  },
};

/** Keyboard: Enter on the focused card opens the details. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('button')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await within(document.body).findByRole('dialog')).toBeInTheDocument();
  },
};

/** The details body on its own, e.g. for a side panel. */
export const DetailsPanel: Story = {
  render: (args) => (
    <div style={{ maxWidth: 400, padding: 16 }}>
      <TouchpointDetails touchpoint={args.touchpoint!} journey={args.journey} locale={args.locale} />
    </div>
  ),
};
