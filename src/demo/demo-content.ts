import type { Contributor, Dateline, SourceAttribution } from '../core/article.ts'
import type { Block } from '../core/blocks.ts'
import type { Inline, Span } from '../core/inline.ts'
import type { DemoScene } from './scenes/names.ts'

/**
 * The demo newspaper, "The Dateline": sections, desks and twenty stories, so a fresh install shows a living front
 * page. Everything here is invented: the people, companies, agencies and events are fictional; only the places are real.
 */

export type { DemoScene } from './scenes/names.ts'

/** How to draw a demo picture, plus the caption, credit and alt text the story shows with it. */
export interface ImageRecipe {
  scene: DemoScene
  /** Hex colours laid over the scene's own palette, slot by slot (each scene file says what its slots colour). */
  palette: string[]
  caption: string
  credit: string
  /** Describes what the generated illustration really shows. */
  alt: string
}

export interface DemoSection {
  name: string
  slug: string
  /** Order in the navigation, lowest first. */
  position: number
}

export interface DemoDesk {
  name: string
  /** The desk's default section. */
  sectionSlug: string
}

/** An inline figure before its image exists: the seeding code renders the recipe, stores it and swaps in an assetId. */
export interface DemoFigureBlock {
  type: 'figure'
  image: ImageRecipe
  caption: string
  credit: string
  alt: string
}

/** A body block as the demo writes it: any real block except a figure, which is a DemoFigureBlock instead. */
export type DemoBlock = Exclude<Block, { type: 'figure' }> | DemoFigureBlock

export type DemoContributor = Pick<Contributor, 'kind' | 'name' | 'role'>

export interface DemoSource {
  name: string
  kind: Extract<SourceAttribution['kind'], 'wire' | 'staff' | 'partner'>
}

export interface DemoStory {
  /** Short unique id, stable across releases, e.g. for a slug or a test. */
  key: string
  /** A desk name from demoDesks. */
  desk: string
  /** A section slug from demoSections. */
  section: string
  language: 'en' | 'bn'
  headline: string
  summary: string
  dateline: Dateline | null
  contributors: DemoContributor[]
  source: DemoSource | null
  /** IPTC Media Topic codes (eight digits). */
  topics: string[]
  tags: string[]
  /** First publication, in hours before the moment of seeding. */
  hoursAgo: number
  /** The public update time, in hours before seeding; always less than hoursAgo. */
  updatedHoursAgo?: number
  lead: ImageRecipe
  body: DemoBlock[]
}

// Helpers that keep the data below readable. Inline markup: **bold**, *italic* and [text](https://example.com/…).

const MARKUP = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((https:\/\/example\.com\/[^)\s]*)\)/g

/** Turns the tiny markup above into inline spans. */
export function inline(text: string): Inline {
  const spans: Span[] = []
  let last = 0
  for (const m of text.matchAll(MARKUP)) {
    if (m.index > last) spans.push({ text: text.slice(last, m.index) })
    if (m[1] !== undefined) spans.push({ text: m[1], bold: true })
    else if (m[2] !== undefined) spans.push({ text: m[2], italic: true })
    else spans.push({ text: m[3]!, href: m[4]! })
    last = m.index + m[0].length
  }
  if (last < text.length) spans.push({ text: text.slice(last) })
  return spans
}

const p = (text: string): DemoBlock => ({ type: 'paragraph', content: inline(text) })
const h2 = (text: string): DemoBlock => ({ type: 'heading', level: 2, content: inline(text) })
const quote = (text: string, attribution: string): DemoBlock => ({
  type: 'quote',
  paragraphs: [inline(text)],
  attribution,
})
const list = (items: string[], ordered = false): DemoBlock => ({
  type: 'list',
  ordered,
  items: items.map(inline),
})
const figure = (image: ImageRecipe): DemoBlock => ({
  type: 'figure',
  image,
  caption: image.caption,
  credit: image.credit,
  alt: image.alt,
})

const ILLUSTRATION = 'Illustration: Dateline Demo'

export const demoSections: DemoSection[] = [
  { name: 'Bangladesh', slug: 'bangladesh', position: 1 },
  { name: 'World', slug: 'world', position: 2 },
  { name: 'Business', slug: 'business', position: 3 },
  { name: 'Sport', slug: 'sport', position: 4 },
  { name: 'Science & Tech', slug: 'science-tech', position: 5 },
  { name: 'Culture', slug: 'culture', position: 6 },
  { name: 'Opinion', slug: 'opinion', position: 7 },
]

export const demoDesks: DemoDesk[] = [
  { name: 'International Desk', sectionSlug: 'world' },
  { name: 'National Desk', sectionSlug: 'bangladesh' },
  { name: 'Business Desk', sectionSlug: 'business' },
  { name: 'Sport Desk', sectionSlug: 'sport' },
  { name: 'Science Desk', sectionSlug: 'science-tech' },
  { name: 'Culture Desk', sectionSlug: 'culture' },
  { name: 'Opinion Desk', sectionSlug: 'opinion' },
]

/** Invented agencies; no real news organisation is named anywhere in the demo. */
const MERIDIAN: DemoSource = { name: 'Meridian News Agency', kind: 'wire' }
const BAY_WIRE: DemoSource = { name: 'Bay Wire Service', kind: 'wire' }
const TIDEWATER: DemoSource = { name: 'Tidewater Press Agency', kind: 'wire' }

