// CommonJS consumers: require() of both packages works and gives the documented API.
const core = require('@journeykit/core');
const samples = require('@journeykit/core/samples');
const journey = core.parseJourney(samples.SAMPLE_JOURNEYS[0].document);
const layout = core.computeJourneyLayout(journey);
const react = require('@journeykit/react');
if (typeof react.JourneyMap !== 'object' && typeof react.JourneyMap !== 'function') throw new Error('JourneyMap missing from the CJS build');
console.log(JSON.stringify({ touchpoints: journey.touchpoints.length, items: layout.items.length, reactExports: Object.keys(react).length }));
