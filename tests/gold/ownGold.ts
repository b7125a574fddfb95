import type { GoldArticle } from './goldArticle.js';

// Ten fictional articles in shapes the seeds do not cover, written and annotated before the
// extractor existed. Annotation rules: see README.md in this folder.

/** The articles written for the gold set, each with its hand annotation. */
export const OWN_GOLD: readonly GoldArticle[] = [
  {
    id: 'crowd-lisbon',
    publishedAt: '2023-01-29',
    text: `Organisers said more than 120,000 people marched through central Lisbon on Saturday against the government's pension reform, while police put the turnout at 35,000.
The march passed off largely peacefully. Police said 14 people were arrested after scuffles near parliament and two officers were slightly injured.
"The government cannot ignore the street," said Marta Ilic, a spokeswoman for the CGTP union confederation, which called the protest.
The interior ministry estimated that about 40,000 demonstrators took part across the country, including 12,000 in Porto.
Unions have called a second day of action for May 14.`,
    tuples: [
      ['organisers', 'attended', 'people', 120001, null],
      ['police', 'attended', 'people', 35000, 35000],
      ['police', 'arrested', 'people', 14, 14],
      ['police', 'injured', 'police', 2, 2],
      ['interior-ministry', 'attended', 'protesters', 36000, 44000],
    ],
  },
  {
    id: 'denial-boni',
    publishedAt: '2022-03-09',
    outlet: 'AFP',
    text: `Mali's army on Tuesday denied that any soldiers had been taken hostage in an attack on its base at Boni, dismissing reports circulating on social media as "baseless".
An armed group linked to al Qaeda said in a statement that its fighters had killed 21 soldiers and abducted 12 others in the assault on Monday.
The army said eight soldiers were killed and 14 wounded, and that 30 "terrorists" had been neutralised.
Residents of Boni told AFP that they had counted at least 25 bodies.`,
    tuples: [
      ['mali-military', 'abducted', 'soldiers', 0, 0, 'denies'],
      ['armed-group', 'killed', 'soldiers', 21, 21],
      ['armed-group', 'abducted', 'soldiers', 12, 12],
      ['mali-military', 'killed', 'soldiers', 8, 8],
      ['mali-military', 'injured', 'soldiers', 14, 14],
      ['mali-military', 'killed', 'militants', 30, 30],
      ['residents', 'killed', 'people', 25, null],
    ],
  },
  {
    id: 'coordinated-borno',
    publishedAt: '2021-06-14',
    text: `Five soldiers and 12 militants were killed when Boko Haram fighters attacked a military base in Borno state on Sunday, the Nigerian army said.
The army said troops repelled the attack, killing 12 insurgents and wounding several others, while five soldiers died and three were injured.
Residents said the fighting lasted more than three hours and that two civilians were killed by stray bullets.
A spokesman for the Borno state government, Isa Gusau, said 4,000 people had fled to the state capital, Maiduguri.`,
    tuples: [
      ['nigeria-military', 'killed', 'soldiers', 5, 5],
      ['nigeria-military', 'killed', 'militants', 12, 12],
      ['nigeria-military', 'injured', 'militants', 3, 9],
      ['nigeria-military', 'injured', 'soldiers', 3, 3],
      ['residents', 'killed', 'civilians', 2, 2],
      ['borno-state-government', 'displaced', 'people', 4000, 4000],
    ],
  },
  {
    id: 'anonymous-ghazni',
    publishedAt: '2019-08-20',
    text: `At least 17 police officers were killed in an overnight Taliban attack on a checkpoint in Ghazni province, two security officials said on Tuesday, speaking on condition of anonymity because they were not authorised to talk to the media.
A provincial council member, who asked not to be identified, said the toll was higher and that 23 policemen had died, while six were missing.
The Taliban said in a statement that they had killed 30 police and lost none of their own.
The interior ministry did not comment.`,
    tuples: [
      ['security-officials', 'killed', 'police', 17, null],
      ['provincial-council-member', 'killed', 'police', 23, 23],
      ['taliban', 'killed', 'police', 30, 30],
      ['taliban', 'killed', 'militants', 0, 0],
    ],
  },
  {
    id: 'relay-yemen',
    publishedAt: '2018-08-10',
    outlet: 'BBC',
    text: `A Saudi-led coalition air strike on a market in northern Yemen killed at least 22 civilians, including eight children, the Houthi-run health ministry told Reuters on Thursday.
Coalition spokesman Turki al-Maliki said the strike had hit a weapons depot and killed 14 Houthi fighters, the Saudi state news agency SPA reported.
A local medic, quoted by the Associated Press, said 35 people had been wounded, many of them critically.
The UN humanitarian coordinator said the organisation was "deeply alarmed" and called for an investigation.`,
    tuples: [
      ['houthi-run-health-ministry', 'killed', 'civilians', 22, null],
      ['coalition', 'killed', 'militants', 14, 14],
      ['medic', 'injured', 'people', 35, 35],
    ],
  },
  {
    id: 'revision-zonguldak',
    publishedAt: '2018-11-15',
    text: `The death toll from a gas explosion at a coal mine in Zonguldak province rose to 13 on Wednesday, the disaster agency AFAD said, after rescuers recovered four more bodies overnight.
On Tuesday, AFAD had put the toll at nine, with 22 miners injured.
Provincial governor Erdogan Bektas told reporters that rescue teams were still searching for two missing miners and that 18 of the injured had been discharged from hospital.
The mine's operator said the ventilation system had passed an inspection last month.`,
    tuples: [
      ['afad', 'killed', 'people', 13, 13],
      ['afad', 'killed', 'people', 9, 9],
      ['afad', 'injured', 'workers', 22, 22],
    ],
  },
  {
    id: 'hospital-tarik-khel',
    publishedAt: '2017-05-23',
    text: `A suicide bomber killed at least 19 people at a wedding party in the village of Tarik Khel late on Monday, police said.
Doctors at the district hospital said 45 people were being treated for injuries, eight of them in critical condition.
"We received 21 bodies," said Dr Amina Qureshi, the hospital's medical superintendent, adding that two of the wounded had died overnight.
No group has claimed responsibility for the attack.`,
    tuples: [
      ['police', 'killed', 'people', 19, null],
      ['doctors', 'injured', 'people', 45, 45],
      ['amina-qureshi', 'killed', 'people', 21, 21],
      ['amina-qureshi', 'killed', 'people', 2, 2],
    ],
  },
  {
    id: 'flood-sindh',
    publishedAt: '2022-08-29',
    text: `Floods have displaced more than 200,000 people in Sindh province over the past week, the United Nations said on Monday, as relief agencies warned that the number could double.
The National Disaster Management Authority (NDMA) said 38 people had died in the last 48 hours, bringing the death toll since mid-June to 1,033.
Provincial officials estimated that some 30,000 homes had been destroyed.
Aid workers in the district of Dadu, who spoke on condition of anonymity, said hundreds of families were sleeping by the roadside.`,
    tuples: [
      ['united-nations', 'displaced', 'people', 200001, null],
      ['ndma', 'killed', 'people', 38, 38],
      ['ndma', 'killed', 'people', 1033, 1033],
    ],
  },
  {
    id: 'own-loss-basilan',
    publishedAt: '2016-04-11',
    outlet: 'Al Jazeera',
    text: `Philippine troops killed 12 Abu Sayyaf fighters in a day-long battle on Basilan island, the military said on Sunday, adding that only one soldier had been wounded.
Abu Sayyaf spokesman Abu Rami told a local radio station that the group had lost only two men and that 18 soldiers had been killed.
The military dismissed the claim as propaganda.
Local officials said about 3,000 villagers had fled their homes.`,
    tuples: [
      ['philippines-military', 'killed', 'militants', 12, 12],
      ['philippines-military', 'injured', 'soldiers', 1, 1],
      ['abu-sayyaf', 'killed', 'militants', 2, 2],
      ['abu-sayyaf', 'killed', 'soldiers', 18, 18],
      ['philippines-military', 'killed', 'soldiers', 0, 0, 'denies'],
      ['officials', 'displaced', 'civilians', 2700, 3300],
    ],
  },
  {
    id: 'carry-over-dera-bugti',
    publishedAt: '2015-10-05',
    text: `Gunmen stormed a police station in the town of Dera Bugti on Saturday night, killing four policemen, the provincial police chief said.
In a statement, the Balochistan Liberation Front said its fighters had killed 11 members of the security forces and suffered no casualties.
The statement added that seven policemen had been taken hostage.
Police chief Ahmed Khan rejected the claim as "baseless". He said two of the attackers were shot dead and that no policemen had been abducted.
Nobody else has claimed responsibility for the attack.`,
    tuples: [
      ['provincial-police-chief', 'killed', 'police', 4, 4],
      ['balochistan-liberation-front', 'killed', 'security-forces', 11, 11],
      ['balochistan-liberation-front', 'killed', 'militants', 0, 0],
      ['balochistan-liberation-front', 'abducted', 'police', 7, 7],
      ['ahmed-khan', 'abducted', 'police', 0, 0, 'denies'],
      ['ahmed-khan', 'killed', 'militants', 2, 2],
      ['ahmed-khan', 'abducted', 'police', 0, 0],
    ],
  },
];