export const demoStories: DemoStory[] = [
  {
    key: 'dhaka-downpour',
    desk: 'National Desk',
    section: 'bangladesh',
    language: 'en',
    headline: 'Pre-dawn downpour leaves parts of Dhaka under knee-deep water',
    summary:
      'More than 110 millimetres of rain fell in under four hours, flooding low-lying streets in the older parts of the city and slowing the morning commute to a crawl.',
    dateline: { place: 'DHAKA' },
    contributors: [
      { kind: 'staff', name: 'Sabrina Kabir Tonni', role: 'Staff Correspondent' },
      { kind: 'staff', name: 'Rezaul Karim Shuvo', role: 'City Reporter' },
    ],
    source: null,
    topics: ['17000000', '03000000', '14000000'],
    tags: ['Dhaka', 'monsoon', 'waterlogging', 'transport'],
    hoursAgo: 2,
    updatedHoursAgo: 0.5,
    lead: {
      scene: 'rain',
      palette: ['#3f4a5e', '#8f99ab', '#27324a', '#5f6a80', '#ffcf70', '#e6eeff'],
      caption: 'Heavy rain sweeps across the rooftops of Old Dhaka in the early hours.',
      credit: ILLUSTRATION,
      alt: 'Illustration of slanting rain falling over rows of flat-roofed city buildings with water tanks and a few lit windows, under dark grey cloud.',
    },
    body: [
      p(
        'Dhaka woke to flooded streets this morning after a burst of heavy rain before dawn left several neighbourhoods in the older parts of the city under knee-deep water. Rickshaws waded through brown water along narrow lanes, buses stalled at underpasses and many office workers gave up on the commute altogether, waiting at tea stalls for the water to drain away.',
      ),
      p(
        'The city’s drainage control room recorded **114 millimetres** of rain between 2am and 6am, close to a fifth of the usual total for the whole month. Engineers said the pumps at the main outfalls were running at full capacity by sunrise, but that water from higher ground kept pouring into the same low-lying pockets faster than it could be removed.',
      ),
      quote(
        'When that much rain arrives in so short a time, every drain in the city is already full before the first pump can make a difference. We expect most roads to be clear by the afternoon if the sky stays quiet.',
        'Shamima Nasrin, duty engineer at the drainage control room',
      ),
      h2('Commuters stranded, schools delay classes'),
      p(
        'Traffic police reported long tailbacks on the main north–south corridor, where two buses broke down in standing water and blocked a lane for nearly an hour. Several private schools sent messages to parents delaying the start of classes until midday, and at least one hospital said outpatients had been asked to come later in the week unless their appointments were urgent.',
      ),
      figure({
        scene: 'rain',
        palette: ['#5a5f73', '#b3b8c6', '#343b4f', '#7b8295', '#ffd98a', '#f1f4ff'],
        caption:
          'Rain over the city’s crowded rooftops, where water tanks and stairwell huts crowd every terrace.',
        credit: ILLUSTRATION,
        alt: 'Illustration of a dense city of flat roofs with water tanks and sheds, seen through pale grey rain streaks.',
      }),
      p(
        'Shopkeepers in the wholesale lanes near the river counted their losses by mid-morning. ‘The water came in under the shutter while we were still asleep,’ said Abdul Mannan Bepari, who sells rice and lentils from a ground-floor shop. ‘We lifted what we could onto the shelves, but two dozen sacks at the bottom are soaked through.’',
      ),
      p(
        '*Update:* by late morning the control room said water had receded from most main roads, though several side streets remained flooded. Forecasters expect more showers over the next two days and have advised residents of low-lying areas to keep valuables off the floor. Readers can find a [map of the worst-affected streets](https://example.com/dhaka/waterlogging-map) on our website.',
      ),
    ],
  },
  {
    key: 'mekong-flood-warning',
    desk: 'International Desk',
    section: 'world',
    language: 'en',
    headline: 'Mekong countries agree to share river-level data in real time ahead of flood season',
    summary:
      'Officials from four countries signed an agreement to pool readings from more than 300 river gauges, aiming to give villages downstream an extra day’s warning of rising water.',
    dateline: { place: 'VIENTIANE', country: 'Laos' },
    contributors: [{ kind: 'agency', name: 'Meridian News Agency' }],
    source: MERIDIAN,
    topics: ['06000000', '17000000', '11000000'],
    tags: ['Mekong', 'floods', 'early warning', 'Southeast Asia'],
    hoursAgo: 5,
    lead: {
      scene: 'river',
      palette: ['#9dc9dc', '#f7ecd7', '#4a7f8c', '#3b6e4f', '#5d3a22', '#e3b866'],
      caption: 'Wooden boats on a broad, slow river in the dry-season light.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a wide river with several wooden boats, some with yellow sails, in front of a low tree-lined bank under a pale sky.',
    },
    body: [
      p(
        'Water officials from four countries along the Mekong signed an agreement in Vientiane to share river-level and rainfall readings in real time, a step they said could give riverside communities up to a full extra day to prepare for floods. The deal links more than 300 gauges, many of which until now reported only once a day, often by text message.',
      ),
      p(
        'Under the agreement, each country will publish its readings every fifteen minutes to a common data service hosted by the *Lower Mekong Hydrology Partnership*, a technical body set up by the signatories. Forecasting teams in each capital will be able to run their flood models on the same numbers, rather than waiting for neighbours to pass on figures that may already be hours old.',
      ),
      quote(
        'A flood does not stop at a border post. For years our forecasters have been looking at half the river. From this season they will see all of it, upstream and down, at the same moment.',
        'Vilayphone Sisouk, chair of the partnership’s technical committee',
      ),
      h2('From gauges to village loudspeakers'),
      p(
        'Officials acknowledged that faster data is only useful if warnings reach the people who need them. Pilot schemes in two provinces will send alerts to village heads by voice message and to community loudspeakers, which remain the most trusted source of news in many farming districts. Aid groups said similar systems elsewhere had cut the time between a forecast and an evacuation by several hours.',
      ),
      list([
        '312 river and rain gauges will report every 15 minutes',
        'Forecast centres in four capitals will share a single data feed',
        'Village alerts are to be piloted in two provinces this season',
      ]),
      p(
        'Not every question has been settled. Delegates said talks on sharing the operating schedules of upstream dams, which can raise or lower the river by more than a metre within a day, would continue at a meeting later in the year. Environmental groups welcomed the agreement but called for those schedules to be included ‘as soon as possible’.',
      ),
    ],
  },
  {
    key: 'chattogram-port-queue',
    desk: 'Business Desk',
    section: 'business',
    language: 'en',
    headline: 'Ship queue at Chattogram shortens as night shifts and new yard space ease congestion',
    summary:
      'Vessels are waiting an average of two days for a berth, down from six a month ago, after terminal operators added night crews and opened an extra container yard.',
    dateline: { place: 'CHATTOGRAM' },
    contributors: [{ kind: 'staff', name: 'Kamrul Alam Sajib', role: 'Business Reporter' }],
    source: null,
    topics: ['04000000', '09000000'],
    tags: ['Chattogram', 'shipping', 'ports', 'exports'],
    hoursAgo: 7,
    updatedHoursAgo: 3,
    lead: {
      scene: 'port',
      palette: ['#a7d3ea', '#fde4cf', '#1b4f7a', '#e76f51', '#23404d', '#8d99ae'],
      caption: 'Gantry cranes work a container ship alongside the quay.',
      credit: ILLUSTRATION,
      alt: 'Illustration of orange gantry cranes on a quay above a dark-hulled ship stacked with colourful containers, with gulls in a pale blue sky.',
    },
    body: [
      p(
        'The queue of container ships waiting outside Chattogram has shortened sharply over the past month, shipping agents said, after terminal operators added night shifts and opened a temporary yard to hold boxes that had been clogging the quays. Ships now wait about two days for a berth on average, compared with nearly six days at the worst point of the backlog.',
      ),
      p(
        'The congestion had built up through the spring as a rush of export orders met a shortage of yard space, leaving empty containers with nowhere to go and loaded ones unable to reach the cranes. Freight forwarders said some garment exporters had been forced to pay for air freight to meet deadlines, an expense that can wipe out the margin on an entire order.',
      ),
      quote(
        'The cranes were never the problem. The problem was that every box we lifted off a ship had nowhere to sit. Once the new yard opened, the whole chain started to move again.',
        'Nasir Uddin Talukder, operations manager at Karnaphuli Terminal Services',
      ),
      h2('Night crews and a new yard'),
      p(
        'Terminal operators hired around 400 extra workers for night shifts and leased a 12-acre plot near the port’s southern gate as a holding yard. Trucks now move empty containers out overnight, freeing space on the quay for the next morning’s unloading. Shipping lines said the changes had also reduced the surcharges they had imposed on cargo to and from the port.',
      ),
      figure({
        scene: 'chart',
        palette: ['#10242c', '#27434f', '#2a9d8f', '#e76f51', '#f4d35e', '#ffffff'],
        caption: 'Illustrative chart: waiting times have fallen week by week since the night shifts began.',
        credit: ILLUSTRATION,
        alt: 'Illustration of a bar chart with a yellow trend line over a dark grid; the figures are decorative, not data.',
      }),
      p(
        'Exporters welcomed the improvement but warned that the relief could be short-lived. ‘The peak season for winter orders starts in eight weeks,’ said Farhana Yasmin, who runs a mid-sized knitwear factory in Gazipur. ‘If the temporary yard closes before then, we will be back where we started.’ Port officials said a permanent yard was under discussion but gave no timetable.',
      ),
      p(
        '*Update:* after this story was first published, Karnaphuli Terminal Services said the temporary yard’s lease had been extended by six months, through the end of the winter shipping season. Exporters’ groups welcomed the decision but repeated their call for a permanent yard, saying factories needed certainty before committing to next year’s orders.',
      ),
    ],
  },
  {
    key: 'cricket-final',
    desk: 'Sport Desk',
    section: 'sport',
    language: 'en',
    headline: 'Riverside Rangers chase down 187 to lift the Bay Cup in a last-over finish',
    summary:
      'An unbeaten 74 from opener Arman Hossain Nirob carried the Rangers home with two balls to spare in front of a full house in Mirpur.',
    dateline: { place: 'DHAKA' },
    contributors: [{ kind: 'staff', name: 'Mahir Faisal Ornob', role: 'Sports Reporter' }],
    source: null,
    topics: ['15000000'],
    tags: ['cricket', 'Bay Cup', 'T20'],
    hoursAgo: 9,
    lead: {
      scene: 'cricket',
      palette: ['#a9d6f5', '#3f8f3a', '#58a84f', '#d9c48b', '#1f6f8b', '#eef1f3'],
      caption: 'Fielders spread across the outfield as the chase enters its final overs.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a cricket ground by day: a striped green outfield, a pale pitch in the middle, players in white and a packed stand under a light roof.',
    },
    body: [
      p(
        'Riverside Rangers won the Bay Cup for the first time last night, chasing down a target of 187 against Old Town Cricket Club with two balls to spare in a final that swung one way and then the other until the very end. Opener Arman Hossain Nirob anchored the innings with an unbeaten 74 from 51 balls and struck the winning boundary through extra cover.',
      ),
      p(
        'Old Town had looked set for a comfortable total after a 92-run stand for the third wicket, but the Rangers’ left-arm spinner Imtiaz Karim Rudro took three wickets in two overs to slow them down. Even so, a target of more than nine runs an over felt steep on a pitch that had grown slower as the evening went on.',
      ),
      h2('A chase built on patience'),
      p(
        'Nirob resisted the urge to hit out early, taking singles into the gaps while his partners tried to force the pace. When the Rangers needed 38 from the last three overs, he changed gear, hitting two sixes over midwicket in the eighteenth over. ‘I told myself to stay until the end,’ he said afterwards. ‘If I was there in the last over, we would win.’',
      ),
      quote(
        'We were twenty runs short with the bat, maybe more. Credit to Nirob, he played the innings of the tournament. Our boys gave everything and I am proud of them.',
        'Old Town captain Faisal Ahmed Tushar',
      ),
      list([
        '**Old Town CC** 186 for 7 (20 overs)',
        '**Riverside Rangers** 187 for 5 (19.4 overs)',
        'Player of the match: Arman Hossain Nirob, 74 not out',
      ]),
      p(
        'The crowd of around 22,000 was the largest of the tournament, with many spectators arriving straight from work and filling the stands long before the first ball. Organisers said the next edition would add two teams from outside the capital and move several group matches to grounds in Sylhet and Khulna to bring the competition to new audiences.',
      ),
    ],
  },
  {
    key: 'floating-library',
    desk: 'National Desk',
    section: 'bangladesh',
    language: 'bn',
    headline: 'হাওরের গ্রামে গ্রামে বই পৌঁছে দিচ্ছে একটি ভাসমান পাঠাগার',
    summary:
      'বর্ষায় যখন নেত্রকোনার হাওরাঞ্চলের অনেক গ্রাম পানিতে বিচ্ছিন্ন হয়ে পড়ে, তখন কাঠের নৌকায় সাজানো একটি পাঠাগার শিশুদের হাতে তুলে দিচ্ছে গল্পের বই, পাঠ্যবই আর পত্রিকা।',
    dateline: { place: 'নেত্রকোনা' },
    contributors: [{ kind: 'staff', name: 'তানজিলা আহমেদ', role: 'নেত্রকোনা প্রতিনিধি' }],
    source: null,
    topics: ['05000000', '08000000', '01000000'],
    tags: ['নেত্রকোনা', 'হাওর', 'পাঠাগার', 'শিক্ষা'],
    hoursAgo: 11,
    lead: {
      scene: 'river',
      palette: ['#86bfd8', '#fbf1dc', '#2f7196', '#2f6b4a', '#7a4a2a', '#f2c75c'],
      caption: 'হাওরের শান্ত পানিতে ভেসে চলেছে কাঠের নৌকা।',
      credit: 'চিত্র: ডেটলাইন ডেমো',
      alt: 'অলংকরণ: শান্ত চওড়া পানিতে কয়েকটি কাঠের নৌকা, কোনোটিতে হলুদ পাল; পেছনে গাছে ঢাকা নিচু পাড় আর হালকা নীল আকাশ।',
    },
    body: [
      p(
        'বর্ষা এলে নেত্রকোনার খালিয়াজুরি উপজেলার অনেক গ্রাম চারদিক থেকে পানিতে ঘিরে যায়। তখন স্কুলে যাওয়া কঠিন হয়ে পড়ে, বাজারে যেতে হয় নৌকায়। ঠিক এই সময়েই গ্রামের ঘাটে ঘাটে ভিড়তে শুরু করে একটি রঙিন কাঠের নৌকা। নৌকার ছইয়ের নিচে সারি সারি তাকে সাজানো প্রায় দুই হাজার বই, আর মাঝখানে পাতা কয়েকটি মাদুর, যেখানে বসে শিশুরা নিশ্চিন্তে পড়তে পারে।',
      ),
      p(
        'পাঠাগারটি চালায় স্থানীয় স্বেচ্ছাসেবী সংগঠন **‘আলোর ভেলা’**। সংগঠনের তরুণ সদস্যরা সপ্তাহে ছয় দিন নৌকা নিয়ে বের হন এবং প্রতিদিন অন্তত তিনটি গ্রামে থামেন। প্রতিটি ঘাটে নৌকা থাকে দুই থেকে তিন ঘণ্টা। এ সময় শিশুরা বই বদল করে, কেউ কেউ জোরে জোরে গল্প পড়ে শোনায়, আর বড়রা চোখ বোলান পুরোনো পত্রিকা ও কৃষিবিষয়ক পুস্তিকায়।',
      ),
      quote(
        'আগে বর্ষার চার মাস আমাদের ছেলেমেয়েরা কোনো বই হাতে পেত না। এখন নৌকার ইঞ্জিনের শব্দ শুনলেই ওরা ঘাটের দিকে দৌড়ায়। মনে হয়, পুরো গ্রামটাই যেন একটা স্কুল হয়ে গেছে।',
        'রহিমা খাতুন, খালিয়াজুরির একটি গ্রামের অভিভাবক',
      ),
      h2('শুরুটা একটি পুরোনো নৌকা দিয়ে'),
      p(
        'সংগঠনের প্রতিষ্ঠাতা আনিসুর রহমান পেশায় স্কুলশিক্ষক। চার বছর আগে তিনি নিজের জমানো টাকায় একটি পুরোনো নৌকা কিনে মেরামত করেন। শুরুতে বই ছিল মাত্র তিনশো, যার বেশির ভাগই এসেছিল সহকর্মী ও প্রাক্তন ছাত্রছাত্রীদের কাছ থেকে। এখন শহরের কয়েকটি বইয়ের দোকান ও অনেক পাঠক নিয়মিত বই পাঠান, আর নৌকার ছাদে বসানো হয়েছে একটি ছোট সৌরবিদ্যুৎ প্যানেল।',
      ),
      quote(
        'বই পড়ার অভ্যাস একবার তৈরি হলে সেটা আর হারায় না। আমরা চাই, পানি যত বাড়ুক, কোনো শিশুর পড়া যেন থেমে না যায়।',
        'আনিসুর রহমান, ‘আলোর ভেলা’র প্রতিষ্ঠাতা',
      ),
      list([
        'নৌকায় বইয়ের সংখ্যা: প্রায় দুই হাজার',
        'প্রতি সপ্তাহে ঘুরে আসে ১৮টি গ্রাম',
        'নিয়মিত পাঠক: সাড়ে চারশোর বেশি শিশু',
      ]),
      p(
        'স্থানীয় শিক্ষকেরা বলছেন, বর্ষার মাসগুলোতে যে শিশুরা নিয়মিত নৌকা-পাঠাগারে আসে, স্কুল খোলার পর তাদের পড়ার গতি ও আত্মবিশ্বাস চোখে পড়ার মতো। সংগঠনটি এখন দ্বিতীয় একটি নৌকা তৈরির জন্য অর্থ সংগ্রহ করছে, যাতে পাশের উপজেলার গ্রামগুলোতেও বই পৌঁছানো যায়। আগ্রহীরা [সংগঠনের ওয়েবসাইটে](https://example.com/alor-bhela) বিস্তারিত জানতে পারবেন।',
      ),
    ],
  },
  {
    key: 'valparaiso-crane-stoppage',
    desk: 'International Desk',
    section: 'world',
    language: 'en',
    headline: 'Crane operators in Valparaíso end four-day stoppage after pay deal',
    summary:
      'Container handling at Chile’s second-largest port resumed after operators accepted a pay rise and new limits on consecutive night shifts.',
    dateline: { place: 'VALPARAÍSO', country: 'Chile' },
    contributors: [{ kind: 'agency', name: 'Bay Wire Service' }],
    source: BAY_WIRE,
    topics: ['09000000', '04000000'],
    tags: ['Chile', 'ports', 'labour', 'shipping'],
    hoursAgo: 14,
    updatedHoursAgo: 12,
    lead: {
      scene: 'port',
      palette: ['#b9d9ea', '#fbe3c8', '#16466f', '#f4a261', '#2b3a4a', '#9aa5b4'],
      caption: 'Cranes stand over a loaded container ship at the quayside.',
      credit: ILLUSTRATION,
      alt: 'Illustration of tall harbour cranes over a container ship with stacked boxes in red, blue, yellow and green, a hazy hillside behind.',
    },
    body: [
      p(
        'Crane operators at the port of Valparaíso returned to work at dawn after their union accepted a pay deal, ending a four-day stoppage that had left more than a dozen ships waiting offshore. The agreement, reached after an all-night session, gives operators a 7.5 per cent rise over two years and limits the number of consecutive night shifts any one worker can be rostered.',
      ),
      p(
        'The dispute had centred less on pay than on working hours. The *Port Crane Operators’ Union* said some members had worked up to nine night shifts in a row during the peak fruit-export season, when refrigerated containers of grapes and cherries must be loaded quickly to reach markets in Asia and North America before they spoil.',
      ),
      quote(
        'Our members operate machines that lift forty tonnes above the heads of their colleagues. Nobody should be doing that on their ninth night without a proper rest. This agreement finally recognises it.',
        'Rodrigo Alarcón Vidal, the union’s spokesman',
      ),
      h2('Exporters count the cost'),
      p(
        'Fruit exporters said the stoppage had come at a painful moment. Industry groups estimated that several hundred refrigerated containers had missed their planned sailings, though most were expected to be loaded within the week. Some shipments were diverted by road to the port of San Antonio, about a hundred kilometres to the south, at additional cost.',
      ),
      p(
        'The terminal operator, *Pacífico Sur Terminales*, said in a statement that it would hire 30 additional operators before the next export season to make the new shift limits workable. ‘We believe this deal is fair to our workers and gives our customers the stability they need,’ the company said. Berthing schedules were expected to return to normal within five days.',
      ),
      p(
        '*Update:* the port authority said the first four waiting ships had berthed by the afternoon and that night operations had resumed under the new roster. Fruit exporters said they expected most delayed containers to sail within the week, and the union said it would monitor the first month of the new shift limits closely.',
      ),
    ],
  },
  {
    key: 'arsenic-test-kit',
    desk: 'Science Desk',
    section: 'science-tech',
    language: 'en',
    headline: 'Gazipur engineers develop a paper test that reads arsenic in well water with a phone camera',
    summary:
      'The strip changes colour in ten minutes and a free app turns the shade into a reading, at a fraction of the cost of a laboratory test.',
    dateline: { place: 'GAZIPUR' },
    contributors: [{ kind: 'staff', name: 'Ayesha Siddika Nipa', role: 'Science Reporter' }],
    source: null,
    topics: ['13000000', '07000000', '06000000'],
    tags: ['arsenic', 'drinking water', 'public health', 'research'],
    hoursAgo: 17,
    lead: {
      scene: 'laboratory',
      palette: ['#e6f0f3', '#2f3e4e', '#06d6a0', '#118ab2', '#f4a261', '#ffffff'],
      caption: 'Glassware on a laboratory bench, with a molecule model on the wall behind.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a laboratory bench with flasks, beakers and a rack of test tubes holding green, blue and orange liquids, and a ball-and-stick molecule model on a tiled wall.',
    },
    body: [
      p(
        'A team of engineers and chemists in Gazipur says it has developed a paper test strip that can measure arsenic in well water in about ten minutes, using nothing more than a mobile phone camera to read the result. The researchers, based at the *Eastern Institute of Science and Technology*, say each strip costs less than five taka to make.',
      ),
      p(
        'Millions of people in rural Bangladesh still draw drinking water from shallow tube wells, some of which tap groundwater with arsenic levels above the national safety limit. Laboratory tests are accurate but slow and costly, while the field kits in common use today give only a rough yes-or-no answer and rely on the user judging a colour by eye.',
      ),
      h2('How the strip works'),
      p(
        'The strip is coated with a compound that turns from pale yellow to deep brown as it reacts with arsenic. Instead of asking users to compare the shade with a printed chart, the team’s app photographs the strip next to a small printed reference card and corrects for the lighting before converting the colour into a concentration in micrograms per litre.',
      ),
      figure({
        scene: 'laboratory',
        palette: ['#eef3ee', '#3b4a3f', '#e9c46a', '#2a9d8f', '#bc6c25', '#ffffff'],
        caption:
          'The team tested its strips against samples prepared in the laboratory before trying them in the field.',
        credit: ILLUSTRATION,
        alt: 'Illustration of laboratory glassware, including a conical flask and beakers of amber and teal liquid with rising bubbles, on a dark bench.',
      }),
      quote(
        'We wanted a test a health worker could carry in a shirt pocket. The chemistry is old; what is new is letting the phone do the judging, so two people looking at the same strip get the same number.',
        'Dr Rafiqul Bari Shawon, who led the project',
      ),
      p(
        'In field trials at 240 wells in three districts, the strip’s readings matched laboratory results closely for most samples, the researchers said, though accuracy fell at very high concentrations. Independent experts cautioned that the results have yet to be published in a peer-reviewed journal. The team has shared its [method and trial data](https://example.com/research/arsenic-strip) online and is seeking partners to manufacture the strips at scale.',
      ),
    ],
  },
  {
    key: 'himalaya-weather-stations',
    desk: 'International Desk',
    section: 'world',
    language: 'en',
    headline: 'Network of high-altitude weather stations to track glacier melt across the Himalayas',
    summary:
      'Twenty-four automatic stations, some above 5,000 metres, will send hourly readings of snow, temperature and wind to researchers in five countries.',
    dateline: { place: 'KATHMANDU', country: 'Nepal' },
    contributors: [
      { kind: 'agency', name: 'Meridian News Agency' },
      { kind: 'staff', name: 'Arnab Dutta Roy', role: 'Additional reporting' },
    ],
    source: MERIDIAN,
    topics: ['06000000', '13000000', '17000000'],
    tags: ['Himalayas', 'glaciers', 'climate', 'Nepal'],
    hoursAgo: 20,
    lead: {
      scene: 'hills',
      palette: ['#8fbdd6', '#eef4f7', '#7d93a8', '#55795f', '#34513e', '#ffffff'],
      caption: 'Snow-capped peaks rise above forested ridges and valley mist.',
      credit: ILLUSTRATION,
      alt: 'Illustration of layered mountain ridges, the farthest with snow on their peaks, mist in the valleys and rows of bushes on the nearest green slope.',
    },
    body: [
      p(
        'Scientists from five countries have begun installing a network of automatic weather stations high in the Himalayas, aiming to fill one of the largest gaps in the world’s climate records. The 24 stations, several of them above 5,000 metres, will send hourly readings of temperature, snow depth, wind and sunlight by satellite to a shared database.',
      ),
      p(
        'Glaciers in the region feed rivers that supply water to hundreds of millions of people downstream, yet very few instruments measure conditions where the ice actually sits. Most existing stations are in valleys, near roads and towns, and researchers say they can miss warming at higher altitudes, where changes in snowfall matter most for the rivers below.',
      ),
      quote(
        'We have satellite pictures of the glaciers shrinking, but a picture does not tell you why. To understand that, you need a thermometer on the mountain, year after year, through every winter storm.',
        'Pema Lhamu Sherpa, field coordinator of the Himalayan Climate Observatory Network',
      ),
      h2('Built to survive the winter'),
      p(
        'Each station runs on solar panels and batteries designed to survive months of darkness and temperatures below minus 30 degrees. Porters and yaks carried the equipment to the highest sites, where teams spent up to a week anchoring masts into rock. Engineers expect some stations to fail in their first winter and have planned repair trips for the spring.',
      ),
      figure({
        scene: 'hills',
        palette: ['#b8cfe0', '#f5f7fa', '#8b9bb0', '#6d8a7a', '#46604f', '#ffffff'],
        caption: 'The highest stations stand on ridges above the tree line, far from any road.',
        credit: ILLUSTRATION,
        alt: 'Illustration of a pale, misty mountain landscape with snowy far peaks, soft clouds and a terraced slope in the foreground.',
      }),
      list([
        '24 stations, the highest at about 5,400 metres',
        'Hourly readings of temperature, snow depth, wind and sunlight',
        'Data to be published openly after quality checks',
      ]),
      p(
        'The network’s organisers say all readings will be made freely available to scientists and to national weather services after basic quality checks, a decision they hope will encourage governments in the region to add stations of their own. A first set of results covering the coming winter is expected to be published next summer.',
      ),
    ],
  },
  {
    key: 'onion-prices',
    desk: 'Business Desk',
    section: 'business',
    language: 'en',
    headline: 'Onion prices ease at Dhaka wholesale markets as the early harvest arrives',
    summary:
      'Wholesale prices have fallen by about a quarter in two weeks, traders say, though shoppers in neighbourhood markets are still waiting to see the full benefit.',
    dateline: { place: 'DHAKA' },
    contributors: [{ kind: 'staff', name: 'Ishrat Jahan Puspita', role: 'Staff Reporter' }],
    source: null,
    topics: ['04000000', '14000000'],
    tags: ['prices', 'food', 'markets', 'agriculture'],
    hoursAgo: 23,
    lead: {
      scene: 'market',
      palette: ['#f3dfb8', '#c1121f', '#f77f00', '#2a9d8f', '#b98b5a', '#e9c46a'],
      caption: 'Stalls under striped awnings, their tables heaped with produce.',
      credit: ILLUSTRATION,
      alt: 'Illustration of market stalls under red, orange and teal striped awnings, their wooden tables piled with heaps of round produce and stacked boxes, with strings of bulbs overhead and shoppers seen from behind.',
    },
    body: [
      p(
        'Onion prices at Dhaka’s main wholesale markets have fallen by about a quarter over the past two weeks, traders said, as the first of the early harvest from the western districts began arriving alongside delayed shipments of imports. A kilogram of local onions sold for around 62 taka at wholesale this morning, down from 84 taka at the start of the month.',
      ),
      p(
        'The price of onions is closely watched in Bangladesh, where they are used in almost every household meal and where sharp increases quickly become a political issue. Prices had climbed steadily through the late summer after heavy rain damaged stored crops in several growing districts and import deliveries were held up at land ports.',
      ),
      quote(
        'Two weeks ago the trucks came half empty. Now I have more onions than I can sell before noon, and the price is falling every day. The farmers are not happy, but the shoppers will be.',
        'Jalal Ahmed Pramanik, a wholesaler at Karwan Bazar',
      ),
      h2('Retail prices lag behind'),
      p(
        'Shoppers in neighbourhood markets said they had yet to see the full benefit. Retailers in Mohammadpur and Mirpur were selling onions for between 75 and 90 taka a kilogram, blaming higher transport costs and the spoilage of older stock. Consumer groups called for closer monitoring of the gap between wholesale and retail prices, which they said had widened this year.',
      ),
      list([
        'Local onions, wholesale: about 62 taka per kg, down from 84',
        'Imported onions, wholesale: about 55 taka per kg',
        'Neighbourhood retail: 75–90 taka per kg',
      ]),
      p(
        'Traders expect prices to keep easing as the main harvest begins in about six weeks, provided the weather holds. Farmers’ groups, meanwhile, warned that a rapid fall could leave growers who borrowed to plant this season unable to cover their costs, and urged buyers to keep purchasing from local fields rather than switching to cheaper imports.',
      ),
    ],
  },
  {
    key: 'cyclone-drill',
    desk: 'National Desk',
    section: 'bangladesh',
    language: 'en',
    headline: 'Coastal villages rehearse cyclone evacuation as the storm season approaches',
    summary:
      'Volunteers in Satkhira guided more than 6,000 people to shelters in a day-long drill that tested new loudspeaker warnings and a register of elderly and disabled residents.',
    dateline: { place: 'SATKHIRA' },
    contributors: [{ kind: 'staff', name: 'Meherunnesa Lina', role: 'Khulna Correspondent' }],
    source: null,
    topics: ['03000000', '17000000', '14000000'],
    tags: ['cyclones', 'disaster preparedness', 'Satkhira', 'coast'],
    hoursAgo: 26,
    updatedHoursAgo: 24,
    lead: {
      scene: 'rain',
      palette: ['#34405a', '#7f8aa3', '#1f2a40', '#4d5872', '#f8c35c', '#dde6ff'],
      caption: 'Driving rain over a coastal town as the drill gets under way.',
      credit: ILLUSTRATION,
      alt: 'Illustration of heavy rain falling over a cluster of flat-roofed buildings beneath a dark, stormy sky, with a few warmly lit windows.',
    },
    body: [
      p(
        'Sirens and hand-cranked megaphones sounded across a dozen villages in Satkhira this morning as volunteers led more than 6,000 people to cyclone shelters in one of the largest evacuation drills held on the south-western coast. The exercise, organised by local councils and volunteer groups, came a few weeks before the start of the autumn storm season.',
      ),
      p(
        'Organisers said the drill had two aims: to test a new system of recorded loudspeaker warnings in local dialect, and to check a register of elderly, disabled and pregnant residents who need help to reach a shelter. In past storms, volunteers said, the people most at risk were often the last to leave because nobody knew exactly where they lived.',
      ),
      quote(
        'In a real cyclone we may have six hours, perhaps less. Today we learned which lanes flood first, which shelters have broken doors and which families need a boat. That is worth more than any plan on paper.',
        'Moslem Uddin Gazi, a volunteer team leader in Shyamnagar',
      ),
      h2('What the drill found'),
      list([
        'Most households reached a shelter within 90 minutes of the first warning',
        'Three shelters had damaged ramps that slowed wheelchair users',
        'Livestock areas at two shelters were too small for the animals brought in',
      ]),
      p(
        'Women made up more than half of those evacuated, and several told volunteers that separate rooms and toilets had made them more willing to use the shelters. ‘In the last storm I stayed at home because there was nowhere private for my daughters,’ said Rokeya Begum, a shrimp-farm worker. ‘Today I saw a room just for women. Next time, we will come.’',
      ),
      p(
        '*Update:* the district administration said repairs to the three damaged ramps would be completed within a month, and that a second drill would be held in neighbouring villages before the storm season peaks. Officials also promised larger livestock areas at two shelters, after farmers said they would not leave their cattle behind.',
      ),
    ],
  },
  {
    key: 'nairobi-commuter-line',
    desk: 'International Desk',
    section: 'world',
    language: 'en',
    headline: 'Nairobi opens first stretch of cross-city commuter line, cutting some journeys by an hour',
    summary:
      'The 14-kilometre Eastlands Line links three crowded suburbs to the city centre, with trains every ten minutes at peak times.',
    dateline: { place: 'NAIROBI', country: 'Kenya' },
    contributors: [{ kind: 'agency', name: 'Tidewater Press Agency' }],
    source: TIDEWATER,
    topics: ['04000000', '14000000'],
    tags: ['Kenya', 'transport', 'rail', 'cities'],
    hoursAgo: 30,
    lead: {
      scene: 'skyline',
      palette: ['#24305e', '#a0527a', '#f7b267', '#ffe29a', '#1a1d33', '#ffe0a3'],
      caption: 'The city skyline at dusk, when the evening rush is at its peak.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a city skyline at dusk: layers of towers with lit windows against a purple and orange sky, reflected in water below.',
    },
    body: [
      p(
        'Commuters in Nairobi took the first rides on the new Eastlands Line this morning, a 14-kilometre rail link that connects three of the city’s most crowded suburbs with the central business district. Officials said the journey from the line’s eastern end to the centre would take about 25 minutes, compared with well over an hour by road at peak times.',
      ),
      p(
        'The line, built largely on an old freight corridor, has seven stations and will run trains every ten minutes during the morning and evening rush. Fares are set at a level similar to those charged by the minibuses that carry most of the city’s commuters, a decision operators said was essential if the trains were to win passengers from the road.',
      ),
      quote(
        'I used to leave home at half past five to be at work by eight. Today I left at seven and I was early. If it stays like this, my life is going to change.',
        'Grace Wanjiru Mwangi, a hospital administrator, on her first trip',
      ),
      h2('Connections still missing'),
      p(
        'Not everyone was convinced. Minibus operators, who stand to lose passengers on some of their busiest routes, said they had not been consulted about feeder services to the new stations. Urban planners also noted that several stations lacked safe footpaths, forcing passengers to walk along busy roads, and urged the city to build them before the rainy season.',
      ),
      p(
        'The operator, *Kifaru Rail Services*, said it expected about 40,000 passengers a day within the first year and would extend the line westwards in a second phase if demand met forecasts. ‘The first week will show us where the crowds are and where they are not,’ its operations director said, adding that timetables could be adjusted quickly.',
      ),
    ],
  },
  {
    key: 'sreemangal-tea-clinic',
    desk: 'National Desk',
    section: 'bangladesh',
    language: 'en',
    headline: 'Tea estate’s new maternity clinic spares workers a long journey to give birth',
    summary:
      'The clinic at Chandmoni Tea Estate near Sreemangal has two midwives on duty day and night, serving about 3,000 families who live and work on the garden.',
    dateline: { place: 'SREEMANGAL' },
    contributors: [{ kind: 'staff', name: 'Tahsin Ahmed Rafi', role: 'Sylhet Correspondent' }],
    source: null,
    topics: ['07000000', '09000000', '14000000'],
    tags: ['tea', 'health', 'Sylhet', 'workers'],
    hoursAgo: 34,
    lead: {
      scene: 'hills',
      palette: ['#b7d7c9', '#f4f1de', '#7fa88f', '#4f9a5f', '#2f6b3f', '#cfe8c0'],
      caption: 'Rows of tea bushes follow the curve of the hills.',
      credit: ILLUSTRATION,
      alt: 'Illustration of soft green hills in morning mist, the nearest slope covered in curving rows of round tea bushes.',
    },
    body: [
      p(
        'Women who work on the Chandmoni Tea Estate near Sreemangal no longer have to travel for hours over rough roads to give birth, after a maternity clinic opened this month in the heart of the garden. The clinic has two midwives on duty around the clock, a small delivery room and an ambulance on standby for complicated cases.',
      ),
      p(
        'Tea workers’ families live in settlements scattered across the estate’s hills, often several kilometres from the nearest paved road. Health workers said many women had previously given birth at home without a trained attendant, or set off for the district hospital only when labour was well advanced, sometimes in the back of a tractor trailer.',
      ),
      quote(
        'My first child was born on the road. For the second I did not go anywhere at all. This time I came here in ten minutes, and a midwife was waiting for me.',
        'Lokkhi Urang, a tea plucker and mother of three',
      ),
      h2('Run jointly with the workers’ union'),
      p(
        'The clinic is funded by the estate’s owners and run with the garden’s workers’ union, which helped choose the site and recruit staff. One of the two midwives grew up on the estate and trained in Sylhet with a scholarship from the union. Staff also hold weekly sessions on nutrition and child vaccination in the garden’s settlements.',
      ),
      p(
        'Health officials in the district said they would watch the clinic closely as a possible model for other estates. ‘Tea gardens have their own roads, their own schools and their own water,’ said one official. ‘There is no reason each of them cannot also have a safe place for mothers.’ The union says it will press for similar clinics on neighbouring gardens next year.',
      ),
    ],
  },
  {
    key: 'knitwear-orders',
    desk: 'Business Desk',
    section: 'business',
    language: 'en',
    headline: 'Knitwear exporters report firmer winter orders as European buyers return',
    summary:
      'Members of an exporters’ forum say bookings for the winter season are running about 12 per cent ahead of last year, though margins remain thin.',
    dateline: { place: 'NARAYANGANJ' },
    contributors: [
      { kind: 'guest', name: 'Dilruba Akter Shimu', role: 'Correspondent, The Textile Ledger' },
      { kind: 'staff', name: 'Kamrul Alam Sajib', role: 'Business Reporter' },
    ],
    source: { name: 'The Textile Ledger', kind: 'partner' },
    topics: ['04000000', '09000000'],
    tags: ['garments', 'exports', 'knitwear', 'trade'],
    hoursAgo: 39,
    lead: {
      scene: 'chart',
      palette: ['#132a13', '#31572c', '#90a955', '#e76f51', '#ecf39e', '#ffffff'],
      caption: 'An illustrative chart of rising orders; the bars are decorative, not data.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a bar chart in green and coral with a pale yellow line rising across a dark green grid, with soft out-of-focus lights behind.',
    },
    body: [
      p(
        'Knitwear factories around Narayanganj are reporting firmer orders for the coming winter, as buyers in Europe who held back earlier in the year return with larger bookings. Members of the *Delta Knitwear Exporters’ Forum* said orders for sweaters, cardigans and thermal wear were running about 12 per cent ahead of the same point last year.',
      ),
      p(
        'Factory owners said buyers had cut orders sharply in the spring as shops across Europe struggled to clear unsold stock. Those inventories have since come down, and several large retail chains have placed repeat orders for styles that sold well last winter. Some factories have started taking on seasonal workers and extending shifts to meet delivery dates.',
      ),
      quote(
        'Six months ago we were running two days a week on some lines. Now every machine is busy until December. The worry is no longer finding orders, it is delivering them on time.',
        'Shafiqul Islam Majumder, managing director of Meghna Knit Composite',
      ),
      h2('Thin margins, tight deadlines'),
      p(
        'The recovery has not been matched by better prices. Exporters said buyers were paying roughly the same per piece as last year, while the cost of yarn, dyes and electricity has risen. Several owners said their margins were now below five per cent, leaving little room for delays at the port or a fall in the value of the euro.',
      ),
      figure({
        scene: 'port',
        palette: ['#c5dcea', '#f9e0c7', '#1d4e89', '#d1495b', '#2d3142', '#8d99ae'],
        caption: 'Finished garments leave the country in containers through the port of Chattogram.',
        credit: ILLUSTRATION,
        alt: 'Illustration of red gantry cranes above a container ship loaded with boxes of many colours, with more containers stacked on the quay.',
      }),
      list([
        'Winter bookings: up about 12 per cent on last year',
        'Average price per piece: roughly unchanged',
        'Busiest lines: sweaters, cardigans and thermal wear',
      ]),
      p(
        'Workers’ groups welcomed the extra shifts but said overtime must remain voluntary and fairly paid. The forum said it would publish a [monthly order survey](https://example.com/business/knitwear-survey) from next month so that factories, banks and workers could follow the recovery. *This story was produced in partnership with The Textile Ledger.*',
      ),
    ],
  },
  {
    key: 'womens-football-final',
    desk: 'Sport Desk',
    section: 'sport',
    language: 'en',
    headline: 'Surma Stars win the Women’s Delta League title under the lights',
    summary:
      'A second-half header from captain Shapla Marak gave the Stars a 2–1 win over Rupsha United and their first league title in front of a record crowd.',
    dateline: { place: 'SYLHET' },
    contributors: [{ kind: 'staff', name: 'Mahir Faisal Ornob', role: 'Sports Reporter' }],
    source: null,
    topics: ['15000000'],
    tags: ['football', 'women’s sport', 'Sylhet'],
    hoursAgo: 45,
    updatedHoursAgo: 44,
    lead: {
      scene: 'stadium',
      palette: ['#0b1026', '#2a3566', '#fff5d1', '#2f7d3b', '#1b2238', '#e63946'],
      caption: 'Floodlights blaze over the pitch as the final gets under way.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a football stadium at night: tall floodlight towers cast beams over a striped green pitch with players in red and white, below a packed stand and a starry sky.',
    },
    body: [
      p(
        'Surma Stars won the Women’s Delta League for the first time last night, coming from behind to beat Rupsha United 2–1 in a final watched by a record crowd for a women’s club match in the country. Captain Shapla Marak headed the winning goal from a corner with eleven minutes left, sparking celebrations that spilled onto the pitch at the final whistle.',
      ),
      p(
        'Khulna had taken the lead shortly before half-time through their leading scorer Lamia Rahman Eva, who ran onto a long ball and finished low into the corner. The Stars, who had lost both league meetings between the sides this season, looked nervous early on but grew into the game after their coach switched to three at the back at the interval.',
      ),
      quote(
        'At half-time I told them: we have played ninety minutes against this team twice and lost twice, so we have nothing to fear. Play your own game. And they did.',
        'Stars coach Dilshad Ara Munni',
      ),
      h2('A season of growth'),
      p(
        'The league, now in its fourth season, has grown from six teams to ten, and organisers said average crowds had nearly doubled this year. The final was broadcast live online for the first time, and the stadium’s eastern stand, usually closed for women’s matches, was opened two days before kick-off after the first tickets sold out within hours.',
      ),
      p(
        'For Marak, who began playing barefoot on a school field near Haluaghat, the moment was the end of a long road. ‘When I started, people asked my father why a girl wanted to play football,’ she said. ‘Tonight he was in the stand. I think he knows the answer now.’',
      ),
      p(
        '*Update:* the league confirmed that Marak has been named the season’s most valuable player, and that the Stars will represent the country at a regional club tournament next spring. Organisers also said the eastern stand would stay open for all women’s league matches next season, after the final drew a record crowd.',
      ),
    ],
  },
  {
    key: 'lisbon-seafarers-rest',
    desk: 'International Desk',
    section: 'world',
    language: 'en',
    headline: 'Shipping nations back minimum rest rules for seafarers at Lisbon talks',
    summary:
      'Delegates from 38 countries endorsed guidelines on rest hours, shore leave and crew changes, though the measures are voluntary for now.',
    dateline: { place: 'LISBON', country: 'Portugal' },
    contributors: [{ kind: 'agency', name: 'Bay Wire Service' }],
    source: BAY_WIRE,
    topics: ['09000000', '11000000', '04000000'],
    tags: ['shipping', 'seafarers', 'labour rights', 'Europe'],
    hoursAgo: 52,
    lead: {
      scene: 'skyline',
      palette: ['#2b2d5b', '#8c5a8e', '#f6a56f', '#ffe0a1', '#20223d', '#ffd98e'],
      caption: 'The waterfront at dusk as delegates wrap up the final day of talks.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a waterfront skyline at sunset, towers of different heights with scattered lit windows, clouds tinted pink and the glow of the setting sun reflected in the water.',
    },
    body: [
      p(
        'Delegates from 38 countries meeting in Lisbon have endorsed a set of guidelines on rest hours, shore leave and crew changes for merchant seafarers, in what organisers described as the broadest agreement on crew welfare in more than a decade. The guidelines are voluntary for now, but supporters hope they will form the basis of binding rules.',
      ),
      p(
        'Seafarers’ groups have long complained that crews on some ships work far beyond their contracted hours and can go months without setting foot on land, particularly when port restrictions or costs make crew changes difficult. The new guidelines call for at least ten hours of rest in any 24-hour period and for crew members to be relieved after no more than nine months at sea.',
      ),
      list(
        [
          'At least ten hours of rest in any 24-hour period',
          'Shore leave to be allowed at every port unless there is a specific safety risk',
          'No contract to keep a seafarer aboard for more than nine months',
          'Free access to the internet on board for contact with families',
        ],
        true,
      ),
      quote(
        'A ship is a workplace that never closes. The people on it deserve the same basic protections as anyone working on shore, and today most of the world’s shipping nations said so in writing.',
        'Helena Marquardt, chair of the Atlantic Maritime Forum',
      ),
      h2('Industry reaction divided'),
      p(
        'Shipowners’ associations broadly welcomed the guidelines but warned that some smaller operators would struggle to meet them without support, especially on routes where crew changes require expensive flights. Unions said the lack of enforcement meant the agreement was only ‘a first step’ and called for port inspectors to be given powers to check rest records.',
      ),
      p(
        'Organisers said a working group would report back within a year on how the guidelines could be made binding. In the meantime, several large shipping companies said they would adopt the rules voluntarily across their fleets, a move that unions said would put pressure on the rest of the industry to follow.',
      ),
    ],
  },
  {
    key: 'rajshahi-book-fair',
    desk: 'Culture Desk',
    section: 'culture',
    language: 'en',
    headline: 'Riverside book fair in Rajshahi draws record crowds in its tenth year',
    summary:
      'More than 200 stalls lined the banks of the Padma for the fair’s anniversary edition, with a new corner for young readers and talks by debut novelists.',
    dateline: { place: 'RAJSHAHI' },
    contributors: [{ kind: 'staff', name: 'Oindrila Basu Ray', role: 'Culture Reporter' }],
    source: null,
    topics: ['01000000', '10000000'],
    tags: ['books', 'literature', 'Rajshahi', 'festivals'],
    hoursAgo: 60,
    lead: {
      scene: 'market',
      palette: ['#efe3c8', '#7b2cbf', '#e85d04', '#0a9396', '#a98467', '#ffba08'],
      caption: 'Stalls at the fair, their tables piled high with books and other goods.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a row of stalls under purple, orange and teal striped awnings, their tables piled with colourful stacks of books and heaps of goods, with strings of bulbs overhead and visitors in the foreground.',
    },
    body: [
      p(
        'The Padma Riverside Book Fair in Rajshahi drew its largest crowds yet this week, as the festival marked its tenth year with more than 200 stalls stretching along the riverbank promenade. Organisers estimated that around 90,000 visitors passed through the gates over three days, many of them families and students from neighbouring districts.',
      ),
      p(
        'Publishers from Dhaka, Rajshahi and Kolkata sold everything from poetry and translated fiction to exam guides and cookery books. The busiest corner this year was a new space for young readers, where children sat on mats under the trees while volunteers read aloud, and where a small printing press let visitors set their own names in metal type.',
      ),
      quote(
        'When we started, we had 40 stalls and we were worried nobody would come. Now people plan their holidays around the fair. A town that reads together is a town that talks together.',
        'Shahidul Islam Tarafdar, one of the fair’s founders',
      ),
      h2('New voices on the stage'),
      p(
        'Evening talks on the open-air stage featured several first-time novelists, including *Nabila Haque Ruponti*, whose debut about three generations of silk weavers sold out at her publisher’s stall on the first day. ‘I wrote it for my grandmother, who could not read,’ she told the audience. ‘So tonight I am reading the first chapter aloud, the way she would have wanted.’',
      ),
      list([
        '212 stalls from 160 publishers',
        'About 90,000 visitors over three days',
        'A children’s corner with daily readings and a hand press',
      ]),
      p(
        'Stallholders said sales were strong for poetry and local history, while prices for imported paper had pushed some publishers to print smaller runs. The organisers plan to add a second venue in the city next year and have invited readers to [suggest authors](https://example.com/culture/book-fair-suggestions) for the anniversary programme.',
      ),
    ],
  },
  {
    key: 'dhaka-bus-cards',
    desk: 'National Desk',
    section: 'bangladesh',
    language: 'en',
    headline: 'Tap-to-pay travel cards come to 40 Dhaka bus routes',
    summary:
      'Passengers can now pay with a rechargeable card on about 1,200 buses, and operators say the change should end arguments over fares and speed up boarding.',
    dateline: { place: 'DHAKA' },
    contributors: [{ kind: 'staff', name: 'Rezaul Karim Shuvo', role: 'City Reporter' }],
    source: null,
    topics: ['14000000', '04000000'],
    tags: ['Dhaka', 'transport', 'buses', 'payments'],
    hoursAgo: 68,
    lead: {
      scene: 'skyline',
      palette: ['#1f2a55', '#6d4c8f', '#f49d6e', '#ffd38a', '#171a31', '#ffd98e'],
      caption: 'Evening light over the city’s towers as the rush hour begins.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a dense city skyline at dusk, dark towers with warm lit windows before a purple sky fading to orange, with a river in the foreground.',
    },
    body: [
      p(
        'Passengers on 40 bus routes in Dhaka can now pay their fares with a rechargeable travel card, as the city’s largest bus operators’ consortium switched on card readers across about 1,200 vehicles. Cash will still be accepted for the time being, but operators say they hope most regular commuters will move to the cards within a year.',
      ),
      p(
        'Passengers tap the card on a reader by the door when they board and again when they get off, and the fare is calculated by distance. Cards can be bought and topped up at more than 300 kiosks and small shops across the city, or through two mobile payment services. Students and people with disabilities can apply for cards with discounted fares.',
      ),
      quote(
        'Every day I argued with the conductor over five or ten taka. This morning I just tapped and sat down. If it works like this every day, I will never carry change again.',
        'Ehsanul Karim Nayeem, a university student travelling from Mohammadpur',
      ),
      h2('Teething problems on day one'),
      p(
        'Not every journey went smoothly. Some passengers said readers on older buses were slow to respond or failed to register the tap at the end of a journey, leaving them charged the full-route fare. The consortium said those charges would be refunded automatically within a week and that technicians were checking the readers on every route.',
      ),
      list([
        '40 routes and about 1,200 buses in the first phase',
        'More than 300 places to buy and recharge cards',
        'Discounted cards for students and people with disabilities',
      ]),
      p(
        'Transport researchers said the cards could also give the city its first reliable picture of how people actually travel, which routes are overcrowded and where new services are needed. The consortium said anonymised journey data would be shared with city planners, and that a second phase adding another 60 routes was planned for early next year.',
      ),
    ],
  },
  {
    key: 'dhaka-warm-nights',
    desk: 'Science Desk',
    section: 'science-tech',
    language: 'en',
    headline: 'Dhaka’s nights are warming faster than its days, study of 30 years of readings finds',
    summary:
      'Researchers found that night-time temperatures in the capital rose nearly twice as fast as daytime highs, and say concrete and lost greenery are largely to blame.',
    dateline: { place: 'DHAKA' },
    contributors: [{ kind: 'staff', name: 'Ayesha Siddika Nipa', role: 'Science Reporter' }],
    source: null,
    topics: ['13000000', '06000000', '17000000'],
    tags: ['climate', 'heat', 'Dhaka', 'urban planning', 'research'],
    hoursAgo: 77,
    lead: {
      scene: 'chart',
      palette: ['#1b1b3a', '#3a2e5c', '#ff7b54', '#ffb26b', '#ffd56f', '#ffffff'],
      caption: 'An illustrative chart of a rising trend; the bars are decorative, not the study’s data.',
      credit: ILLUSTRATION,
      alt: 'Illustration of a bar chart in warm orange tones with a golden line climbing over a dark purple grid; the figures are decorative.',
    },
    body: [
      p(
        'Nights in Dhaka have warmed almost twice as fast as days over the past three decades, according to a study of temperature readings from weather stations in and around the capital. Researchers at the *Centre for Urban Climate* found that average night-time lows rose by about 1.1 degrees Celsius over 30 years, compared with roughly 0.6 degrees for daytime highs.',
      ),
      p(
        'The researchers compared stations inside the city with others in surrounding farmland. Both showed warming, but the gap between them widened steadily at night as the city grew. Concrete, brick and asphalt soak up heat during the day and release it slowly after dark, while the loss of ponds, trees and open ground has removed much of what once cooled the city at night.',
      ),
      quote(
        'People talk about the heat of the afternoon, but the danger is often at night. If your body cannot cool down while you sleep, the next day’s heat hits you harder, especially the old, the sick and people in crowded homes.',
        'Dr Farhana Rahman Mou, the study’s lead author',
      ),
      h2('Why warm nights matter'),
      p(
        'Doctors say warm nights are linked to more hospital admissions during heatwaves, as the body gets no relief from daytime stress. The effect is worst in densely packed neighbourhoods with tin roofs and little ventilation, where indoor temperatures can stay above 30 degrees well past midnight. Many families in such homes cannot afford fans that run all night, let alone air-conditioning.',
      ),
      list([
        'Plant shade trees along main roads and in school grounds',
        'Protect the city’s remaining ponds, canals and wetlands',
        'Encourage light-coloured or planted roofs on new buildings',
      ]),
      p(
        'The authors say the findings should shape how the city grows, and that some of the most effective measures are also among the cheapest. They are now working with two ward councils to place low-cost temperature sensors in homes, to measure the heat residents actually live with. The full study is [available online](https://example.com/research/dhaka-warm-nights).',
      ),
    ],
  },
  {
    key: 'old-dhaka-cinema',
    desk: 'Culture Desk',
    section: 'culture',
    language: 'en',
    headline: 'A restored 1960s cinema reopens in Old Dhaka with a season of classics',
    summary:
      'Closed for nearly two decades, the Neelkamal Cinema has been brought back to life by a group of film lovers, with its original balcony, painted ceiling and hand-lettered signs.',
    dateline: { place: 'DHAKA' },
    contributors: [{ kind: 'staff', name: 'Oindrila Basu Ray', role: 'Culture Reporter' }],
    source: null,
    topics: ['01000000', '10000000'],
    tags: ['cinema', 'heritage', 'Old Dhaka', 'film'],
    hoursAgo: 90,
    lead: {
      scene: 'skyline',
      palette: ['#14213d', '#5e3c74', '#e07a5f', '#f2cc8f', '#121629', '#ffcf7a'],
      caption: 'The old city’s rooftops and towers as night falls.',
      credit: ILLUSTRATION,
      alt: 'Illustration of an evening skyline of towers and domed roofs with warm lit windows, under a deep blue and violet sky glowing orange near the horizon.',
    },
    body: [
      p(
        'For nearly twenty years the Neelkamal Cinema stood shuttered on a busy lane in Old Dhaka, its marquee faded and its balcony home to pigeons. This week the lights came back on, as a group of film lovers reopened the single-screen hall after a painstaking restoration, with a season of classic films from the 1960s and 1970s.',
      ),
      p(
        'The restoration took three years and was paid for largely by small donations, along with a loan from a local cooperative bank. Volunteers scraped back layers of paint to reveal the original painted ceiling, rebuilt the wooden seats of the balcony and tracked down a retired sign painter to reproduce the hand-lettered notices that once hung in the foyer.',
      ),
      quote(
        'My father brought me here when I was seven, and I remember the smell of the seats and the way the whole hall laughed together. We did not want a museum. We wanted a cinema where people still laugh together.',
        'Tanvir Rahman Shaon, one of the restoration’s organisers',
      ),
      h2('Old films, new audiences'),
      p(
        'The opening programme mixes black-and-white dramas with colourful musicals, most shown from digitally restored copies, along with a monthly night of new short films by young directors. Tickets are priced well below those at the city’s multiplexes, and students can pay what they like at weekday matinees.',
      ),
      list([
        'Evening screenings daily, matinees three times a week',
        'A monthly showcase of new short films',
        'Guided tours of the restored projection room on request',
      ]),
      p(
        'Residents of the surrounding lanes, many of whom remember queuing for tickets as children, turned out in large numbers for the first screening. Heritage campaigners said the project showed that the old city’s buildings could be saved without losing their character, and hoped it would inspire owners of other disused halls to consider reopening them.',
      ),
    ],
  },
  {
    key: 'rivers-as-roads',
    desk: 'Opinion Desk',
    section: 'opinion',
    language: 'en',
    headline: 'Our rivers were Dhaka’s first roads. It is time to use them again',
    summary:
      'The city is surrounded by water yet sits in traffic. Regular, safe and cheap river buses would cost far less than another flyover, argues an urban planner.',
    dateline: null,
    contributors: [{ kind: 'guest', name: 'Shahana Parveen Dola', role: 'Urban planner' }],
    source: null,
    topics: ['14000000', '06000000', '11000000'],
    tags: ['opinion', 'rivers', 'transport', 'urban planning'],
    hoursAgo: 104,
    lead: {
      scene: 'river',
      palette: ['#a3cfe3', '#fff3dc', '#3d7ea6', '#2d6a4f', '#6b3e26', '#f2c14e'],
      caption: 'Wooden boats cross a broad river, as they have for centuries.',
      credit: ILLUSTRATION,
      alt: 'Illustration of several wooden boats, some under yellow sails and one pushed by a boatman with a pole, on a wide blue river with a green, tree-lined far bank.',
    },
    body: [
      p(
        'Dhaka is one of the few great cities in the world almost entirely ringed by rivers, and yet most of us experience water only as something that floods our streets. We spend hours every week in traffic a short walk from channels that once carried the city’s trade, its travellers and its news. It is time we asked why we have turned our backs on them.',
      ),
      p(
        'The answer is not that river transport cannot work. Past attempts at waterbus services failed for reasons that can be fixed: boats that ran too rarely to be relied on, landing stations far from where people live and work, and fares that did not connect with buses on land. Passengers are practical. They will use any service that is frequent, safe and easy to reach.',
      ),
      h2('What a working river service needs'),
      list(
        [
          'Boats every ten to fifteen minutes at peak times, not every hour',
          'Landings within a short walk of markets, offices and bus stops',
          'One fare and one card for river and road',
          'Lifejackets, lighting and shelter at every landing',
        ],
        true,
      ),
      p(
        'None of this is expensive by the standards of the projects we usually build. A single kilometre of elevated expressway costs more than a full fleet of modern passenger boats and the landings to serve them. And unlike a new road, which tends to fill with new traffic within a few years, a river route adds capacity that nobody else is competing for.',
      ),
      quote(
        'A city that learns to travel on its rivers also learns to care for them. Nobody wants to ride to work on an open sewer.',
        'Shahana Parveen Dola',
      ),
      p(
        'That is the real prize. A river full of passengers is a river with a constituency: thousands of daily users who will notice the rubbish, the encroachments and the smell, and who will demand that something is done. Cleaning the rivers and using them are not two separate projects. They are the same one, and we should begin it now, one good route at a time.',
      ),
    ],
  },
]
