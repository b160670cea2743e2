/**
 * Word pools of the journey generator: names, role profiles, phase names and texts per channel
 * group. Plain data, English, fictitious; `generate.ts` picks from them with a seeded random.
 */
import type { ChannelPreset } from '../presets/channels';
import type { BuyingCenterRole, EvidenceSource, TouchpointInfluence, TouchpointMode } from '../schema/enums';

/** Channel group of the catalogue (advertising, owned-digital, …). */
export type ChannelGroup = ChannelPreset['group'];

/** Given names of generated personas. */
export const FIRST_NAMES = [
  'Anna', 'Ben', 'Clara', 'David', 'Elif', 'Felix', 'Greta', 'Hannes', 'Ines', 'Jonas',
  'Katrin', 'Lukas', 'Mara', 'Nils', 'Olga', 'Paul', 'Rosa', 'Sven', 'Tara', 'Yusuf',
] as const;

/** Family names of generated personas. */
export const LAST_NAMES = [
  'Albers', 'Brandt', 'Costa', 'Dietrich', 'Engel', 'Fischer', 'Graf', 'Hoffmann', 'Iversen', 'Jansen',
  'Kaya', 'Lorenz', 'Meyer', 'Nowak', 'Otto', 'Peters', 'Richter', 'Schulz', 'Vogel', 'Winter',
] as const;

/** Places of work of generated personas. */
export const LOCATIONS = ['Hamburg', 'Munich', 'Cologne', 'Stuttgart', 'Leipzig', 'Vienna', 'Zurich', 'Rotterdam', 'Lyon', 'Wrocław'] as const;

/** Persona colours (hex, readable on white and dark backgrounds). */
export const PERSONA_COLORS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4d7c0f'] as const;

/** Fictitious customer companies. */
export const COMPANIES = [
  { name: 'Nordwerk Maschinenbau GmbH', industry: 'Mechanical engineering', size: 'SME', employees: 420 },
  { name: 'Helio Components AG', industry: 'Electronics manufacturing', size: 'Enterprise', employees: 2_300 },
  { name: 'Brightline Logistics', industry: 'Logistics', size: 'SME', employees: 180 },
  { name: 'Vantor Medical Supplies', industry: 'Medical technology', size: 'Mid-market', employees: 950 },
] as const;

/** What a persona of a buying-center role is like. */
export interface RoleProfile {
  /** Typical job title. */
  jobTitle: string;
  /** Typical department. */
  department: string;
  /** Typical career level. */
  seniority: string;
  /** What drives this role. */
  motivation: string;
  /** What gets in this role's way. */
  frustration: string;
  /** What this role wants to achieve. */
  goal: string;
  /** Information this role needs. */
  need: string;
  /** A sentence this role typically says. */
  quote: string;
  /** Phase index (0-based, capped at the last phase) at which this role usually joins. */
  joinsAtPhase: number;
}

/** One profile per buying-center role. */
export const ROLE_PROFILES: Record<BuyingCenterRole, RoleProfile> = {
  initiator: {
    jobTitle: 'Team lead operations', department: 'Operations', seniority: 'Team lead',
    motivation: 'Remove a daily bottleneck for the team', frustration: 'Workarounds that cost hours every week',
    goal: 'A working solution before the next peak season', need: 'Clear comparison of options',
    quote: 'We lose too much time on this — there has to be a better way.', joinsAtPhase: 0,
  },
  user: {
    jobTitle: 'Specialist', department: 'Operations', seniority: 'Professional',
    motivation: 'Tools that just work', frustration: 'Being asked for input only after the decision',
    goal: 'Less manual input', need: 'Hands-on trial and training',
    quote: 'Let me try it on a real case before you sign anything.', joinsAtPhase: 1,
  },
  influencer: {
    jobTitle: 'Senior consultant', department: 'Business excellence', seniority: 'Senior',
    motivation: 'Recommend the option that will still be right in three years', frustration: 'Marketing claims without references',
    goal: 'A defensible shortlist', need: 'Independent reviews and references',
    quote: 'Show me a customer like us who made it work.', joinsAtPhase: 0,
  },
  decider: {
    jobTitle: 'Managing director', department: 'Management', seniority: 'C-level',
    motivation: 'Return on investment within a year', frustration: 'Decisions without numbers',
    goal: 'Growth without extra headcount', need: 'ROI case and risk summary',
    quote: 'What does it cost, what does it bring, and what can go wrong?', joinsAtPhase: 1,
  },
  buyer: {
    jobTitle: 'Strategic buyer', department: 'Procurement', seniority: 'Senior',
    motivation: 'Best total cost and reliable terms', frustration: 'List prices that never match the negotiated ones',
    goal: 'A framework contract with negotiated prices', need: 'Transparent price lists and payment terms',
    quote: 'I need the quote in our format by Friday.', joinsAtPhase: 2,
  },
  gatekeeper: {
    jobTitle: 'IT security officer', department: 'IT', seniority: 'Head of',
    motivation: 'No new risk in the landscape', frustration: 'Vendors that cannot answer a security questionnaire',
    goal: 'Approved vendor with a data-processing agreement', need: 'Certificates, hosting location, DPA',
    quote: 'Where is our data stored, and who can see it?', joinsAtPhase: 1,
  },
};

