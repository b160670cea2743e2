import { parseJourney, type Touchpoint } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { JourneyMap, type JourneySelection, type JourneyView } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { sampleIds, sampleJourney } from './support/samples';

const meta = {
  title: 'Components/JourneyMap',
  component: JourneyMap,
  args: { journey: sampleJourney('payment-provider'), toolbar: true, exportable: true, personas: true, emotionCurve: true, legend: true, lenient: false },
  argTypes: {
    journey: { control: 'select', options: sampleIds, mapping: Object.fromEntries(sampleIds.map((id) => [id, sampleJourney(id)])) },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5] },
  },
} satisfies Meta<typeof JourneyMap>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The payment-provider journey: a merchant, the finance lead and the developer, five phases. Click a card for its details. */
export const PaymentProvider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: /payment methods/i })).toBeVisible();
    const card = canvasElement.querySelector<HTMLElement>('.jk-touchpoint-card')!;
    await userEvent.click(card);
    const dialog = await within(document.body).findByRole('dialog');
    // Radix measures and positions the popover before it shows.
    await waitFor(() => expect(dialog).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
  },
};

/** The software purchase as a service blueprint: customer actions, frontstage, backstage, support and technology. */
export const SoftwarePurchaseBlueprint: Story = { args: { journey: sampleJourney('software-purchase'), defaultView: { axis: 'ordinal', lanes: 'blueprint' } } };

/** The manufacturing input, lanes by channel. */
export const ManufacturingByChannel: Story = { args: { journey: sampleJourney('manufacturing-input'), defaultView: { axis: 'ordinal', lanes: 'channel' } } };

/** The future state of the payment-provider journey. */
export const FutureState: Story = { args: { journey: sampleJourney('payment-provider-future') } };

/** On the real time axis: weeks of a B2B purchase, zoomable. */
export const Timeline: Story = {
  args: { journey: sampleJourney('software-purchase'), defaultView: { axis: 'time', lanes: 'persona' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** Dark mode: the `dark` class on an ancestor. */
export const Dark: Story = { args: { journey: sampleJourney('software-purchase') }, globals: { theme: 'dark' } };

/** German labels. */
export const German: Story = {
  args: { journey: sampleJourney('manufacturing-input'), locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Zeitachse' })).toBeVisible();
  },
};

/** A generated map of 200 touchpoints, 10 personas and 12 phases. */
export const Large: Story = { args: { journey: parseJourney(generateJourney({ seed: 3, touchpoints: 200, personas: 10, phases: 12 })) } };

function ControlledMap() {
  const journey = sampleJourney('payment-provider');
  const [selection, setSelection] = useState<JourneySelection>(journey.touchpoints[2]!.id);
  const [view, setView] = useState<JourneyView>({ axis: 'ordinal', lanes: 'persona' });
  const [opened, setOpened] = useState<Touchpoint | null>(null);
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <p className="jk-root" role="status">
        Selected: <strong>{selection ?? 'none'}</strong> · view: {view.axis}/{view.lanes} · last opened: {opened?.title ?? '—'}
      </p>
      <JourneyMap journey={journey} selection={selection} onSelectionChange={setSelection} view={view} onViewChange={setView} onTouchpointOpen={setOpened} />
    </div>
  );
}

/** The host app owns selection and view (`selection` / `onSelectionChange`, `view` / `onViewChange`) and hears `onTouchpointOpen`. */
export const Controlled: Story = {
  render: () => <ControlledMap />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Service blueprint' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('view: ordinal/blueprint');
  },
};

/** A document with a broken reference: an inline, accessible error instead of a crash. */
export const InvalidDocument: Story = {
  args: { journey: { ...sampleJourney('payment-provider'), touchpoints: [{ ...sampleJourney('payment-provider').touchpoints[0]!, phaseId: 'decison' }] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('touchpoints.0.phaseId');
  },
};

/** Live data with a touchpoint whose phase is unknown: `lenient` shows it as unplaced instead of failing. */
export const LenientLiveData: Story = {
  args: {
    lenient: true,
    journey: (() => {
      const journey = sampleJourney('payment-provider');
      return { ...journey, touchpoints: [...journey.touchpoints, { ...journey.touchpoints[0]!, id: 'from-crm', title: 'Lead from the CRM (phase not mapped yet)', phaseId: 'crm-stage-7' }] };
    })(),
  },
};

/** A custom card through `renderTouchpoint` (spread `itemProps`). */
export const CustomCards: Story = {
  args: {
    renderTouchpoint: (touchpoint, state) => (
      <button type="button" {...state.itemProps} className={`${String(state.itemProps.className ?? '')} story-custom-card`} style={{ ...state.itemProps.style, border: '2px dashed var(--jk-color-accent, #3557d4)', borderRadius: 8, background: 'var(--jk-color-surface-default)', font: 'inherit', textAlign: 'left', padding: 8 }}>
        <strong>{touchpoint.title}</strong>
        <br />
        <small>{touchpoint.channel}</small>
      </button>
    ),
  },
};

/** Export the map as SVG or PNG from the toolbar: a self-contained file with styles inlined and the current theme. */
export const Export: Story = {
  args: { journey: sampleJourney('manufacturing-input') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Export SVG' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Export PNG' })).toBeEnabled();
  },
};

