// CommonJS consumers: require() of both packages works and gives the documented API.
const core = require('@journeykit/core');
const samples = require('@journeykit/core/samples');
const journey = core.parseJourney(samples.SAMPLE_JOURNEYS[0].document);
const layout = core.computeJourneyLayout(journey);
// The interop subpath uses the main entry's validator: what it parses is recognised as a journey.
const interop = require('@journeykit/core/interop');
const fromMermaid = interop.fromMermaidJourney(interop.toMermaidJourney(journey));
if (!core.isJourneyModel(fromMermaid)) throw new Error('@journeykit/core/interop returned a journey the main entry does not recognise');
const csvHeader = interop.touchpointsToCsv(journey).split(/\r?\n/)[0];
const react = require('@journeykit/react');
if (typeof react.JourneyMap !== 'object' && typeof react.JourneyMap !== 'function') throw new Error('JourneyMap missing from the CJS build');
console.log(JSON.stringify({ touchpoints: journey.touchpoints.length, items: layout.items.length, csvHeader, mermaidTouchpoints: fromMermaid.touchpoints.length, reactExports: Object.keys(react).length }));
