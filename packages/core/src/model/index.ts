export { touchpointOrder } from './order';
export { journeyTimeline, type JourneyTimeline } from './time';