/**
 * Dense mode: 20,000 generated touchpoints (8 personas, 6 phases) drawn as marks on a canvas —
 * a bar per touchpoint and lane in its channel group's colour, its emotion as the chip at the
 * foot, key moments and pain points ticked on top — under HTML headers, with the emotion curves
 * on the same canvas. Click a mark, or focus the map and use the arrow keys and Enter.
 */
export const Dense: Story = {
  args: { journey: null, density: 'dense' },
  loaders: [async () => ({ dense: parseJourney(generateJourney({ seed: 42, touchpoints: 20_000, personas: 8, phases: 6 })) })],
  render: (args, { loaded }) => <JourneyMap {...args} journey={loaded.dense} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(Number(canvasElement.querySelector<HTMLCanvasElement>('.jk-dense canvas')?.dataset.marks)).toBeGreaterThan(100));
    await expect(canvasElement.querySelectorAll('[data-touchpoint-index]')).toHaveLength(0);
    const region = canvas.getByRole('group', { name: /journey map, 20,?000 touchpoints|journey map/ });
    region.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    const live = canvasElement.querySelector('.jk-dense [aria-live]')!;
    await waitFor(() => expect(live.textContent).toMatch(/Touchpoint \d+ of/));
    const title = live.textContent!.split(' — ')[0]!;
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('dialog', { name: title });
    await waitFor(() => expect(dialog).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(region).toHaveFocus());
  },
};

/**
 * Your own arrangement from the parts (JourneyMapRoot with the JourneyMapParts header and legend, JourneyMapToolbar,
 * JourneyMapView and its emotion curve): header and a slim toolbar (no export),
 * the view, the legend beside the curve. Every part reads the root's journey, view and selection.
 */
export const ComposedFromParts: Story = {
  render: (args) => (
    <JourneyMap.Root journey={args.journey} defaultView={{ axis: 'ordinal', lanes: 'channel' }}>
      <JourneyMap.Header />
      <JourneyMap.Toolbar exportable={false} />
      <JourneyMap.View />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(220px, 1fr)', gap: 16 }}>
        <JourneyMap.EmotionCurve />
        <JourneyMap.Legend orientation="vertical" sections={['channels', 'markers', 'personas']} />
      </div>
    </JourneyMap.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: /payment methods/i })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /svg/i })).toBeNull(); // no export buttons
    await expect(canvas.getByRole('region', { name: 'Legend' })).toHaveAttribute('data-orientation', 'vertical');
    // The lanes switch of this toolbar drives the view of the same root.
    await userEvent.click(canvas.getByRole('button', { name: /persona/i, pressed: false }));
    await waitFor(() => expect(canvas.getByRole('button', { name: /persona/i, pressed: true })).toBeInTheDocument());
  },
};
