/**
 * Sample: the future state of {@link paymentProviderJourney} — the same merchant after the
 * planned improvements. Written as the changes to the current state, so the two documents share
 * ids for every touchpoint that stays: 23 shared touchpoints (7 of them changed), 3 removed,
 * 3 added, and one new pain point introduced by a change (credit check at the hardware checkout).
 */
import type { JourneyDocument, Touchpoint } from '../model/types';
import { paymentProviderJourney } from './payment-provider';

const planned = { source: 'assumption', confidence: 0.6, note: 'Target after the 2026 roadmap; to be measured' } as const;

/** Touchpoints of the current state that the future state no longer needs. */
const REMOVED = new Set(['pp-kyc-approval', 'pp-integration-docs', 'pp-cart-recovery']);

/** Changes to touchpoints that stay (by id); listed fields replace the current values. */
const CHANGES: Readonly<Record<string, Partial<Touchpoint>>> = {
  'pp-fee-calculator': {
    action: 'Enters last year’s order volume; the calculator shows all methods including invoice and buy-now-pay-later and exports a PDF.',
    thoughts: 'That is the number I can put in front of Jana.',
    emotion: 2,
    painPoints: [],
    opportunities: [],
    performance: 4,
    metrics: { volume: 1_260, conversionRate: 0.55, dropOffRate: 0.2, period: 'target' },
    evidence: planned,
  },
  'pp-sales-call': {
    thoughts: 'Called back within the hour, and the advisor knew our shop system.',
    emotion: 2,
    painPoints: [],
    opportunities: [],
    performance: 5,
    evidence: planned,
  },
  'pp-signup-kyc': {
    action: 'Creates the account; company data is filled in from the commercial register, only the directors’ IDs are uploaded, and sandbox keys appear at once.',
    thoughts: 'Ten minutes, and Tobias can start today.',
    emotion: 1,
    painPoints: [],
    opportunities: [],
    performance: 4,
    metrics: { volume: 260, conversionRate: 0.85, dropOffRate: 0.15, period: 'target' },
    evidence: planned,
  },
  'pp-first-payout': {
    action: 'Imports the payout export into the accounting software; lines already carry the shop order numbers.',
    thoughts: 'Matched automatically except two refunds.',
    emotion: 1,
    painPoints: [],
    opportunities: [],
    performance: 4,
    evidence: planned,
  },
  'pp-checkout-abandon': {
    title: 'Orders terminals on invoice',
    action: 'Orders two card terminals in the hardware shop and pays on invoice after a short credit check.',
    thoughts: 'Invoice, like everything else. The extra credit check was a surprise, though.',
    emotion: 1,
    painPoints: ['Existing merchants have to pass a credit check again for hardware on invoice'],
    opportunities: ['Reuse the merchant’s existing risk profile for hardware orders'],
    performance: 4,
    metrics: { volume: 540, conversionRate: 0.8, dropOffRate: 0.12, period: 'target' },
    evidence: planned,
  },
  'pp-chargeback-hotline': {
    title: 'Dispute handled via callback',
    action: 'Books a callback slot from the dashboard; the dispute status and the required documents are listed there.',
    thoughts: 'Called back at the time I chose. Fine.',
    emotion: 0,
    painPoints: [],
    opportunities: [],
    performance: 4,
    metrics: { volume: 310, csat: 78, dropOffRate: 0.05, period: 'target' },
    evidence: planned,
  },
  'pp-nps-survey': {
    metrics: { volume: 1_900, nps: 55, period: 'target' },
    evidence: planned,
  },
};

/** Touchpoints the future state adds, each placed after the current touchpoint named by the key. */
const ADDED_AFTER: Readonly<Record<string, Touchpoint[]>> = {
  'pp-signup-kyc': [
    {
      id: 'pp-guided-setup',
      phaseId: 'decision',
      personaIds: ['developer'],
      title: 'Guided setup in the shop app',
      channel: 'online-tool',
      mode: 'online',
      influence: 'direct',
      at: '2026-02-25',
      action: 'Follows the guided setup in the shop app: methods, webhooks and test orders with test buyers for every credit decision.',
      thoughts: 'Every step checks itself. No docs needed.',
      needs: ['Test buyers for accepted and declined credit checks'],
      emotion: 2,
      desiredEmotion: 2,
      keyMoment: true,
      owner: { department: 'Engineering', role: 'Product engineer integrations', system: 'Shop app', process: 'Guided onboarding' },
      importance: 5,
      risk: 4,
      performance: 4,
      evidence: planned,
    },
  ],
  'pp-go-live': [
    {
      id: 'pp-finance-onboarding',
      phaseId: 'decision',
      personaIds: ['finance'],
      title: 'Onboarding webinar for finance teams',
      channel: 'webinar',
      mode: 'online',
      influence: 'direct',
      at: '2026-03-10',
      action: 'Joins a 30-minute session on payouts, fees on the statement and the accounting export.',
      thoughts: 'Now I know what arrives when, before the first month-end.',
      needs: ['Payout calendar', 'Statement explained line by line'],
      emotion: 1,
      desiredEmotion: 1,
      owner: { department: 'Customer success', role: 'Onboarding manager', system: 'Webinar platform', process: 'Finance onboarding' },
      importance: 3,
      risk: 2,
      performance: 4,
      evidence: planned,
    },
  ],
  'pp-first-payout': [
    {
      id: 'pp-accounting-export',
      phaseId: 'retention',
      personaIds: ['finance'],
      title: 'Connects the accounting software',
      channel: 'customer-portal',
      mode: 'online',
      influence: 'direct',
      at: '2026-03-13',
      action: 'Connects the accounting software once; payouts and fees are booked daily from then on.',
      thoughts: 'Month-end in two days is realistic now.',
      needs: ['Connector for the accounting software'],
      emotion: 2,
      desiredEmotion: 2,
      keyMoment: true,
      owner: { department: 'Product', role: 'Product manager finance tools', system: 'Accounting connector', process: 'Daily payout booking' },
      importance: 5,
      risk: 4,
      performance: 4,
      evidence: planned,
    },
  ],
};

function futureTouchpoints(current: readonly Touchpoint[]): Touchpoint[] {
  return current.flatMap((touchpoint) => {
    if (REMOVED.has(touchpoint.id)) return [];
    const changed: Touchpoint = { ...touchpoint, ...CHANGES[touchpoint.id] };
    return [changed, ...(ADDED_AFTER[touchpoint.id] ?? [])];
  });
}

/**
 * Future-state journey of the payment-provider merchant: guided setup and instant sandbox
 * instead of docs and an approval e-mail, fees for every method in the calculator, payouts with
 * order numbers and an accounting connector, invoice for hardware (no abandoned cart, but a new
 * credit-check pain), and callbacks instead of a hotline queue.
 */
export const paymentProviderFutureJourney: JourneyDocument = {
  ...paymentProviderJourney,
  id: 'payment-provider-future',
  title: 'Adding B2B payment methods to a webshop — future state',
  type: 'future-state',
  description:
    'The planned experience for Hartmann Werkzeug after the 2026 roadmap: faster sign-up, guided integration, complete fee information, reconciled payouts and callbacks instead of queues. Compare it with the current state by touchpoint id.',
  touchpoints: futureTouchpoints(paymentProviderJourney.touchpoints),
};
