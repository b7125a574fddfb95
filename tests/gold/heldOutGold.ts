import type { GoldArticle } from './goldArticle.js';

// Six more fictional articles, written and annotated after the extractor had been tuned on the
// seeds and ownGold.ts, and committed before it was first run on them: their first score is an
// honest estimate of quality on unseen text. Same annotation rules (README.md), plus: a party
// that rejects a figure while giving its own ("saying the number was 129") asserts its figure and
// denies nothing.

/** Articles held out from development, with their hand annotation. */
export const HELD_OUT_GOLD: readonly GoldArticle[] = [
  {
    id: 'quake-toll',
    publishedAt: '2023-02-07',
    outlet: 'Reuters',
    text: `The death toll from the earthquake that struck southern Turkey and northern Syria on Monday rose above 5,000 on Tuesday, officials and medics said, as rescuers searched through the night for survivors.
Turkey's disaster agency said 3,419 people had been killed in the country and 20,534 injured.
In Syria, the health ministry in Damascus said 812 people had died in government-held areas, while the White Helmets rescue group said at least 1,020 people were killed in the rebel-held northwest.
The World Health Organization warned that the final figure could be eight times higher.`,
    tuples: [
      ['officials-and-medics', 'killed', 'people', 5001, null],
      ['turkey-disaster-agency', 'killed', 'people', 3419, 3419],
      ['turkey-disaster-agency', 'injured', 'people', 20534, 20534],
      ['health-ministry', 'killed', 'people', 812, 812],
      ['white-helmets-rescue-group', 'killed', 'people', 1020, null],
    ],
  },
  {
    id: 'market-bombing',
    publishedAt: '2017-06-12',
    text: `At least 30 people were killed when a suicide bomber struck a crowded market in the eastern city of Jalalabad on Sunday, according to provincial spokesman Attaullah Khogyani.
"Most of the victims were shopkeepers and children," said Khogyani, adding that 48 others had been wounded.
Islamic State claimed the attack through its Amaq news agency, saying its fighter had killed 75 "apostates".
The Taliban denied any involvement.`,
    tuples: [
      ['attaullah-khogyani', 'killed', 'people', 30, null],
      ['attaullah-khogyani', 'injured', 'people', 48, 48],
      ['islamic-state', 'killed', 'apostates', 75, 75],
    ],
  },
  {
    id: 'hong-kong-march',
    publishedAt: '2019-06-17',
    outlet: 'AP',
    text: `Organizers said nearly 2 million people took to the streets of Hong Kong on Sunday to demand the withdrawal of the extradition bill, the largest protest in the city's history.
Police said 338,000 people had joined the march at its peak.
Hospital authorities said 14 people were treated for injuries, none of them seriously.
Police arrested no one, a spokesman said.`,
    tuples: [
      ['organizers', 'attended', 'people', 1800000, 1999999],
      ['police', 'attended', 'people', 338000, 338000],
      ['hospital-authorities', 'injured', 'people', 14, 14],
      ['spokesman', 'arrested', 'people', 0, 0],
    ],
  },
  {
    id: 'chibok',
    publishedAt: '2014-04-22',
    text: `Nigeria's government on Monday rejected claims by the parents of the abducted schoolgirls that 234 girls were taken from the school in Chibok, saying the number was 129.
The military had earlier said that all but eight of the girls had been freed, a statement it later withdrew.
A local official, who spoke on condition of anonymity, said 43 girls had escaped.`,
    tuples: [
      ['parents', 'abducted', 'civilians', 234, 234],
      ['nigeria-government', 'abducted', 'civilians', 129, 129],
    ],
  },
  {
    id: 'ukraine-refugees',
    publishedAt: '2022-03-08',
    text: `More than two million people have fled Ukraine since Russia invaded the country on February 24, the UN refugee agency UNHCR said on Tuesday.
Poland alone has taken in 1.2 million refugees, according to the country's border guard service.
The UN human rights office said it had confirmed 474 civilian deaths, including 29 children, but warned that the real toll was likely to be considerably higher.
Ukrainian officials said more than 2,000 civilians had died.`,
    tuples: [
      ['unhcr', 'displaced', 'refugees', 2000001, null],
      ['border-guard-service', 'displaced', 'refugees', 1200000, 1200000],
      ['un', 'killed', 'civilians', 474, 474],
      ['ukraine-officials', 'killed', 'civilians', 2001, null],
    ],
  },
  {
    id: 'karabakh',
    publishedAt: '2020-09-28',
    text: `Azerbaijan's defence ministry said its forces had destroyed 12 air defence systems and killed 550 Armenian soldiers in fierce fighting on Sunday, a figure Armenia dismissed as "absurd".
Armenia's defence ministry said 16 of its servicemen had been killed and more than 100 wounded, and that its forces had killed 200 Azerbaijani troops.
Nagorno-Karabakh's ombudsman said two civilians, a woman and a child, had been killed by Azerbaijani shelling.`,
    tuples: [
      ['azerbaijan-defence-ministry', 'killed', 'soldiers', 550, 550],
      // "a figure Armenia dismissed as absurd": a denial, annotated beside Armenia's own count as
      // the written set's Dera Bugti article annotates both.
      ['armenia', 'killed', 'soldiers', 0, 0, 'denies'],
      ['armenia-defence-ministry', 'killed', 'soldiers', 16, 16],
      ['armenia-defence-ministry', 'injured', 'soldiers', 101, null],
      ['armenia-defence-ministry', 'killed', 'soldiers', 200, 200],
      ['nagorno-karabakh-ombudsman', 'killed', 'civilians', 2, 2],
    ],
  },
];
