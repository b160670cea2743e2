// Bundle budgets (min + gzip, react and react-dom excluded), checked by `pnpm size` in the test suite.
// Measured on the built ESM output with esbuild tree-shaking, as an app bundler would.
const peers = ['react', 'react-dom', 'react/jsx-runtime'];

module.exports = [
  {
    name: '@journeykit/core (everything, with its dependencies)',
    path: 'packages/core/dist/index.js',
    import: '*',
    gzip: true,
    limit: '25 KB',
  },
  {
    name: 'PersonaCard alone (no d3, no Radix)',
    path: 'packages/react/dist/index.js',
    import: '{ PersonaCard }',
    ignore: peers,
    gzip: true,
    limit: '8 KB',
  },
];

module.exports.push(
  {
    name: 'JourneyMap with everything it pulls',
    path: 'packages/react/dist/index.js',
    import: '{ JourneyMap }',
    ignore: peers,
    gzip: true,
    limit: '85 KB',
  },
  {
    name: "JourneyMap: journeykit's own code (d3, Radix and core's dependencies excluded)",
    path: 'packages/react/dist/index.js',
    import: '{ JourneyMap }',
    ignore: [...peers, '@radix-ui/react-popover', 'd3-scale', 'd3-shape', 'd3-zoom', 'd3-selection', 'valibot', 'd3-array', 'd3-time'],
    gzip: true,
    limit: '30 KB',
  },
);
