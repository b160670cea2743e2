import type { Decorator, Preview } from '@storybook/react-vite';
import { JourneyKitProvider } from '../packages/react/src/i18n/JourneyKitProvider';
import '../packages/react/src/styles.css';
import './preview.css';

/** Light/dark theme and locale from the toolbar, applied the way an app would: a `dark` class and a provider. */
const withThemeAndLocale: Decorator = (Story, context) => {
  const dark = context.globals.theme === 'dark';
  return (
    <JourneyKitProvider locale={context.globals.locale as string}>
      <div className={dark ? 'jk-story dark' : 'jk-story'} data-theme={dark ? 'dark' : 'light'}>
        <Story />
      </div>
    </JourneyKitProvider>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of built-in labels',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'de', title: 'Deutsch' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Document format', 'Components', 'Dashboards', 'Foundations'] } },
  },
};
export default preview;
