import { safeParseJourney } from '@journeykit/core';
import { JourneyError } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

const broken = safeParseJourney({
  version: 1,
  id: 'broken',
  title: '',
  type: 'poster',
  phases: [{ id: 'awareness', name: 'Awareness' }],
  personas: [{ id: 'lea', name: 'Lea', role: 'initiator', color: 'url(javascript:x)' }],
  touchpoints: [{ id: 't1', phaseId: 'decison', personaIds: ['lea'], title: 'Demo', channel: 'phone', mode: 'offline', influence: 'direct', emotion: 7 }],
});
const issues = broken.success ? [] : broken.error.issues;

const meta = {
  title: 'Components/JourneyError',
  component: JourneyError,
  args: { issues, maxIssues: 10 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof JourneyError>;
export default meta;
type Story = StoryObj<typeof meta>;

/** What every component shows for an invalid document: each problem with its path, as an alert. */
export const InvalidDocument: Story = {
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('touchpoints.0.phaseId');
    await expect(alert).toHaveTextContent('personas.0.color');
  },
};
/** Only the first problems, then "… and N more". */
export const Truncated: Story = { args: { maxIssues: 2 } };
/** German, dark. */
export const GermanDark: Story = { args: { locale: 'de' }, globals: { theme: 'dark' } };