/** Phase names for generated journeys; beyond this list phases are called "Phase N". */
export const PHASE_TEMPLATES = [
  { id: 'awareness', name: 'Awareness', description: 'A need arises and the brand is noticed.', goal: 'Understand the problem' },
  { id: 'consideration', name: 'Consideration', description: 'Options are researched and compared.', goal: 'Build a shortlist' },
  { id: 'decision', name: 'Decision', description: 'The buying center agrees and buys.', goal: 'Sign with confidence' },
  { id: 'onboarding', name: 'Onboarding', description: 'The product is set up and introduced.', goal: 'Go live without disruption' },
  { id: 'retention', name: 'Retention', description: 'Daily use, service and reorders.', goal: 'Get value every week' },
  { id: 'advocacy', name: 'Advocacy', description: 'Satisfied customers recommend and expand.', goal: 'Share success and grow' },
  { id: 'renewal', name: 'Renewal', description: 'The contract is reviewed and extended.', goal: 'Renew on fair terms' },
  { id: 'offboarding', name: 'Offboarding', description: 'The relationship ends, handled well.', goal: 'Leave with data and goodwill' },
] as const;

/** Texts for touchpoints of one channel group. */
export interface GroupTexts {
  /** What the buyer does. */
  actions: readonly string[];
  /** What the buyer thinks. */
  thoughts: readonly string[];
  /** Information the buyer needs. */
  needs: readonly string[];
  /** Typical friction. */
  painPoints: readonly string[];
  /** Typical improvement ideas. */
  opportunities: readonly string[];
  /** Who usually owns touchpoints of the group; one of `systems` is picked per touchpoint. */
  owner: { department: string; role: string; systems: readonly string[]; process: string };
}

/** Touchpoint texts per channel group. */
export const GROUP_TEXTS: Record<ChannelGroup, GroupTexts> = {
  advertising: {
    actions: ['Clicks an ad for the problem they searched', 'Notices a sponsored post from a colleague’s feed'],
    thoughts: ['Looks relevant, but is it for companies our size?', 'Another vendor promising everything.'],
    needs: ['Clear value proposition', 'Price indication'],
    painPoints: ['Ad promise does not match the landing page', 'No price indication anywhere'],
    opportunities: ['Move budget from under-performing ads to search', 'Landing page per industry'],
    owner: { department: 'Marketing', role: 'Performance marketer', systems: ['Google Ads', 'LinkedIn Campaign Manager'], process: 'Campaign planning and bidding' },
  },
  'owned-digital': {
    actions: ['Compares plans on the website', 'Logs in and reviews the order history', 'Configures an order online'],
    thoughts: ['Where are our negotiated prices?', 'This is quicker than calling.'],
    needs: ['Negotiated prices visible online', 'Order status at a glance'],
    painPoints: ['Manual input of long article numbers', 'Negotiated prices not shown after login', 'Session times out during a complex order'],
    opportunities: ['Quick order by CSV upload', 'Show customer-specific prices after login'],
    owner: { department: 'E-commerce', role: 'Product owner webshop', systems: ['Shopware', 'Salesforce Commerce', 'HubSpot'], process: 'Catalogue and price maintenance' },
  },
  'third-party': {
    actions: ['Reads reviews from companies of the same size', 'Asks peers in an industry forum'],
    thoughts: ['The reviews are mixed on support.', 'If peers use it, it can’t be wrong.'],
    needs: ['Independent experiences', 'References from the same industry'],
    painPoints: ['Outdated negative review ranks first', 'No answer from the vendor to critical reviews'],
    opportunities: ['Answer every review within two days', 'Ask happy customers for a review after go-live'],
    owner: { department: 'Marketing', role: 'Community manager', systems: ['Review portal dashboard'], process: 'Review monitoring and response' },
  },
  events: {
    actions: ['Talks to the vendor at the booth', 'Joins a live product session and asks questions'],
    thoughts: ['Good to see a real person behind the product.', 'Too much sales talk, too little demo.'],
    needs: ['Live demo on a realistic case', 'Contact person for follow-up'],
    painPoints: ['No follow-up after the event', 'Recording not sent as promised'],
    opportunities: ['Send recording and slides within 24 h', 'Book follow-up meetings at the booth'],
    owner: { department: 'Marketing', role: 'Event manager', systems: ['Event app', 'CRM'], process: 'Lead capture and hand-over to sales' },
  },
  'print-media': {
    actions: ['Reads an article in a trade magazine', 'Finds a flyer in the delivery'],
    thoughts: ['Interesting case study, I will look it up later.', 'Nice, but where do I find more?'],
    needs: ['Short link or QR code to details'],
    painPoints: ['No way to follow up from print', 'Information out of date'],
    opportunities: ['QR code to a tailored landing page'],
    owner: { department: 'Marketing', role: 'Content manager', systems: ['DAM'], process: 'Print production' },
  },
  personal: {
    actions: ['Meets the account manager on site', 'Calls the sales team with detailed questions', 'Walks through a tailored demo'],
    thoughts: ['Finally someone who understands our process.', 'The quote took far too long.'],
    needs: ['Competent contact person', 'Quote within days, not weeks'],
    painPoints: ['Quote arrives after two weeks', 'Different answers from different sales reps'],
    opportunities: ['Quote template with negotiated prices', 'One named contact per account'],
    owner: { department: 'Sales', role: 'Key account manager', systems: ['Salesforce', 'SAP SD'], process: 'Opportunity management and quoting' },
  },
  service: {
    actions: ['Opens a support ticket', 'Gets a technician visit for maintenance', 'Answers a satisfaction survey'],
    thoughts: ['They solved it on the first call.', 'I had to explain everything twice.'],
    needs: ['Fast first response', 'Status of the ticket'],
    painPoints: ['Long waiting time on the hotline', 'Ticket passed between teams', 'Survey too long'],
    opportunities: ['Callback instead of waiting', 'Ticket status in the customer portal'],
    owner: { department: 'Customer service', role: 'Support agent', systems: ['Zendesk', 'ServiceNow'], process: 'Ticket triage and escalation' },
  },
};

