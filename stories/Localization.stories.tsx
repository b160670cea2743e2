import { JourneyKitProvider, JourneyMap, PersonaAvatar, PersonaCard } from '@journeykit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { sampleJourney } from './support/samples';

const journey = sampleJourney('manufacturing-input');

/** `JourneyKitProvider` sets the locale and label overrides for every component below it. */
function ProviderDemo({ locale }: { locale: string }) {
  return (
    <JourneyKitProvider locale={locale} labels={{ viewTimeline: locale === 'de' ? 'Zeitstrahl' : 'Time axis' }}>
      <div style={{ display: 'grid', gap: 16 }}>
        <PersonaCard persona={journey.personas[0]!} journey={journey} />
        <JourneyMap journey={journey} personas={false} legend={false} />
      </div>
    </JourneyKitProvider>
  );
}

const meta = {
  title: 'Foundations/Locale and avatars',
  component: ProviderDemo,
  args: { locale: 'de' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'de'] } },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ProviderDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

/** German through the provider, one label overridden ("Zeitstrahl"). */
export const JourneyKitProviderGerman: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Zeitstrahl' })).toBeVisible();
  },
};

/** `PersonaAvatar`: an image for http(s) URLs, else initials; unsafe URLs never load. */
export const PersonaAvatars: Story = {
  render: () => (
    <div className="jk-root" style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
      <PersonaAvatar name="Claudia Wenger" size={56} />
      <PersonaAvatar name="Dr. Anna Maria Berger" size={48} />
      <PersonaAvatar name="Ümit Özdemir" size={40} src="javascript:alert(1)" />
      <PersonaAvatar name="Jonas" size={32} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.textContent).toContain('CW');
  },
};
