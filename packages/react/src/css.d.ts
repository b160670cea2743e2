// Stylesheets are imported for their side effect (Storybook, tests, apps using a bundler).
declare module '*.css';