/** Short card titles per catalogue channel id; other channels use their group's action. */
export const CHANNEL_TITLES: Readonly<Record<string, readonly string[]>> = {
  'search-ads': ['Search ad click', 'Searches for providers'],
  'social-ads': ['Sponsored post', 'Retargeting ad'],
  email: ['Newsletter opened', 'Follow-up e-mail', 'Reminder e-mail'],
  'social-media': ['Peer post on LinkedIn', 'Comment thread'],
  webshop: ['Browses the B2B webshop', 'Complex order in the webshop'],
  checkout: ['Checkout', 'Chooses payment method'],
  'review-portal': ['Reads reviews', 'Writes a review'],
  'specialist-portal': ['Article on a specialist portal'],
  forum: ['Forum question', 'Blog post'],
  website: ['Visits pricing page', 'Reads case study'],
  'comparison-site': ['Compares vendors'],
  'online-tool': ['ROI calculator', 'Configurator'],
  webinar: ['Product webinar', 'Expert webinar'],
  'customer-portal': ['Customer portal login', 'Downloads invoices'],
  'trade-fair': ['Trade fair booth visit'],
  poster: ['Poster at the airport'],
  flyer: ['Flyer in the delivery'],
  print: ['Print mailing'],
  'radio-tv': ['Radio spot'],
  'trade-media': ['Trade magazine article'],
  'customer-service': ['Support hotline', 'Support ticket'],
  'service-appointment': ['Service appointment', 'Maintenance visit'],
  phone: ['Sales call', 'Callback'],
  'on-site-meeting': ['On-site demo', 'Workshop on site'],
  'product-insert': ['Product insert'],
  store: ['Visit at the branch'],
  recommendation: ['Recommendation by a peer'],
  survey: ['Satisfaction survey'],
};

/** Channels outside the catalogue, with the mode and influence the generator gives them. */
export const CUSTOM_CHANNELS: readonly { name: string; mode: TouchpointMode; influence: TouchpointInfluence; group: ChannelGroup }[] = [
  { name: 'Partner referral', mode: 'offline', influence: 'indirect', group: 'third-party' },
  { name: 'Sales chat', mode: 'online', influence: 'direct', group: 'personal' },
  { name: 'LinkedIn group', mode: 'online', influence: 'indirect', group: 'third-party' },
];

/**
 * Channel groups favoured in the early, middle and late third of a journey; a group listed
 * twice is twice as likely.
 */
export const GROUPS_BY_STAGE: readonly (readonly ChannelGroup[])[] = [
  ['advertising', 'advertising', 'third-party', 'third-party', 'print-media', 'events', 'owned-digital'],
  ['owned-digital', 'personal', 'personal', 'events', 'third-party', 'owned-digital'],
  ['service', 'service', 'owned-digital', 'owned-digital', 'personal', 'third-party'],
];

/** Evidence notes per data source. */
export const EVIDENCE_NOTES: Record<EvidenceSource, string> = {
  crm: 'CRM export, opportunities of the last 12 months',
  analytics: 'Web analytics, funnel report',
  survey: 'Customer survey, n = 214',
  interview: 'Customer interview series, 12 interviews',
  assumption: 'Team assumption, to be validated',
};
