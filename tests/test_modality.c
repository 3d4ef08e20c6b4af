/* SPDX-License-Identifier: MIT */
/* test_modality.c: modality and attribution over the shipped cue tables
 * (rules/core/modality.rules), table-driven: a sentence, the claim inside
 * it, the modality and the attribution expected. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <claimcheck/claimcheck.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "internal.h"

typedef struct {
    const char *name;
    const char *sentence;
    const char *claim; /* first occurrence in the sentence */
    CcModality modality;
    const char *who; /* NULL = no attribution */
} ModalityCase;

#define ASSERTED CC_MODALITY_ASSERTED
#define REPORTED CC_MODALITY_REPORTED
#define HEDGED CC_MODALITY_HEDGED
#define HYPOTHETICAL CC_MODALITY_HYPOTHETICAL
#define NEGATED CC_MODALITY_NEGATED
#define DISPUTED CC_MODALITY_DISPUTED

/* A speaker that names no one keeps "the" here, longer descriptions too
 * ("the spy agency"): extraction looks back for the speaker named before
 * with its head noun, and writes a longer description without the article
 * when it finds none (examples in rules/military/troops.rules). */
static const ModalityCase cases[] = {
    /* The seed articles. */
    {"004 ludicrous claims by Russian media",
     "Pyongyang, along with Tehran, has been portrayed as an arsenal of autocracy, as evidenced by "
     "ludicrous claims propagated by Russian media that North Korea would dispatch 50,000 troops to "
     "the front and by Ukraine launching captured North Korean munitions at the Russians.",
     "50,000 troops", DISPUTED, "Russian media"},
    {"001 possibly even millions",
     "We're not talking about a few truckloads; some assessments suggest that hundreds of "
     "thousands, possibly even millions, of artillery shells have been transferred.",
     "hundreds of thousands, possibly even millions, of artillery shells", HEDGED,
     "some assessments"},
    {"003 seen sending thousands",
     "Pyongyang has been seen sending thousands of soldiers to fight alongside Russian forces in "
     "the ongoing war in Ukraine, sparking concerns about the motivations behind this unlikely "
     "alliance.",
     "thousands of soldiers", ASSERTED, NULL},
    {"004 possesses 14,000", "North Korea possesses approximately 14,000 artillery systems.",
     "approximately 14,000 artillery systems", ASSERTED, NULL},
    {"004 previously denied",
     "Pyongyang previously denied it would send any support, and some questioned whether or not "
     "any help could be offered.",
     "send any support", NEGATED, "Pyongyang"},
    {"004 according to the DIA",
     "According to the Defence Intelligence Agency, Pyongyang’s artillery poses a substantial "
     "threat.",
     "Pyongyang’s artillery", REPORTED, "Defence Intelligence Agency"},
    /* "while" of time before an -ing verb sets no contrast */
    {"while fighting, the agency told",
     "About 4,700 soldiers have been killed or wounded while fighting alongside Russia against "
     "Ukrainian forces, the spy agency told lawmakers.",
     "About 4,700 soldiers", REPORTED, "the spy agency"},
    /* the "but also" of "not only … but also" adds, and cuts off no
     * speaker; a "but" of its own still does */
    {"not only … but also, the agency told",
     "Pyongyang has handed Moscow not only 2 million shells but also several dozen missiles, the "
     "spy agency told lawmakers.",
     "several dozen missiles", REPORTED, "the spy agency"},
    {"but, a clause of its own",
     "Pyongyang has handed Moscow 2 million shells, but several dozen missiles were lost at sea, "
     "the spy agency told lawmakers.",
     "2 million shells", ASSERTED, NULL},
    /* ", with" opens a phrase about another thing: a speaker or cue inside
     * it does not reach back, one after its closing comma does */
    {"', with' phrase holds its own estimate",
     "About 4,000 soldiers were killed, with Britain's updated estimate suggesting the real "
     "number could be higher.",
     "About 4,000 soldiers", ASSERTED, NULL},
    {"', with' phrase closed before the speaker",
     "About 300 soldiers were killed, with dozens more wounded, officials said.",
     "About 300 soldiers", REPORTED, "officials"},
    {"'with' without a comma is the claim's",
     "About 300 soldiers were killed in clashes with Ukrainian troops, Kyiv said.",
     "About 300 soldiers", REPORTED, "Kyiv"},
    /* a "not" set off by a comma or a dash sets the figure after it
     * against the one before, which it leaves stated */
    {"', not the N that X cites' leaves the figure before stated",
     "Moscow has lost about 1,000 soldiers, not the 4,000 that Kyiv cites.",
     "about 1,000 soldiers", ASSERTED, NULL},
    /* … whose own speaker, in its relative clause, is its source and no
     * other figure's */
    {"', not the N that X cites' negates the figure after it",
     "Moscow has lost about 1,000 soldiers, not the 4,000 that Kyiv cites.", "4,000", NEGATED,
     "Kyiv"},
    {"', not N,' leaves the figure before stated",
     "About 1,000 soldiers have been killed, not 4,000, a Russian official said.",
     "About 1,000 soldiers", REPORTED, "Russian official"},
    {"'— not the N' leaves the figure before stated",
     "Pyongyang sent about 11,000 troops \xe2\x80\x94 not the 100,000 some had feared.",
     "about 11,000 troops", ASSERTED, NULL},
    {"'not' with no comma still negates before it",
     "The 4,000 figure is not accurate.", "4,000", NEGATED, NULL},
    /* "if not" with its verb left out is a condition, no denial */
    {"'If not stopped' is a condition",
     "If not stopped, North Korea could send as many as 100,000 troops.",
     "as many as 100,000 troops", HYPOTHETICAL, NULL},
    {"', if not N' offers a larger figure, no condition",
     "North Korea has sent Russia 5 million shells, if not 6 million, the agency said.",
     "5 million shells", REPORTED, "the agency"},
    {"', if not thousands,' joins the figures",
     "Pyongyang has lost hundreds, if not thousands, of soldiers, analysts say.", "thousands",
     REPORTED, "analysts"},
    {"'If not checked' is a condition without 'could'",
     "If not checked, the deployment grows to 30,000 troops by summer.", "30,000 troops",
     HYPOTHETICAL, NULL},
    /* an abbreviation keeps its last dot */
    {"The U.S. has said", "The U.S. has said some 1,000 soldiers have been killed.",
     "some 1,000 soldiers", REPORTED, "U.S."},
    /* between a speaker and its verb: its abbreviation, a date */
    {"(NIS) says", "The National Intelligence Service (NIS) says some 300 soldiers have died.",
     "some 300 soldiers", REPORTED, "National Intelligence Service"},
    {"on June 15 estimated",
     "British Defense Intelligence on June 15 said more than 6,000 soldiers had been killed.",
     "more than 6,000 soldiers", REPORTED, "British Defense Intelligence"},
    {"while, a contrast",
     "About 4,700 soldiers have been killed, while the rest fought on, the spy agency told "
     "lawmakers.",
     "About 4,700 soldiers", ASSERTED, NULL},
    {"004 Harris would be",
     "Vice President Kamala Harris stated that a meeting between Putin and Kim would be a “huge "
     "mistake.”",
     "a meeting between Putin and Kim", HYPOTHETICAL, "Vice President Kamala Harris"},
    {"003 long suspected",
     "Western and South Korean officials have long suspected that North Korea is being "
     "compensated for its involvement, possibly through Russian resources, food, and even cash.",
     "North Korea is being compensated", HEDGED, "Western and South Korean officials"},
    {"003 while clause stays asserted",
     "While Moscow stands to gain significantly from the influx of North Korean troops, analysts "
     "say that Kim Jong Un's regime may also be reaping strategic benefits.",
     "North Korean troops", ASSERTED, NULL},
    {"003 analysts say that … may",
     "While Moscow stands to gain significantly from the influx of North Korean troops, analysts "
     "say that Kim Jong Un's regime may also be reaping strategic benefits.",
     "strategic benefits", HEDGED, "analysts"},
    {"', and' opens a clause with its own speaker",
     "North Korea's 1.2 million-strong army last fought a war seven decades ago, and analysts said "
     "the deployment would give its officers rare combat experience.",
     "1.2 million-strong army", ASSERTED, NULL},
    {"', and' keeps the speaker of its own clause",
     "North Korea's 1.2 million-strong army last fought a war seven decades ago, and analysts said "
     "the deployment would give its officers rare combat experience.",
     "rare combat experience", HYPOTHETICAL, "analysts"},
    {"a trailing speaker still reaches back without ', and'",
     "About 300 North Korean soldiers were killed or wounded in the past week, Ukraine's military "
     "intelligence said on Saturday.",
     "About 300 North Korean soldiers", REPORTED, "Ukraine's military intelligence"},
    {"002 if … were to",
     "If North Korean soldiers or advisors were to engage directly alongside Russian forces, the "
     "repercussions could spiral well beyond the borders of Ukraine.",
     "North Korean soldiers", HYPOTHETICAL, NULL},
    {"002 if North Korea were to supply",
     "To complicate matters, if North Korea were to supply Russia with key military "
     "technology—especially its missile technology—this could dramatically shift the balance of "
     "power.",
     "supply Russia with key military technology", HYPOTHETICAL, NULL},
    {"002 allegedly after a semicolon",
     "Surprisingly, North Korea is not merely standing by as spectators; rather, they are "
     "allegedly providing support to Russia as the conflict continues to evolve.",
     "providing support to Russia", HEDGED, NULL},
    {"002 not merely is no negation",
     "Surprisingly, North Korea is not merely standing by as spectators; rather, they are "
     "allegedly providing support to Russia as the conflict continues to evolve.",
     "standing by as spectators", ASSERTED, NULL},
    {"002 supposedly preparing to",
     "According to various intelligence sources, North Korea has been boosting its military "
     "capabilities, supposedly preparing to assist Russia with artillery shells and other "
     "armaments.",
     "artillery shells", HYPOTHETICAL, "various intelligence sources"},
    {"002 U.S. intelligence has indicated",
     "Interestingly, U.S. intelligence has indicated North Korean leaders view the war as an "
     "opportunity to strengthen ties with their Russian counterparts—with discussions of not just "
     "military hardware but potentially involving manpower.",
     "military hardware", REPORTED, "U.S. intelligence"},
    {"002 but potentially manpower",
     "Interestingly, U.S. intelligence has indicated North Korean leaders view the war as an "
     "opportunity to strengthen ties with their Russian counterparts—with discussions of not just "
     "military hardware but potentially involving manpower.",
     "manpower", HEDGED, NULL},
    {"003 says Edward Howell",
     "\"North Korea is trying to get as many benefits as it can from this relationship,\" says "
     "Edward Howell.",
     "as many benefits", REPORTED, "Edward Howell"},
    {"003 Gabuev points out",
     "Alexander Gabuev, director of the Carnegie Russia Eurasia Center in Berlin, points out that "
     "North Korea may be gaining valuable combat experience with drones.",
     "valuable combat experience", HEDGED, "Alexander Gabuev"},
    {"004 absurd claims",
     "It is easy to dismiss an impoverished nation like North Korea whose absurd claims, such as "
     "inventing the hamburger, are played for chuckles.",
     "inventing the hamburger", DISPUTED, NULL},

    /* Reporting and attribution. */
    {"says before the claim", "Seoul says about 11,000 North Korean troops are in Kursk.",
     "about 11,000 North Korean troops", REPORTED, "Seoul"},
    {"said after the claim",
     "About 11,000 North Korean troops are in Kursk, South Korea's spy agency said.",
     "About 11,000 North Korean troops", REPORTED, "South Korea's spy agency"},
    {"according to, after", "Some 11,000 troops are in Russia, according to the NIS.",
     "11,000 troops", REPORTED, "NIS"},
    {"according to a list of sources", "Some 11,000 troops are in Russia, according to Seoul, "
     "Washington and Kyiv.",
     "11,000 troops", REPORTED, "Seoul, Washington and Kyiv"},
    {"according to one source and a clause about it",
     "Some 11,000 troops are in Russia, according to Seoul, which cited its own intelligence.",
     "11,000 troops", REPORTED, "Seoul"},
    {"an aside inside the claim's words speaks for it",
     "North Korea, according to Seoul, has sent some 12,000 troops to Russia.",
     "North Korea, according to Seoul, has sent some 12,000 troops", REPORTED, "Seoul"},
    {"a speaker set off between the figure's noun and its verb",
     "Roughly 12,000 troops, Seoul said, were shipped to Russia.",
     "Roughly 12,000 troops, Seoul said, were shipped", REPORTED, "Seoul"},
    {"an intelligence directorate speaks",
     "Some 11,000 troops are in Russia, Ukraine's intelligence directorate said.", "11,000 troops",
     REPORTED, "Ukraine's intelligence directorate"},
    {"a plain negation in an apposition naming the figure is the figure's revision",
     "There are roughly 10,000 troops in Russia, a number that has not changed since October.",
     "roughly 10,000 troops", ASSERTED, NULL},
    {"a denial in such an apposition still disputes the figure",
     "About 10,000 troops were sent, a figure Pyongyang denied.", "About 10,000 troops",
     DISPUTED, "Pyongyang"},
    {"another party's denial in a clause of its own after the claim's disputes it",
     "Kyiv says about 2,000 troops have been killed, but Moscow denies this.", "about 2,000",
     DISPUTED, "Kyiv"},
    {"so does one after \"though\" that takes the claim up as \"it\"",
     "Seoul says some 11,000 troops are in Kursk, though Pyongyang has denied it.", "some 11,000",
     DISPUTED, "Seoul"},
    {"a plain negation before a colon does not reach the figure after it",
     "The stockpile is not endless: the 5 million shells shipped so far are gone.", "5 million",
     ASSERTED, NULL},
    {"a denial before a colon still reaches what it names after it",
     "Pyongyang denied the claim: 11,000 troops had been sent.", "11,000 troops", NEGATED,
     "Pyongyang"},
    {"a \"would\" after \"predicted that\" is the forecast's, hedged",
     "Analysts predicted that 14,000 troops would be sent.", "14,000 troops", HEDGED, "Analysts"},
    {"so after \"foresaw that\"", "Nobody foresaw that Pyongyang would send 12,000 troops.",
     "12,000 troops", HEDGED, NULL},
    {"a \"would\" after \"said that\" stays a condition",
     "Analysts said that 14,000 troops would be sent.", "14,000 troops", HYPOTHETICAL, "Analysts"},
    {"a denial does not reach a figure in a \", which\" comment on its clause",
     "Pyongyang denied sending troops, which must come as news to the 11,000 soldiers in Kursk.",
     "11,000 soldiers", ASSERTED, NULL},
    {"but one after a report named gives what is denied",
     "Moscow denied the report, which said 11,000 troops were in Kursk.", "11,000 troops",
     NEGATED, "Moscow"},
    {"a condition on a part supposes nothing of the whole named after \"of the\"",
     "Even if only 5,000 of the 11,000 troops in Kursk were killed, Moscow would gain.",
     "11,000 troops", ASSERTED, NULL},
    {"the part stays conditional",
     "Even if only 5,000 of the 11,000 troops in Kursk were killed, Moscow would gain.",
     "5,000", HYPOTHETICAL, NULL},
    {"an opening \"Imagine\" supposes", "Imagine 5,000 soldiers killed in a single winter.",
     "5,000 soldiers", HYPOTHETICAL, NULL},
    {"so does an opening \"Say\"", "Say only 1,000 of them are killed.", "1,000", HYPOTHETICAL,
     NULL},
    {"a figure the writer states stays stated against a denial after it",
     "About 11,000 troops are in Kursk, yet Pyongyang still denies it.", "About 11,000", ASSERTED,
     NULL},
    {"a denial of something else in the next clause denies nothing of the figure",
     "Seoul says some 11,000 troops are in Kursk, but Moscow denies sending any of its own.",
     "some 11,000", REPORTED, "Seoul"},
    {"a speaker after 'after' speaks in a clause of its own",
     "About 10,000 troops were sent, two days after Moscow first confirmed the deal.",
     "About 10,000 troops", ASSERTED, NULL},
    {"an officer puts a figure",
     "In an interview, the Ukrainian commander-in-chief put North Korean losses at about 1,000 "
     "killed.",
     "about 1,000", REPORTED, "Ukrainian commander-in-chief"},
    {"a figure first given by someone, set off by commas",
     "The figure of 11,000 troops, first given by South Korea's spy agency, has since been "
     "repeated by Washington.",
     "11,000 troops", REPORTED, "South Korea's spy agency"},
    {"a name before its data",
     "Pentagon data showed that about 11,000 troops were still in Kursk.", "about 11,000 troops",
     REPORTED, "Pentagon"},
    {"a compound's word before data names no one",
     "Ship-tracking data show nearly 16,000 containers moving from Rajin.",
     "nearly 16,000 containers", ASSERTED, NULL},
    {"a colonel speaks",
     "About 11,000 troops are in Kursk, a Ukrainian colonel told reporters.", "About 11,000 troops",
     REPORTED, "Ukrainian colonel"},
    {"a word of time opening the sentence names no one",
     "Earlier estimates mentioned 3,000 casualties.", "3,000 casualties", HEDGED, NULL},
    {"an institute writes", "About 11,000 troops are in Kursk, the institute wrote.",
     "About 11,000 troops", REPORTED, "the institute"},
    {"a deputy press secretary tells reporters",
     "About 10,000 troops are in Russia, the deputy press secretary told reporters.",
     "About 10,000 troops", REPORTED, "the deputy press secretary"},
    {"a military that raised its estimate",
     "The South Korean military raised its casualty estimate to 4,000.", "4,000", HEDGED,
     "South Korean military"},
    {"a speaker after ', and' a possessive's total that points back",
     "About 600 soldiers have been killed, and the North's total casualties now stand at some "
     "4,700, the National Intelligence Service told lawmakers.",
     "About 600 soldiers", REPORTED, "National Intelligence Service"},
    {"a name that raised its count on a weekday",
     "The Pentagon on Monday raised its count sharply, saying roughly 10,000 troops are in Russia.",
     "roughly 10,000 troops", REPORTED, "Pentagon"},
    {"according to, no comma", "According to NIS 11,000 troops are in Russia.", "11,000 troops",
     REPORTED, "NIS"},
    /* a source someone relays outranks the one who relays it */
    {"relayed: said after a briefing by",
     "About 3,000 North Korean soldiers were killed or wounded, lawmaker Lee said after a "
     "closed-door briefing by the National Intelligence Service.",
     "About 3,000", REPORTED, "National Intelligence Service"},
    {"relayed: citing, before the speaker",
     "Citing the spy agency, lawmaker Park told reporters that 1,500 more troops had arrived.",
     "1,500 more troops", REPORTED, "the spy agency"},
    {"relayed: quoted as saying",
     "Lee quoted the NIS as saying that about 300 North Korean soldiers had died.",
     "about 300", REPORTED, "NIS"},
    {"relayed: officials cited by an outlet",
     "Western officials cited by the BBC said some 1,000 North Korean soldiers had died.",
     "some 1,000", REPORTED, "Western officials"},
    {"relayed: told reporters following a briefing from",
     "Roughly 2,000 North Korean soldiers are thought to have died, lawmaker Lee told reporters "
     "following a briefing from the National Intelligence Service.",
     "Roughly 2,000", HEDGED, "National Intelligence Service"},
    {"relayed: said after a closed-door session with",
     "The North has shipped more than 12 million shells, lawmakers said after a closed-door "
     "session with the National Intelligence Service.",
     "more than 12 million", REPORTED, "National Intelligence Service"},
    {"relayed: said after being briefed by",
     "About 600 North Korean soldiers have died, two lawmakers said after being briefed by the "
     "NIS.",
     "About 600", REPORTED, "NIS"},
    {"not relayed: said after a meeting with someone, not a closed one",
     "About 600 North Korean soldiers have died, lawmaker Lee said after a meeting with Zelensky.",
     "About 600", REPORTED, "lawmaker Lee"},
    {"by US estimates: the noun is part of the name",
     "North Korea has lost more than 1,000 soldiers a week, by US estimates.", "more than 1,000",
     HEDGED, "US estimates"},
    {"estimates are lower: the noun is part of the name",
     "Kyiv puts the toll at 4,000, though Pentagon estimates are far lower at around 1,200.",
     "around 1,200", HEDGED, "Pentagon estimates"},
    {"estimates that: a verb",
     "Seoul estimates that 11,000 North Korean troops are in Russia.", "11,000", HEDGED, "Seoul"},
    {"a possessive's estimate: its owner",
     "Kyiv puts the toll at 4,000, though Seoul's estimate is lower at roughly 3,000.",
     "roughly 3,000", HEDGED, "Seoul"},
    {"figures released by: the body that released them",
     "North Korean losses have passed 4,000, according to figures released by Kyiv.", "4,000",
     REPORTED, "Kyiv"},
    {"seen by an outlet: the outlet is no part of the source",
     "The North has delivered about 50 self-propelled guns, according to Ukrainian intelligence "
     "seen by the newspaper.",
     "about 50", REPORTED, "Ukrainian intelligence"},
    {"a denial does not reach a relative clause with its own speaker",
     "Moscow has denied using North Korean missiles, which Kyiv says first struck Kharkiv on "
     "Jan. 2, 2024.",
     "Jan. 2, 2024", REPORTED, "Kyiv"},
    {"a negation before a relative clause opened by \"whom\" that names its own speaker",
     "Pyongyang has made no mention of its dead, whom Seoul numbers at roughly 2,000.",
     "roughly 2,000", REPORTED, "Seoul"},
    {"a negation before a relative clause whose speaker puts the figure",
     "State media never shows the soldiers, which Western officials put at about 11,000.",
     "about 11,000", REPORTED, "Western officials"},
    {"a modal whose passive verb acts on the force leaves its size stated",
     "The 11,000-strong contingent could be reinforced in the spring.", "11,000", ASSERTED, NULL},
    {"…and so does one of growth with no object",
     "A force of about 11,000 is in Kursk and could double by the summer.", "about 11,000",
     ASSERTED, NULL},
    {"a modal of sending still makes the figure sent hypothetical",
     "About 6,000 more soldiers could be sent in the spring.", "About 6,000", HYPOTHETICAL, NULL},
    {"a growth with an object is no growth of the figure's force",
     "Another 10,000 soldiers could double the force.", "Another 10,000", HYPOTHETICAL, NULL},
    {"one who would not put another's figure on it rejects the figure",
     "Kirby said he wouldn't put a number like 100,000 on it.", "100,000", DISPUTED, "Kirby"},
    {"a negation of the main clause does not reach a figure in a dash aside",
     "Pyongyang's losses \u2013 some 300 killed \u2013 have not dented its resolve.", "some 300",
     ASSERTED, NULL},
    {"…nor one in brackets",
     "Pyongyang's losses (some 300 killed) have not dented its resolve.", "some 300", ASSERTED,
     NULL},
    {"a negation inside the aside still reaches it",
     "Pyongyang's losses \u2013 not 300 killed \u2013 are unknown.", "300", NEGATED, NULL},
    {"a counterfactual judgement of a figure tells the figure",
     "In my day we would have called 4,700 casualties a catastrophe.", "4,700", ASSERTED, NULL},
    {"a judgement of a figure still to come leaves it hypothetical",
     "Kyiv would consider 10,000 more soldiers an escalation.", "10,000", HYPOTHETICAL, NULL},
    {"a relative clause closed before the figure: the main clause's speaker",
     "North Korean ballistic missiles, which Kyiv says can reach any Ukrainian city, were fired at "
     "Ukraine for the first time on Dec. 30, US officials said.",
     "Dec. 30", REPORTED, "US officials"},
    {"a noun after a verb in the relative clause is no speaker",
     "Moscow, which had long dismissed reports of a deployment as fake, has about 11,000 North "
     "Korean soldiers in Kursk.",
     "about 11,000", ASSERTED, NULL},
    {"a plan does not reach a figure told as done already",
     "Budanov said Pyongyang was preparing to double the 120 M1991 launchers it had already sent.",
     "120", REPORTED, "Budanov"},
    {"a plan still reaches a figure that is not done",
     "Budanov said Pyongyang was preparing to send 120 more M1991 launchers.", "120",
     HYPOTHETICAL, "Budanov"},
    {"a speaker inside an of-whom clause speaks of its part only",
     "North Korea has deployed about 14,000 soldiers to Russia, some 6,000 of whom the NIS "
     "estimates have been killed or wounded.",
     "about 14,000", ASSERTED, NULL},
    {"a forecast after a past event is not the event's",
     "The treaty came into force on December 4 and will remain valid indefinitely.", "December 4",
     ASSERTED, NULL},
    {"a forecast that opens a second predicate after a present state is that predicate's",
     "About 11,000 North Korean soldiers are in Kursk and will join the fighting soon.",
     "About 11,000", ASSERTED, NULL},
    {"the whole after how many of is stated",
     "Kim handed out medals, but Pyongyang has never disclosed how many of its roughly 15,000 "
     "soldiers in Russia died.",
     "roughly 15,000", ASSERTED, NULL},
    {"the whole after how many of: a conditional outside does not reach it",
     "Seoul would not say how many of the 11,000 North Korean troops had been killed.", "11,000",
     ASSERTED, NULL},
    {"a capacity's hedge on the counted noun with no count of its own",
     "North Korea has shipped around 13,000 containers that may hold weapons to Russia since "
     "mid-2022.",
     "around 13,000", HEDGED, NULL},
    {"a capacity's hedge with a count of its own is that count's",
     "The North has sent Russia 7,000 containers that could hold almost six million shells.",
     "7,000", ASSERTED, NULL},
    {"our estimate names no one",
     "Our estimate is that about 4,000 North Korean soldiers have been killed or wounded.",
     "about 4,000", HEDGED, NULL},
    {"a possessive pronoun's office still speaks",
     "The brigade has killed 300 North Korean soldiers, its commander told reporters.", "300",
     REPORTED, "its commander"},
    {"unconfirmed reports name no one",
     "Unconfirmed reports put the number of North Korean soldiers killed in the strike at 500.",
     "North Korean soldiers killed in the strike at 500", HEDGED, NULL},
    {"a doubt before a speaker of its own: the outlet's word, the speaker's claim",
     "Unverified Russian military blogs claimed that 500 North Korean soldiers died in the strike.",
     "500", HEDGED, "Russian military blogs"},
    {"a speaker that says only that it cannot confirm the figure: none of its sources",
     "Kyiv claimed its forces had captured 27 North Korean soldiers, a number Seoul says it "
     "cannot corroborate.",
     "27 North Korean soldiers", REPORTED, "Kyiv"},
    {"a weekday after what was issued: when, no part of the name",
     "According to the indictment unsealed Tuesday, the vessel carried roughly 1,200 containers "
     "of munitions.",
     "roughly 1,200 containers", REPORTED, "indictment"},
    {"a possessive pronoun's count: its owner speaks, as the pronoun that says it",
     "About 11,000 North Korean soldiers remain in Russia, by his count.", "About 11,000", REPORTED,
     "he"},
    {"a doubt put as a question: hedged, not a condition",
     "It remains unclear whether Pyongyang has sent another 3,000 soldiers to Kursk.", "3,000",
     HEDGED, NULL},
    {"not yet clear if: hedged, not a denial",
     "It was not yet clear if the roughly 300 soldiers killed included those missing in action.",
     "roughly 300", HEDGED, NULL},
    {"awaited shortly: hedged, with the speaker's name",
     "Some 3,000 have reached Kursk, with another 9,000 expected shortly, Kyiv's intelligence said.",
     "9,000", HEDGED, "Kyiv's intelligence"},
    {"the figure before the awaited one: the speaker's",
     "Some 3,000 have reached Kursk, with another 9,000 expected shortly, Kyiv's intelligence said.",
     "Some 3,000", REPORTED, "Kyiv's intelligence"},
    {"a negation of what an army has lived through: its size stands",
     "North Korea's army of roughly 1.2 million has not fought a major war since 1953.",
     "roughly 1.2 million", ASSERTED, NULL},
    {"not seen combat: the force is there",
     "Some 11,000 North Korean troops in Kursk have not yet seen combat.", "Some 11,000",
     ASSERTED, NULL},
    {"a negation of being sent still denies",
     "Some 11,000 North Korean troops have not been sent to fight.", "Some 11,000", NEGATED,
     NULL},
    {"a speaker in a relative clause of an apposition naming something else: none",
     "Kim and Putin met at Vostochny in September 2023, a summit that Washington says unlocked "
     "arms shipments.",
     "September 2023", ASSERTED, NULL},
    {"a modal there is the apposition's too",
     "North Korea has sent about 11,000 troops, a move that Seoul says could prolong the war.",
     "about 11,000", ASSERTED, NULL},
    {"an apposition naming the figure keeps its judge",
     "North Korea has sent about 11,000 troops, a figure that Moscow says is inflated.",
     "about 11,000", REPORTED, "Moscow"},
    {"a fronted Despite phrase: the main clause's hedge is its own",
     "Despite having shipped more than 9 million shells, North Korea appears to be short of "
     "fuel.",
     "more than 9 million", ASSERTED, NULL},
    {"the reverse: a denial in a fronted Despite phrase",
     "Despite a denial from Moscow, about 11,000 North Korean troops are in Kursk.",
     "about 11,000", ASSERTED, NULL},
    {"the main clause's figure keeps its hedge",
     "Despite the losses, North Korea appears to have sent 3,000 more troops.", "3,000", HEDGED,
     NULL},
    {"whether alone: the decision is still to come",
     "Pyongyang is weighing whether to send 20,000 more troops.", "20,000", HYPOTHETICAL, NULL},
    {"silence about another's claim: the claim's owner speaks",
     "Moscow has not commented on Kyiv's claim that 500 North Korean soldiers died in one strike.",
     "500", REPORTED, "Kyiv"},
    {"silence of a speaker: none",
     "Neither Moscow nor Pyongyang has confirmed that some 11,000 North Korean troops are in "
     "Russia.",
     "some 11,000", REPORTED, NULL},
    {"an adverb before the denial: the subject denies",
     "Pyongyang flatly denied sending 10,000 troops, state media said.",
     "Pyongyang flatly denied sending 10,000 troops", NEGATED, "Pyongyang"},
    {"an adverb before the rejection of a claim named before: the claim's maker",
     "Gerasimov said 11,000 North Korean troops had fought in Kursk, a claim Kyiv quickly "
     "rejected.",
     "11,000 North Korean troops", DISPUTED, "Gerasimov"},
    {"a hedge in what the speaker was briefed on is the speaker's description",
     "Roughly 300 North Korean troops have been killed so far, said a person briefed on the "
     "assessment.",
     "Roughly 300", REPORTED, "person briefed on the assessment"},
    {"an aide's office before the name is part of the speaker",
     "About 11,000 North Korean troops are in Kursk, Kremlin aide Yuri Ushakov said.",
     "About 11,000", REPORTED, "Kremlin aide Yuri Ushakov"},
    {"according to an aide",
     "About 11,000 North Korean troops are in Kursk, according to a Kremlin aide.", "About 11,000",
     REPORTED, "Kremlin aide"},
    {"a chairman's office before the name",
     "About 11,000 North Korean troops are in Kursk, committee chairman Shin Sung-bum said.",
     "About 11,000", REPORTED, "committee chairman Shin Sung-bum"},
    {"an adverb between a body and its 'put … at'",
     "Officials privately put the number of North Korean troops in Kursk at closer to 11,000.",
     "closer to 11,000", REPORTED, "Officials"},
    {"officials who fear, after the figure",
     "The North Korean force might eventually grow to 40,000, Ukrainian officials fear.", "40,000",
     HYPOTHETICAL, "Ukrainian officials"},
    {"officials in a capital who fear",
     "Pyongyang could send 30,000 more troops, officials in Kyiv fear.", "30,000", HYPOTHETICAL,
     "officials in Kyiv"},
    {"a modal in a clause of hope after the figure is the hope's",
     "Pyongyang sent 3,000 more troops in February, hoping the fresh units would turn the tide.",
     "3,000 more troops", ASSERTED, NULL},
    {"a modal in a relative clause after the figure still acts",
     "Pyongyang has sent roughly 3,000 more troops, who could be thrown into assaults within "
     "weeks.",
     "roughly 3,000 more troops", ASSERTED, NULL},
    {"relayed: the country's agency",
     "About 600 North Korean soldiers have died, MP Lee told reporters after a briefing by the "
     "country's spy agency.",
     "About 600", REPORTED, "the country's spy agency"},
    {"a quotation is its speaker's, across a terminator",
     "\"The North sent about 15,000 soldiers, and 600 died,\" the NIS told lawmakers.",
     "about 15,000", REPORTED, "NIS"},
    {"a terminator outside a quotation still cuts",
     "The North sent about 15,000 soldiers, and \"600 died,\" the NIS told lawmakers.",
     "about 15,000", ASSERTED, NULL},
    {", and another N: the speaker after it speaks of both",
     "About 600 North Korean soldiers have died, and another 4,100 have been wounded, lawmakers "
     "said.",
     "About 600", REPORTED, "lawmakers"},
    {"said that …, and that …: the speaker's still",
     "Seoul said that the North sent 11,000 troops, and that at least 100 have died.",
     "at least 100", REPORTED, "Seoul"},
    {"a plan or denial before \", while confirming that\" is the first clause's",
     "Seoul denied a report that its troops would go to Ukraine, while confirming that some "
     "11,000 North Korean soldiers remain in Kursk.",
     "some 11,000", REPORTED, "Seoul"},
    {"a fronted \"Beyond …\" phrase: the main clause's negation is not of its figure",
     "Beyond the 3,000 reinforcements that arrived in January, no new North Korean deployments "
     "have been spotted, the JCS said.",
     "3,000", REPORTED, "JCS"},
    {"said …, and put … at: the gapped clause is the speaker's",
     "A Pentagon spokesman said the talks went well, and put North Korean troops in Russia at "
     "11,000 to 12,000.",
     "11,000 to 12,000", REPORTED, "Pentagon spokesman"},
    {"said that …, and then a clause of the outlet's",
     "Seoul said that the North sent 11,000 troops, and at least 100 have died.",
     "at least 100", ASSERTED, NULL},
    {"said that … have been killed, and N wounded: the gapped clause is the speaker's",
     "Lee said that 100 North Korean soldiers have been killed in Kursk, and about 1,000 other "
     "soldiers wounded.",
     "about 1,000", REPORTED, "Lee"},
    {"said that … were killed, and N have been wounded: a verb of its own",
     "Lee said that 100 North Korean soldiers were killed, and about 1,000 have been wounded.",
     "about 1,000", ASSERTED, NULL},
    {"not relayed: said after a visit",
     "About 3,000 North Korean soldiers were killed or wounded, lawmaker Lee said after a visit "
     "to Kyiv.",
     "About 3,000", REPORTED, "lawmaker Lee"},
    {"a title before a name is part of the speaker",
     "About 3,000 North Korean soldiers were killed or wounded, Ruling-party lawmaker Lee "
     "Seong-kweun said.",
     "About 3,000", REPORTED, "Ruling-party lawmaker Lee Seong-kweun"},
    {"an office in commas before a name gives way to it",
     "South Korea's defence minister, Kim Yong-hyun, said about 3,000 North Korean soldiers were "
     "killed or wounded.",
     "about 3,000", REPORTED, "Kim Yong-hyun"},
    {"relayed: after the agency's briefing, no possessive",
     "About 3,000 North Korean soldiers were killed or wounded, lawmakers said after the NIS "
     "briefing.",
     "About 3,000", REPORTED, "NIS"},
    {"a name that earlier put a figure at",
     "Washington had earlier put the number of North Korean troops at more than 3,000.",
     "more than 3,000", REPORTED, "Washington"},
    {"an organ that has already registered a figure",
     "Ukraine's military intelligence has already registered 11,000 North Korean soldiers.",
     "11,000", REPORTED, "Ukraine's military intelligence"},
    {"an organ that puts a figure at",
     "Ukraine's military intelligence now puts the toll among North Korean troops at about 900.",
     "about 900", REPORTED, "Ukraine's military intelligence"},
    {"an agency that counted",
     "By March the agency had counted at least 700 North Korean dead.", "at least 700",
     REPORTED, "the agency"},
    /* a verb of rejecting with an object of its own rejects that object,
     * not the speaker's own figure before it or past its clause */
    {"rejecting X, a speaker's own figure",
     "Rejecting Ukraine's claim, Seoul's spy agency said about 3,000 North Koreans had been "
     "killed or wounded.",
     "about 3,000", REPORTED, "Seoul's spy agency"},
    {"a speaker's own figure, then rejecting another",
     "About 1,100 North Korean soldiers have been killed or wounded, the Joint Chiefs of Staff "
     "said, rejecting Kyiv's far higher count.",
     "About 1,100", REPORTED, "Joint Chiefs of Staff"},
    {"rejected X's figure: the figure rejected",
     "The ministry rejected Kyiv's figure of 4,000 casualties.", "4,000", DISPUTED, "Kyiv"},
    {"rejected reports that …", "Moscow rejected reports that 12,000 North Korean soldiers were "
     "in Kursk.", "12,000", DISPUTED, NULL},
    {"a figure rejected as too high, after it",
     "Kyiv put North Korean losses at 4,000, a figure Washington rejected as too high.", "4,000",
     DISPUTED, "Kyiv"},
    {"a figure dismissed as propaganda, after it",
     "Kyiv says 4,000 North Koreans died, which Moscow dismissed as propaganda.", "4,000",
     DISPUTED, "Kyiv"},
    /* what a verb of judging calls its own object is said of that object */
    {"a speaker's own figure, then calling another's inflated",
     "Around 1,100 North Korean troops have been killed or wounded, the JCS said, calling "
     "Kyiv's estimate inflated.",
     "Around 1,100", REPORTED, "JCS"},
    {"a figure called fake news, after it",
     "Kyiv says 4,000 North Koreans have died, which Pyongyang called fake news.", "4,000",
     DISPUTED, "Kyiv"},
    {"a figure called propaganda, after it",
     "Kyiv says 4,000 North Koreans have died, a figure Moscow called propaganda.", "4,000",
     DISPUTED, "Kyiv"},
    /* a rejection or denial before a figure is not the speaker's own
     * account after ", saying", ", putting", "and put", "and estimated" */
    {"X was fake news and put the toll at: the speaker's own figure",
     "The ministry said the tally of 3,000 casualties was fake news and put the toll at "
     "about 300.",
     "about 300", REPORTED, "the ministry"},
    {"X was fake news and put the toll at: the figure rejected",
     "The ministry said Kyiv's tally of 3,000 casualties was fake news and put the toll at "
     "about 300.",
     "3,000", DISPUTED, "Kyiv"},
    {"X were propaganda, adding: the speaker's own figure",
     "Officials said reports of 2,000 dead were propaganda, adding that fewer than 50 soldiers "
     "had been wounded.",
     "fewer than 50", REPORTED, "Officials"},
    {"was propaganda and estimated: the speaker's own figure, hedged",
     "The ministry said the claim of 12,000 casualties was propaganda and estimated the toll at "
     "about 4,700.",
     "about 4,700", HEDGED, "the ministry"},
    {"denied that X, saying: the speaker's own figure",
     "The ministry denied that 1,000 soldiers had been killed, saying about 100 had died.",
     "about 100", REPORTED, "the ministry"},
    {"denied that X, saying: the figure denied",
     "The ministry denied that 1,000 soldiers had been killed, saying about 100 had died.",
     "1,000", NEGATED, "the ministry"},
    {"reports saying, without a comma, are the reports' words: still rejected",
     "Moscow rejected as propaganda Western reports saying that 10,000 soldiers had been sent.",
     "10,000", DISPUTED, "Western reports"},
    /* a cue in a clause set off before the figure's is that clause's */
    {"a relative clause about the party, closed before the figure",
     "North Korea, which had denied the reports, has sent about 11,000 troops, Seoul says.",
     "about 11,000", REPORTED, "Seoul"},
    {"a fronted While clause, closed before the figure",
     "While Moscow dismissed the reports as propaganda, Seoul said about 11,000 troops were in "
     "Russia.",
     "about 11,000", REPORTED, "Seoul"},
    {"a fronted While clause still rejects its own figure",
     "While Moscow dismissed reports of 11,000 troops as propaganda, Seoul stood by its count.",
     "11,000", DISPUTED, NULL},
    /* ", which" judges the figure right before its comma */
    {"', which Moscow has dismissed' after a nearer figure: the farther one",
     "Seoul's count of about 1,100 is lower than Kyiv's 3,000, which Moscow has dismissed as "
     "propaganda.",
     "about 1,100", REPORTED, "Seoul"},
    {"', which Moscow has dismissed' after a nearer figure: the nearer one",
     "Seoul's count of about 1,100 is lower than Kyiv's figure of 3,000, which Moscow has "
     "dismissed as propaganda.",
     "3,000", DISPUTED, "Kyiv"},
    /* the approximator of another figure hedges nothing else */
    {"the estimated base of a toll: the toll",
     "Of the estimated 11,000 soldiers sent, about 4,000 have been killed or wounded, officials "
     "said.",
     "about 4,000", REPORTED, "officials"},
    {"a verb of estimating still hedges a second figure",
     "Officials estimated 3,000 had died and 1,000 had been wounded.", "1,000", HEDGED,
     "Officials"},
    /* the day a speaker spoke is no part of its name */
    {"according to a speaker with the month he spoke",
     "According to Zelensky in early January, North Korean forces had suffered 3,800 casualties.",
     "3,800", REPORTED, "Zelensky"},
    {"according to a speaker with the weekday",
     "According to the general staff on Monday, 200 North Korean soldiers were killed.", "200",
     REPORTED, "general staff"},
    {"an opening 'According to X,' speaks past a 'but'",
     "According to the spy agency, about 300 North Korean soldiers had died by January, but the "
     "toll has since risen to roughly 600.",
     "roughly 600", REPORTED, "the spy agency"},
    {"a nearer speaker after the 'but' keeps its own figure",
     "According to the spy agency, about 300 North Korean soldiers had died by January, but Kyiv "
     "says roughly 600 have.",
     "roughly 600", REPORTED, "Kyiv"},
    {"according to a speaker last week: the time goes",
     "Some 11,000 North Korean soldiers are in Russia, according to the spy agency last week.",
     "11,000", REPORTED, "the spy agency"},
    {"what a speaker released, and when: the release goes, the figures stay",
     "About 11,000 North Korean soldiers are in Russia, according to Pentagon figures released "
     "on Tuesday.",
     "11,000", REPORTED, "Pentagon figures"},
    {"according to officials in a place: the place stays",
     "According to officials in Kyiv, 200 North Korean soldiers were killed.", "200", REPORTED,
     "officials in Kyiv"},
    /* a hedge that opens a predicate of its own after "and", with a figure
     * of its own, speaks of that figure only */
    {"and was believed to have: the figure before is not hedged",
     "The NIS said the North had lost at least 100 dead and was believed to have close to 1,000 "
     "wounded.",
     "at least 100", REPORTED, "NIS"},
    {"and was believed to have: the figure after is",
     "The NIS said the North had lost at least 100 dead and was believed to have close to 1,000 "
     "wounded.",
     "close to 1,000", HEDGED, "NIS"},
    {"and were expected to, with no figure after: the hedge is the second predicate's",
     "About 8,000 soldiers were already in Kursk and were expected to see combat soon.",
     "About 8,000", ASSERTED, NULL},
    {"but cuts off a denial: the claim set against it, not negated",
     "Officials said 11,000 troops are in Russia, but Pyongyang denied it.", "11,000 troops",
     DISPUTED, "Officials"},
    {"but cuts off a denial before", "Pyongyang denied it, but officials say 11,000 troops are in Russia.",
     "11,000 troops", REPORTED, "officials"},
    {"possessive claim", "Moscow's claim that 50,000 troops arrived was repeated.", "50,000 troops",
     REPORTED, "Moscow"},
    {"a party that rejects a figure and gives its own speaks for its own",
     "Seoul's Joint Chiefs of Staff rejected Kyiv's figure of 3,000, putting the toll at about "
     "1,100 killed or wounded.",
     "about 1,100 killed or wounded", REPORTED, "Seoul's Joint Chiefs of Staff"},
    {"the figure it rejects stays its owner's",
     "Seoul's Joint Chiefs of Staff rejected Kyiv's figure of 3,000, putting the toll at about "
     "1,100 killed or wounded.",
     "3,000", DISPUTED, "Kyiv"},
    {"a rejecting party is no source of the figure it rejects",
     "The spy agency dismissed foreign reports of 200 dead, saying at least 100 had been killed.",
     "200 dead", DISPUTED, NULL},
    {"nor of one past a clause boundary with no account of its own",
     "The spy agency dismissed Kyiv's count of 200 dead as fake; about 100 had been killed.",
     "about 100 had been killed", ASSERTED, NULL},
    {"who says it before the figure over \"according to\" after it",
     "Seoul's spy agency said the North had suffered 4,700 casualties, including 600 dead, "
     "according to Lee.",
     "600 dead", REPORTED, "Seoul's spy agency"},
    {"\"according to\" after a label's colon",
     "North Korean casualties to date: roughly 3,900, about 400 of them killed, according to Kyiv.",
     "about 400 of them killed", REPORTED, "Kyiv"},
    {"what a speaker left out denies nothing",
     "Zelensky claimed, without offering evidence, that about 3,000 soldiers had been killed.",
     "about 3,000 soldiers had been killed", REPORTED, "Zelensky"},
    {"a denial without evidence still denies",
     "Pyongyang denied, without offering evidence, that 3,000 soldiers had been killed.",
     "3,000 soldiers had been killed", NEGATED, "Pyongyang"},
    {"possessive estimate", "Seoul's estimate of 11,000 troops is widely shared.", "11,000 troops",
     HEDGED, "Seoul"},
    {"spy agency estimated",
     "Ukraine's military intelligence estimated that 11,000 troops were in Kursk.", "11,000 troops",
     HEDGED, "Ukraine's military intelligence"},
    {"reported by", "The figure of 3,000 casualties was reported by the BBC.", "3,000 casualties",
     REPORTED, "BBC"},
    {"accented name", "Émile Durand said 300 troops left.", "300 troops", REPORTED,
     "Émile Durand"},
    {"claims by", "Claims by Kyiv that 3,000 troops died spread quickly.", "3,000 troops", REPORTED,
     "Kyiv"},

    /* A speaker that names no one: a named one in the sentence is preferred,
     * else the noun keeps its determiner; a name opening the sentence stays. */
    {"generic gives way to a named speaker",
     "Kyiv's military intelligence estimated that in the past week of fighting 300 troops died, "
     "the ministry said.",
     "300 troops", HEDGED, "Kyiv's military intelligence"},
    {"the agency, whole", "The agency said 11,000 troops are in Russia.", "11,000 troops",
     REPORTED, "the agency"},
    {"a longer description keeps its words", "A defence spokesperson said 1,500 troops arrived.",
     "1,500 troops", REPORTED, "defence spokesperson"},
    {"a lone capital opening the sentence is no name",
     "Baseless claims circulated by pro-Kremlin bloggers that Pyongyang had shipped 1,000 "
     "missiles to Russia were meant to frighten, one official said.",
     "1,000 missiles", DISPUTED, "pro-Kremlin bloggers"},
    {"a name opening the sentence stays", "Officials said 11,000 troops are in Russia.",
     "11,000 troops", REPORTED, "Officials"},

    /* Negation. */
    {"did not send", "North Korea did not send troops to Russia.", "troops", NEGATED, NULL},
    {"no troops", "North Korea sent no troops to Kursk.", "troops", NEGATED, NULL},
    {"never deployed", "North Korea has never deployed soldiers abroad.", "soldiers", NEGATED, NULL},
    {"not only", "North Korea has not only sent 11,000 troops but also shells.", "11,000 troops",
     ASSERTED, NULL},
    {"no fewer than is a bound", "No fewer than 10,000 troops arrived.", "10,000 troops", ASSERTED,
     NULL},
    {"denied that", "The Kremlin denied that 10,000 North Korean troops were in Kursk.",
     "10,000 North Korean troops", NEGATED, "Kremlin"},
    {"post negation with said", "No troops have been sent, the ministry said.", "troops", NEGATED,
     "the ministry"},
    {"no evidence", "There is no evidence that North Korea sent 10,000 troops.", "10,000 troops",
     NEGATED, NULL},
    /* not confirming, or not denying, is no denial: the claim is reported */
    /* (a speaker that says only that it cannot confirm is none: DESIGN.md) */
    {"could not confirm",
     "The Pentagon said it could not independently confirm reports that 500 soldiers were killed.",
     "500 soldiers", REPORTED, NULL},
    {"could not be verified", "Kyiv's claim that 3,000 soldiers were killed could not be verified.",
     "3,000 soldiers", REPORTED, "Kyiv"},
    {"did not deny", "The Kremlin did not deny that 10,000 North Korean troops were in Kursk.",
     "10,000 North Korean troops", REPORTED, NULL},
    {"has yet to confirm", "Seoul has yet to confirm that 1,500 special forces are in Vladivostok.",
     "1,500 special forces", REPORTED, NULL},
    /* a negation whose own verb is one of confirming or commenting is
     * the source's silence (silence_verbs) */
    {"neither nor has confirmed",
     "Kyiv says 11,000 troops are in Kursk, which neither Moscow nor Pyongyang has confirmed.",
     "11,000 troops", REPORTED, "Kyiv"},
    {"a speaker that has not confirmed is no source",
     "Neither Moscow nor Pyongyang has confirmed that 11,000 troops are in Kursk.",
     "11,000 troops", REPORTED, NULL},
    {"said nothing about", "Moscow has said nothing about reports that 12,000 troops are in Kursk.",
     "12,000 troops", REPORTED, NULL},
    {"nothing to say about",
     "There was nothing to say about reports that 12,000 troops were in Russia.", "12,000 troops",
     REPORTED, NULL},
    {"did not rule out", "Putin did not rule out that 11,000 troops were in Russia.",
     "11,000 troops", REPORTED, NULL},
    {"no confirmation was available",
     "No independent confirmation was available for Kyiv's claim of 300 soldiers killed.",
     "300 soldiers", REPORTED, "Kyiv"},
    {"neither confirmed nor denied",
     "The Kremlin has neither confirmed nor denied reports that 12,000 troops were sent.",
     "12,000 troops", REPORTED, NULL},
    {"have not commented on", "State media have not commented on the dispatch of 12,000 troops.",
     "12,000 troops", REPORTED, NULL},
    {"has not responded to",
     "North Korea has not responded to reports that 300 of its soldiers were killed.",
     "300 of its soldiers", REPORTED, NULL},
    {"made no mention of", "State television made no mention of the 600 soldiers killed.",
     "600 soldiers", REPORTED, NULL},
    {"no one would confirm", "No official would confirm the arrival of 3,000 troops.",
     "3,000 troops", REPORTED, NULL},
    /* a participle's "Having …" clause is what the subject did before */
    {"having denied, then confirmed",
     "Having long denied the deployment, Pyongyang confirmed that 14,000 troops had fought.",
     "14,000 troops", REPORTED, "Pyongyang"},
    /* a fronted "Of …," phrase names the whole: its cue is the whole's */
    {"a plan in the of-phrase is the whole's",
     "Of a planned third dispatch of 5,000 troops, around 900 are believed to have arrived.",
     "around 900", HEDGED, NULL},
    {"a plan after a figure of the of-phrase is the whole's",
     "Of the 6,000 soldiers in the planned dispatch, about 1,000 have already arrived.",
     "about 1,000", ASSERTED, NULL},
    /* and the part's predicate after the phrase's comma is no cue of the
     * whole in it */
    {"a part's denial after the of-phrase denies nothing of the whole",
     "Of about 50 missiles fired, almost half did not reach their targets.", "about 50", ASSERTED,
     NULL},
    {"a part's hedge after the of-phrase hedges nothing of the whole",
     "Of some 40 missiles fired, about half are believed to have failed, officials said.",
     "some 40", REPORTED, "officials"},
    {"the part after the of-phrase keeps its own denial",
     "Of about 50 missiles fired, almost half did not reach their targets.", "almost half",
     NEGATED, NULL},
    /* a cue after the comma that closes a relative clause the figure
     * stands in is the main clause's */
    {"a negation after a relative clause holding the figure is the main clause's",
     "North Korea, which has shipped some 5 million shells to Russia, has not been punished.",
     "some 5 million", ASSERTED, NULL},
    {"a denial in the relative clause holding the figure still acts",
     "North Korea, which denies it shipped some 5 million shells to Russia, faces new sanctions.",
     "some 5 million", NEGATED, NULL},
    {"a while clause holding a figure is set off too",
     "While Moscow rejected the 11,000 figure as inflated, Seoul said 3,000 had died.",
     "3,000 had died", REPORTED, "Seoul"},
    /* an elliptical "more" with its own verb holds the cue after it */
    {"a cue after 'and more' is the more's",
     "Pyongyang has some 11,000 troops in Kursk and more may follow soon.", "11,000 troops",
     ASSERTED, NULL},
    {"a cue after ', and more are' is the more's",
     "About 3,000 troops have arrived, and more are expected to follow.", "3,000 troops", ASSERTED,
     NULL},
    {"a cue before the more still acts",
     "About 3,000 troops may have arrived, and more are expected.", "3,000 troops", HEDGED, NULL},
    {"'more than' is no subject of its own",
     "About 3,000 troops are there, more than may be needed.", "3,000 troops", HEDGED, NULL},
    /* a cue right after "and" that opens a predicate with a count of its
     * own speaks of that count only */
    {"'and will send' another figure",
     "North Korea has sent 3,000 troops and will send 7,000 more.", "3,000 troops", ASSERTED, NULL},
    {"'and may deploy thousands more'",
     "Pyongyang has 11,000 troops in Kursk and may deploy thousands more.", "11,000 troops",
     ASSERTED, NULL},
    {"'and were expected' with no count of its own hedges its own predicate alone",
     "About 11,000 troops are in Kursk and were expected to see combat soon.", "11,000 troops",
     ASSERTED, NULL},
    {"a count past a comma is no count of the predicate, whose hedge is its own",
     "About 11,000 troops are in Kursk and may be moved, officials said on 5 March.",
     "11,000 troops", REPORTED, "officials"},
    /* a plan that opens another figure's noun phrase is that figure's */
    {"'as part of a planned force of' another figure",
     "About 1,500 troops have begun training as part of a planned force of 10,000.",
     "1,500 troops", ASSERTED, NULL},
    {"'the first of a planned' another figure",
     "Some 1,500 troops landed, the first of a planned 12,000.", "1,500 troops", ASSERTED, NULL},
    {"a plan with no figure of its own still acts",
     "About 1,500 troops have arrived under a planned rotation.", "1,500 troops", HYPOTHETICAL,
     NULL},
    {"a plan past a comma before the figure is no modifier of it",
     "About 1,500 troops arrived as planned, and 2,000 more later.", "1,500 troops", HYPOTHETICAL,
     NULL},
    {"a figure inside the of-phrase keeps the plan",
     "Of a planned dispatch of 5,000 troops, 900 have arrived.", "5,000 troops", HYPOTHETICAL,
     NULL},
    {"a figure inside the having clause is still denied",
     "Having denied sending 10,000 troops, Pyongyang went quiet.", "10,000 troops", NEGATED,
     NULL},
    {"a verb of denying keeps its meaning",
     "Moscow denied that 10,000 troops had been confirmed in Kursk.", "10,000 troops", NEGATED,
     "Moscow"},
    {"a silence verb past 'and' is another clause's",
     "North Korea sent no troops and later confirmed that 5,000 Russians had gone.", "troops",
     NEGATED, NULL},
    {"denial cut off by however",
     "Russia denied receiving 1 million shells; however, satellite images show 2 million shells.",
     "2 million shells", ASSERTED, NULL},
    {"negation too far away",
     "Nobody was surprised, and it is not a secret that the factories in the north, which had long "
     "been idle, produced 2 million shells.",
     "2 million shells", ASSERTED, NULL},
    {"contraction", "Pyongyang didn’t send 5,000 troops.", "5,000 troops", NEGATED, NULL},

    /* Disputes. */
    /* a denial of the event decides over the name the report is called
     * after it: the source says it did not happen */
    {"denied that, calling the report groundless",
     "The envoy denied that his country had sent 1,500 troops, calling the report a groundless "
     "rumour.",
     "1,500 troops", NEGATED, "the envoy"},
    {"denied reports and termed them baseless",
     "The ministry denied reports that it had sent 1 million shells and termed them baseless.",
     "1 million shells", NEGATED, "the ministry"},
    {"rejected, calling it propaganda, stays disputed",
     "The Kremlin rejected the claim that 12,000 troops had been sent, calling it propaganda.",
     "12,000 troops", DISPUTED, NULL},
    {"a rejection before the figure stays disputed",
     "Moscow denied any role and called the report of 12,000 troops fake news.", "12,000 troops",
     DISPUTED, "Moscow"},
    /* another party's denial of the claim the source reports, named in
     * an apposition after it, rejects it */
    {"a claim another party denies",
     "Kyiv says Russia fired 60 missiles at Ukraine, a claim Moscow denies.", "60 missiles",
     DISPUTED, "Kyiv"},
    {"something others have denied",
     "Kyiv says Russia fired 60 missiles, something both Moscow and Pyongyang have denied.",
     "60 missiles", DISPUTED, "Kyiv"},
    {"a denial after the figure, no apposition",
     "North Korea sent 5,000 troops to Russia, Pyongyang denied.", "5,000 troops", NEGATED,
     "Pyongyang"},
    {"were untrue", "Reports that 10,000 troops were in Russia were untrue.", "10,000 troops",
     DISPUTED, NULL},
    {"was not true", "The claim that 3,000 soldiers were killed was not true.", "3,000 soldiers",
     DISPUTED, NULL},
    {"were lies", "Reports that 10,000 troops were in Russia were lies, the envoy said.",
     "10,000 troops", DISPUTED, "the envoy"},
    {"called a falsification", "Officials called the account of 12,000 troops a falsification.",
     "12,000 troops", DISPUTED, NULL},
    {"a possessive's account is its maker's",
     "Officials called Kyiv's account of 12,000 troops a falsification.", "12,000 troops",
     DISPUTED, "Kyiv"},
    {"lies of a place is no lie", "The base where 500 troops are stationed lies 20 km from the border.",
     "500 troops", ASSERTED, NULL},
    {"dismissed as, after the claim",
     "Reports that 10,000 troops had arrived were dismissed as propaganda by Kyiv.", "10,000 troops",
     DISPUTED, NULL},
    {"rejected claims", "Kyiv rejected claims that 50,000 troops were coming.", "50,000 troops",
     DISPUTED, NULL},
    {"baseless claims", "The government has rejected as baseless claims that it sent 8,000 troops.",
     "8,000 troops", DISPUTED, NULL},
    {"disputed beats negated", "Seoul called the claim that no troops were sent absurd.", "troops",
     DISPUTED, NULL},

    /* Hedges. */
    {"reportedly", "North Korea reportedly sent 12,000 troops.", "12,000 troops", HEDGED, NULL},
    {"allegedly", "North Korea allegedly shipped a million shells.", "a million shells", HEDGED,
     NULL},
    {"may", "Russia may receive 5,000 more troops next month.", "5,000 more troops", HEDGED, NULL},
    {"an estimated", "An estimated 11,000 troops are in Russia.", "11,000 troops", HEDGED, NULL},
    /* the figure's own approximator is the speaker's estimate, reported;
     * a speaker's verb that hedges still hedges */
    {"an estimated, said", "Drones wounded an estimated 150 troops, the spokesman said.",
     "an estimated 150 troops", REPORTED, "the spokesman"},
    {"estimated, speaker's verb", "The Pentagon estimated about 1,000 deaths.",
     "estimated about 1,000 deaths", HEDGED, "Pentagon"},
    {"an exception ends a negation", "There were no prisoners other than the two.", "the two",
     ASSERTED, NULL},
    {"a cue after two figures speaks of the nearer",
     "Of the 4,000 who have become casualties, around 1,000 are reported to have been killed.",
     "4,000", ASSERTED, NULL},
    {"… and acts on that one",
     "Of the 4,000 who have become casualties, around 1,000 are reported to have been killed.",
     "around 1,000", HEDGED, NULL},
    {"suspected, after", "The troops are suspected to number 10,000.", "10,000", HEDGED, NULL},
    {"the month May is no hedge", "Sanctions were imposed in May 2024 on 10 firms.", "10 firms",
     ASSERTED, NULL},
    {"hedge beats reported", "Officials said 11,000 troops were possibly sent.", "11,000 troops",
     HEDGED, "Officials"},

    /* Forecasts are hedged: a projection someone makes, not a condition. */
    {"is expected to", "Pyongyang is expected to send 10,000 more troops by spring.",
     "10,000 more troops", HEDGED, NULL},
    {"predicted", "U.S. military intelligence predicted the transfer of 1 million shells.",
     "1 million shells", HEDGED, "U.S. military intelligence"},
    {"is forecast to", "The deployment is forecast to reach 15,000 by spring.", "15,000", HEDGED,
     NULL},
    {"forecast, will", "Officials forecast that 15,000 troops will arrive.", "15,000 troops",
     HEDGED, "Officials"},
    {"will", "The North will have 20,000 soldiers in Russia by summer.", "20,000 soldiers", HEDGED,
     NULL},

    /* Hypotheticals. */
    {"might", "North Korea might send up to 100,000 soldiers.", "up to 100,000 soldiers",
     HYPOTHETICAL, NULL},
    {"could", "North Korea could send another 20,000 troops.", "another 20,000 troops",
     HYPOTHETICAL, NULL},
    {"would", "North Korea would send 50,000 troops if asked.", "50,000 troops", HYPOTHETICAL, NULL},
    {"plans to", "Pyongyang plans to send 10,000 more troops.", "10,000 more troops", HYPOTHETICAL,
     NULL},
    {"negated beats hypothetical", "Pyongyang said it would not send 10,000 troops.",
     "10,000 troops", NEGATED, "Pyongyang"},
    /* "not … until" a date says when it happened at last */
    {"not until a month", "North Korea had not sent troops until October.", "October", ASSERTED,
     NULL},
    {"not in a month", "North Korea had not sent troops in October.", "October", NEGATED, NULL},
    /* "and never returned" tells a loss; a "never" of the figure's own
     * verb still denies it */
    {"went and never returned: a loss, no denial",
     "Some 12,000 soldiers went to Russia and never returned.", "Some 12,000", ASSERTED, NULL},
    {"went and did not return: a loss, no denial",
     "About 900 soldiers were sent to the front and did not return.", "About 900", ASSERTED, NULL},
    {"never went: denied", "Some 12,000 soldiers never went to Russia.", "Some 12,000", NEGATED,
     NULL},
    /* a modal that a relative pronoun after the figure opens is that
     * clause's; one the figure's own clause has, or a plan whose object
     * the figure is, is still the figure's */
    {"'that would' after a toll: the clause's",
     "North Korea has suffered several hundred casualties that would range from the killed to "
     "the wounded.",
     "several hundred", ASSERTED, NULL},
    {"', which would' after a toll: the clause's",
     "North Korea has suffered about 500 casualties, which would include the dead and wounded.",
     "about 500", ASSERTED, NULL},
    {"'that would' after a date: the treaty's",
     "Kim and Putin signed a treaty on June 19 that would oblige each side to help the other.",
     "June 19", ASSERTED, NULL},
    /* "rather than" and "instead of" open no clause: a speaker after them
     * speaks of the figure before; a rival figure after them has its own */
    {"'rather than' before the speaker",
     "About 300 soldiers have died, many choosing to blow themselves up rather than surrender, "
     "according to the NIS.",
     "About 300", REPORTED, "NIS"},
    {"'instead of' before the speaker",
     "Some 500 soldiers were sent to the front instead of to the rear, officials said.",
     "Some 500", REPORTED, "officials"},
    {"'rather than' a rival figure: its speaker is the rival's",
     "Some 3,000 soldiers have been killed rather than the 4,000 Ukraine has claimed.",
     "Some 3,000", ASSERTED, NULL},
    {"'that could' after 'said': the pronoun's clause",
     "North Korea has sent 3,000 more troops, and analysts said that could change the war.",
     "3,000", ASSERTED, NULL},
    {"the figure's own modal stays", "North Korea would send some 3,000 more troops.",
     "some 3,000", HYPOTHETICAL, NULL},
    {"'that' with the plan's subject after it: the figure is planned",
     "Seoul is tracking the 6,000 soldiers that North Korea plans to send.", "6,000",
     HYPOTHETICAL, NULL},
    {"a reduced relative with its own speaker: a doubt before it is of the rest",
     "It is unclear whether the 3,000 reinforcements Seoul says arrived have entered combat.",
     "3,000", REPORTED, "Seoul"},
    {"no speaker of its own: the doubt is the figure's",
     "It is unclear whether the 3,000 reinforcements have entered combat.", "3,000", HEDGED,
     NULL},

    /* Hedges, forecasts, non-denials and relative clauses of a second
     * round of real reporting. */
    {"a toll that could be as many as: a guess at a figure, hedged",
     "The real toll could be as many as 5,000, Ukrainian officials believe.", "as many as 5,000",
     HEDGED, "Ukrainian officials"},
    {"casualties that could be as high as: hedged",
     "The true number of casualties could be as high as 7,000.", "as high as 7,000", HEDGED,
     NULL},
    {"could send as many as: still a condition",
     "North Korea could send as many as 5,000 more troops.", "as many as 5,000", HYPOTHETICAL,
     NULL},
    {"a force that could be as many as by a date: still hypothetical",
     "The force could be as many as 25,000 by year's end, Zelensky warned.", "as many as 25,000",
     HYPOTHETICAL, "Zelensky"},
    {"slated to: a timetable, hedged",
     "Pyongyang is slated to send some 6,000 engineers this summer, Moscow announced.",
     "some 6,000", HEDGED, "Moscow"},
    {"a realistic possibility: hedged, with its speaker",
     "There is a realistic possibility that North Korean casualties now number more than 6,000, "
     "the UK Ministry of Defence said.",
     "more than 6,000", HEDGED, "UK Ministry of Defence"},
    {"on track to: a forecast, hedged",
     "North Korea is on track to ship more than 4 million shells to Russia this year.",
     "more than 4 million", HEDGED, NULL},
    {"unclear how many of a whole: the whole stated",
     "It is unclear how many of the roughly 12,000 North Korean troops sent to Kursk are still "
     "fighting.",
     "roughly 12,000", ASSERTED, NULL},
    {"unclear how many with no whole: still hedged",
     "It is unclear how many troops, perhaps 3,000, have reached Kursk.", "3,000", HEDGED, NULL},
    {"a relative clause on the account a figure comes from judges the figure",
     "According to the Kiev regime's own figures, which Moscow dismisses as propaganda, up to "
     "3,000 "
     "Korean servicemen were put out of action.",
     "up to 3,000", DISPUTED, "Kiev regime"},
    {"a relative clause on a party stays that party's",
     "Kyiv, which Moscow accuses of inflating its figures, says about 3,000 North Koreans have "
     "been killed.",
     "about 3,000", REPORTED, "Kyiv"},
    {"quoted the agency as telling: the agency speaks",
     "Lawmaker Park Sun-won quoted the agency as telling the committee that about 4,700 North "
     "Korean soldiers had been killed or wounded.",
     "about 4,700", REPORTED, "the agency"},
    {"satellite imagery suggests: hedged, the imagery its source",
     "Satellite imagery suggests at least 2,000 containers were unloaded at Dunai.",
     "at least 2,000", HEDGED, "Satellite imagery"},
    {"a people's adjective before estimates: the noun",
     "Pyongyang's state media dismissed as a wild exaggeration Western estimates that 2,000 of "
     "its soldiers had died.",
     "2,000", DISPUTED, "Western estimates"},
    {"a people's adjective before claims: the noun",
     "Peskov called it fake news when asked about South Korean claims that 1,500 special forces "
     "had landed in Vladivostok.",
     "1,500", DISPUTED, "South Korean claims"},
    {"in all likelihood: hedged, with its speaker",
     "In all likelihood, the JCS said, another 3,000 soldiers crossed into Russia early this year.",
     "3,000", HEDGED, "JCS"},
    {"conceivably: hedged", "Conceivably, Pyongyang has sent 20,000 soldiers by now.", "20,000",
     HEDGED, NULL},
    {"would appear to: hedged, no condition",
     "North Korea would appear to have delivered at least 8 million rounds since 2023.",
     "at least 8 million", HEDGED, NULL},
    {"would, without appear: still a condition",
     "North Korea would deliver at least 8 million rounds if asked.", "at least 8 million",
     HYPOTHETICAL, NULL},
    {"put at a figure by someone, in the passive: the someone",
     "The North Korean contingent was put at roughly 10,000 by people familiar with the "
     "intelligence.",
     "roughly 10,000", REPORTED, "people familiar with the intelligence"},
    {"put at a figure by a date: no one",
     "The North Korean contingent was put at roughly 10,000 by December.", "roughly 10,000",
     ASSERTED, NULL},
    {"due to arrive: a timetable, hedged",
     "Some 6,000 more are due to arrive by autumn, Russian state media said.", "Some 6,000",
     HEDGED, "Russian state media"},
    {"due to losses: a cause, no cue",
     "About 1,000 soldiers were withdrawn due to losses, Russian state media said.",
     "About 1,000", REPORTED, "Russian state media"},
    {"cited as saying, in the passive: the one cited",
     "Budanov was cited as saying that nearly 11,000 North Korean soldiers were training in "
     "Russia's Far East.",
     "nearly 11,000", REPORTED, "Budanov"},
    {"planners project: the planners' forecast",
     "Pentagon planners project that North Korean shell deliveries will top 12 million by the end "
     "of the year.",
     "12 million", HEDGED, "Pentagon planners"},

    /* Nothing at all. */
    {"plain statement", "North Korea sent 11,000 troops to Kursk in October.", "11,000 troops",
     ASSERTED, NULL},
    {"cue in the next clause only", "North Korea sent 11,000 troops, while Russia may send more.",
     "11,000 troops", ASSERTED, NULL},
    /* "not X but Y": the "not" negates the X alone, and its "but" cuts the
     * speaker off from neither */
    {"not X but Y: the X", "Kyiv says not hundreds but thousands of North Korean soldiers died.",
     "hundreds", NEGATED, "Kyiv"},
    {"not X but Y: the Y", "Kyiv says not hundreds but thousands of North Korean soldiers died.",
     "thousands", REPORTED, "Kyiv"},
    {"not X but a bound Y", "Kyiv says Russia fired not 20 but at least 60 North Korean missiles.",
     "at least 60", REPORTED, "Kyiv"},
    {"not just X but Y", "Pyongyang has sent not just 3,000 but 11,000 troops.", "11,000",
     ASSERTED, NULL},
    /* a clause after the claim's that finds nothing to bear it out */
    {"no sign of that, after though",
     "Kyiv claims 3,000 North Korean soldiers died, though there is no sign of that.", "3,000",
     DISPUTED, "Kyiv"},
    {"no sign of them leaving", "Kyiv says 3,000 North Korean soldiers are in Kursk, but there is "
     "no sign of them leaving.", "3,000", REPORTED, "Kyiv"},
};

/* The core pack as claimcheck loads it (rules.c): its attribution
 * patterns with their macros expanded, and its lexicon. */
static CcRuleSet *core;
static const CcLexicon *lexicon;
static GPtrArray *attributions;

static int
setup(void **state)
{
    (void)state;
    core = cc_ruleset_new();
    g_autoptr(GError) error = NULL;
    if (!cc_ruleset_load(core, CC_SOURCE_DIR "/rules/core", &error)
        || !cc_ruleset_compile(core, &error)) {
        print_error("%s\n", error->message);
        return -1;
    }
    lexicon = cc_ruleset_lexicon(core);
    attributions = cc_ruleset_attributions(core);
    return 0;
}

static int
teardown(void **state)
{
    (void)state;
    cc_ruleset_free(core);
    return 0;
}

static const char *const modality_names[] = {"asserted",     "reported", "hedged",
                                             "hypothetical", "negated",  "disputed"};

static void
test_table(void **state)
{
    (void)state;
    g_autoptr(CcModalityScope) scope = cc_modality_scope_new(lexicon, attributions);
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        const ModalityCase *c = &cases[i];
        const char *at = strstr(c->sentence, c->claim);
        if (at == NULL) {
            print_error("case %zu \"%s\": claim not in sentence\n", i, c->name);
            failures++;
            continue;
        }
        gsize ms = (gsize)(at - c->sentence);
        g_autofree char *who = NULL;
        CcModality got = cc_modality_assess(scope, c->sentence, 0, strlen(c->sentence), ms,
                                            ms + strlen(c->claim), &who);
        if (got != c->modality || g_strcmp0(who, c->who) != 0) {
            print_error("case %zu \"%s\": got %s, \"%s\"; want %s, \"%s\"\n", i, c->name,
                        modality_names[got], who ? who : "(none)", modality_names[c->modality],
                        c->who ? c->who : "(none)");
            failures++;
        }
    }
    print_message("%zu modality rows\n", G_N_ELEMENTS(cases));
    assert_int_equal(failures, 0);
}

/* Offsets inside a larger text: only the sentence's own words count. */
static void
test_offsets(void **state)
{
    (void)state;
    g_autoptr(CcModalityScope) scope = cc_modality_scope_new(lexicon, attributions);
    const char *text = "Seoul denied it. North Korea sent 11,000 troops. Officials might disagree.";
    const char *claim = strstr(text, "11,000 troops");
    gsize ss = 17, se = 48, ms = (gsize)(claim - text);
    g_autofree char *who = NULL;
    assert_int_equal(cc_modality_assess(scope, text, ss, se, ms, ms + 13, &who),
                     CC_MODALITY_ASSERTED);
    assert_null(who);
    /* Judged against the whole text, the denial in the sentence before
     * would reach it: the sentence bounds are what keep it out. */
    assert_int_equal(cc_modality_assess(scope, text, 0, strlen(text), ms, ms + 13, NULL),
                     CC_MODALITY_NEGATED);
}

/* A negation or condition inside a figure's own words ("5 million, if not
 * 6 million,") joins its alternatives; the same words in a rule's match
 * that names no figure (the match is the value) still act. */
static void
test_figure_alternatives(void **state)
{
    (void)state;
    g_autoptr(CcModalityScope) scope = cc_modality_scope_new(lexicon, attributions);
    static const struct {
        const char *name, *sentence, *match, *value;
        CcModality want;
        const char *who;
    } rows[] = {
        {"'if not' between two figures of one value",
         "North Korea has supplied 5 million, if not 6 million, shells to Moscow, Kyiv said.",
         "North Korea has supplied 5 million, if not 6 million, shells",
         "5 million, if not 6 million,", REPORTED, "Kyiv"},
        {"a negation outside the figure's words still acts",
         "North Korea has not supplied 5 million, if not 6 million, shells to Moscow.",
         "North Korea has not supplied 5 million, if not 6 million, shells",
         "5 million, if not 6 million,", NEGATED, NULL},
        {"'if not' after the counted noun joins the figures",
         "North Korea has supplied 5 million shells, if not 6 million, to Moscow, Kyiv said.",
         "North Korea has supplied 5 million", "5 million", REPORTED, "Kyiv"},
        {"'if not' after the noun and before no figure is a condition, no denial",
         "North Korea has supplied 5 million shells, if not stopped, Kyiv said.",
         "North Korea has supplied 5 million", "5 million", REPORTED, "Kyiv"},
        {"a match with no figure of its own keeps its negation",
         "North Korea has not sent troops to Russia.", "North Korea has not sent troops to Russia",
         "North Korea has not sent troops to Russia", NEGATED, NULL},
    };
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        const char *s = rows[i].sentence;
        gsize ms = (gsize)(strstr(s, rows[i].match) - s);
        gsize vs = (gsize)(strstr(s, rows[i].value) - s);
        g_autofree char *who = NULL;
        cc_modality_scope_forget(scope);
        CcModality got = cc_modality_assess_again(
            scope, s, 0, strlen(s), ms, ms + strlen(rows[i].match), vs, vs + strlen(rows[i].value),
            0, 0, ms, ms + strlen(rows[i].match), &who);
        if (got != rows[i].want || g_strcmp0(who, rows[i].who) != 0) {
            print_error("row \"%s\": got %s, \"%s\"; want %s, \"%s\"\n", rows[i].name,
                        modality_names[got], who ? who : "(none)", modality_names[rows[i].want],
                        rows[i].who ? rows[i].who : "(none)");
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* Sides and terminators from a lexicon built by hand. */
static void
test_sides(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    g_autoptr(GError) error = NULL;
    assert_true(cc_lexicon_add(lex, "modality", "rumour", "hedged pre", "t", 1, &error));
    assert_true(cc_lexicon_add(lex, "modality", "denied", "negated post", "t", 2, &error));
    assert_true(cc_lexicon_add(lex, "modality", "said", "reported", "t", 3, &error));
    /* Two cues with one first word: the longer is tried first. */
    assert_true(cc_lexicon_add(lex, "modality", "rumour has it", "reported", "t", 6, &error));
    assert_true(cc_lexicon_add(lex, "terminators", "but", "", "t", 4, &error));
    assert_true(cc_lexicon_add(lex, "terminators", "so", "", "t", 5, &error));
    assert_true(cc_lexicon_add(lex, "terminators", "kept", "", "t", 7, &error));
    g_autoptr(CcModalityScope) scope = cc_modality_scope_new(lex, NULL);

    static const struct {
        const char *name, *sentence, *claim;
        CcModality want;
    } rows[] = {
        {"pre cue before", "A rumour has 500 troops leaving.", "500 troops", HEDGED},
        {"the longer cue of a first word", "Rumour has it 500 troops left.", "500 troops",
         REPORTED},
        {"pre cue after does nothing", "500 troops leaving is a rumour.", "500 troops", ASSERTED},
        /* (not ", which Seoul denied": another party's denial in a relative
         * clause after a figure the writer states leaves it stated) */
        {"post cue after", "500 troops, Seoul denied.", "500 troops", NEGATED},
        {"relative denial after a stated figure", "500 troops, which Seoul denied.", "500 troops",
         ASSERTED},
        {"post cue before does nothing", "Seoul denied 500 troops.", "500 troops", ASSERTED},
        {"both sides after", "500 troops left, he said.", "500 troops", REPORTED},
        {"both sides before", "He said 500 troops left.", "500 troops", REPORTED},
        {"terminator blocks", "A rumour, but 500 troops left.", "500 troops", ASSERTED},
        {"window", "A rumour went round one two three four five six seven eight nine ten eleven "
                   "twelve thirteen 500 troops.", "500 troops", ASSERTED},
        {"case and spacing", "A RUMOUR   has 500 troops.", "500 troops", HEDGED},
        /* Cues are tried only where their first word starts a run of
         * letters; PCRE2 also takes LONG S (U+017F) for an s, and "x\u017Fo"
         * holds "so" between word boundaries (the long s is no word
         * character), so a window holding one is searched everywhere. */
        {"cue inside a word", "He unsaid 500 troops left.", "500 troops", ASSERTED},
        {"cue after digits", "He 9said 500 troops left.", "500 troops", ASSERTED},
        {"cue after punctuation", "He (said) 500 troops left.", "500 troops", REPORTED},
        {"cue glued to a word after it", "He saidx 500 troops left.", "500 troops", ASSERTED},
        {"long s elsewhere", "He \u017F said 500 troops left.", "500 troops", REPORTED},
        {"terminator with a long s", "A rumour, x\u017Fo 500 troops left.", "500 troops",
         ASSERTED},
        {"terminator written plain", "A rumour, so 500 troops left.", "500 troops", ASSERTED},
        /* and KELVIN SIGN (U+212A) for a k */
        {"terminator with a kelvin sign", "A rumour, x\u212Aept 500 troops left.", "500 troops",
         ASSERTED},
        {"kelvin sign elsewhere", "A rumour, \u212A 500 troops left.", "500 troops", HEDGED},
    };
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        const char *at = strstr(rows[i].sentence, rows[i].claim);
        assert_non_null(at);
        gsize ms = (gsize)(at - rows[i].sentence);
        g_autofree char *who = NULL;
        CcModality got = cc_modality_assess(scope, rows[i].sentence, 0, strlen(rows[i].sentence),
                                            ms, ms + strlen(rows[i].claim), &who);
        if (got != rows[i].want) {
            print_error("side case %zu \"%s\": got %s, want %s\n", i, rows[i].name,
                        modality_names[got], modality_names[rows[i].want]);
            failures++;
        }
        assert_null(who); /* no attribution patterns */
    }
    assert_int_equal(failures, 0);

    /* No tables at all: everything is asserted. */
    g_autoptr(CcLexicon) empty = cc_lexicon_new();
    g_autoptr(CcModalityScope) bare = cc_modality_scope_new(empty, NULL);
    const char *s = "North Korea reportedly did not send 500 troops.";
    assert_int_equal(cc_modality_assess(bare, s, 0, strlen(s), 36, 46, NULL), ASSERTED);
}

/* Claims of one sentence share what was found in its window: judged one
 * after another with cc_modality_assess_again(), each gets what a fresh
 * cc_modality_assess() gives it, in any order, across sentences. */
static void
test_again(void **state)
{
    (void)state;
    g_autoptr(CcModalityScope) scope = cc_modality_scope_new(lexicon, attributions);
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        const char *s = cases[i].sentence;
        gsize n = strlen(s);
        const char *at = strstr(s, cases[i].claim);
        assert_non_null(at);
        gsize ms = (gsize)(at - s), me = ms + strlen(cases[i].claim);
        /* The claim, the sentence's first and last word, the claim again. */
        gsize spans[][2] = {{ms, me}, {0, 5}, {n - 5, n}, {ms, me}};
        for (gsize k = 0; k < G_N_ELEMENTS(spans); k++) {
            g_autofree char *who_fresh = NULL, *who_again = NULL;
            CcModality fresh =
                cc_modality_assess(scope, s, 0, n, spans[k][0], spans[k][1], &who_fresh);
            if (k == 0)
                cc_modality_scope_forget(scope);
            CcModality again =
                cc_modality_assess_again(scope, s, 0, n, spans[k][0], spans[k][1], spans[k][0],
                                         spans[k][1], 0, 0, 0, 0, &who_again);
            if (fresh != again || g_strcmp0(who_fresh, who_again) != 0) {
                print_error("case %zu \"%s\" span %zu: again %s \"%s\", fresh %s \"%s\"\n", i,
                            cases[i].name, k, modality_names[again],
                            who_again ? who_again : "(none)", modality_names[fresh],
                            who_fresh ? who_fresh : "(none)");
                failures++;
            }
        }
    }
    assert_int_equal(failures, 0);
}

/* An attribution pattern may open with a gate that ends its search where
 * it starts when the pattern's own ending, TAIL, follows nowhere:
 * "(?(?=\G(?![\s\S]*?TAIL))(*COMMIT)(*FAIL))" (rules/core/modality.rules,
 * "Gates"). It is exact only if every match holds TAIL: each gated pattern
 * must end in its gate's TAIL, and, searched as find_said() searches
 * (from the start, then from where the last match ended) over every bank
 * sentence, the examples' sentences and the cases above, it finds the
 * matches the pattern without its gate finds. */
#define GATE_OPEN "(?(?=\\G(?![\\s\\S]*?"
#define GATE_CLOSE "))(*COMMIT)(*FAIL))"

static void
add_bank_sentences(GPtrArray *sentences)
{
    g_autoptr(GDir) dir = g_dir_open(CC_FIXTURES_DIR "/phrasings", 0, NULL);
    assert_non_null(dir);
    for (const char *name; (name = g_dir_read_name(dir)) != NULL;) {
        if (!g_str_has_suffix(name, ".jsonl"))
            continue;
        g_autofree char *path = g_build_filename(CC_FIXTURES_DIR "/phrasings", name, NULL);
        g_autofree char *text = NULL;
        assert_true(g_file_get_contents(path, &text, NULL, NULL));
        g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
        for (guint i = 0; lines[i]; i++) {
            if (lines[i][0] != '{')
                continue;
            g_autoptr(JsonParser) parser = json_parser_new();
            assert_true(json_parser_load_from_data(parser, lines[i], -1, NULL));
            JsonObject *o = json_node_get_object(json_parser_get_root(parser));
            const char *s = json_object_get_string_member_with_default(o, "text", NULL);
            if (s != NULL)
                g_ptr_array_add(sentences, g_strdup(s));
        }
    }
}

/* Every bank sentence, the examples' sentences and the cases above. */
static GPtrArray *
said_sentences(void)
{
    GPtrArray *sentences = g_ptr_array_new_with_free_func(g_free);
    add_bank_sentences(sentences);
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
        g_ptr_array_add(sentences, g_strdup(cases[i].sentence));
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) error = NULL;
    if (!cc_ruleset_load(rules, CC_SOURCE_DIR "/rules", &error))
        fail_msg("%s", error->message);
    GPtrArray *all = cc_ruleset_rules(rules);
    for (guint i = 0; i < all->len; i++) {
        const CcRule *rule = all->pdata[i];
        for (guint j = 0; j < rule->examples->len; j++)
            g_ptr_array_add(sentences,
                            g_strdup(((CcExample *)rule->examples->pdata[j])->sentence));
    }
    return sentences;
}

static void
test_said_gates(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) sentences = said_sentences();
    g_autoptr(GError) error = NULL;
    guint gated = 0, matches = 0;
    for (guint a = 0; a < attributions->len; a++) {
        const char *source = cc_pattern_source(attributions->pdata[a]);
        if (!g_str_has_prefix(source, GATE_OPEN))
            continue;
        gated++;
        const char *close = strstr(source, GATE_CLOSE);
        assert_non_null(close);
        const char *rest = close + strlen(GATE_CLOSE);
        g_autofree char *tail =
            g_strndup(source + strlen(GATE_OPEN), (gsize)(close - source) - strlen(GATE_OPEN));
        if (!g_str_has_suffix(rest, tail))
            fail_msg("attribution %u: its gate's tail is not its ending: %s", a, tail);
        g_autoptr(CcPattern) bare = cc_pattern_new(rest, NULL, &error);
        assert_non_null(bare);
        const CcPattern *p = attributions->pdata[a];
        g_autoptr(CcMatch) m = cc_match_new(p), mb = cc_match_new(bare);
        for (guint k = 0; k < sentences->len; k++) {
            const char *s = sentences->pdata[k];
            gsize n = strlen(s), pos = 0;
            for (;;) {
                CcMatchResult got = cc_pattern_match(p, m, s, n, pos);
                CcMatchResult want = cc_pattern_match(bare, mb, s, n, pos);
                gsize gs = 0, ge = 0, ws = 0, we = 0;
                if (got == CC_MATCH_FOUND)
                    cc_match_group(m, 0, &gs, &ge);
                if (want == CC_MATCH_FOUND)
                    cc_match_group(mb, 0, &ws, &we);
                if (got != want || gs != ws || ge != we)
                    fail_msg("attribution %u from %zu of \"%s\": gated %d [%zu, %zu), "
                             "without its gate %d [%zu, %zu)",
                             a, pos, s, got, gs, ge, want, ws, we);
                if (want != CC_MATCH_FOUND)
                    break;
                matches++;
                pos = we > pos ? we : pos + 1;
            }
        }
    }
    /* the gates checked, and each against matches */
    assert_true(gated >= 3);
    assert_true(matches > 3 * gated);
}

/* The cues and terminators are found by their phrases' first words, a
 * word looked up only where its bit of the heads' keys is set, and each
 * tried only where what follows the word may go on as one of its phrases
 * does (src/modality.c, head_key(), head_may_match()): those tests must
 * let through every place a phrase matches. Over the sentences above and each phrase
 * of the two tables followed by a space and a word, a comma, a hyphen, a
 * digit, an underscore, two spaces or nothing, the places found so are
 * those the search of the whole alternation finds. A phrase whose word's
 * follower the test forgets fails here. */
static void
test_phrase_heads(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) sentences = said_sentences();
    static const char *const tables[] = {"modality", "terminators"};
    static const char *const after[] = {"", " x", ",", "-x", "5", "_", "  y", "."};
    for (gsize t = 0; t < G_N_ELEMENTS(tables); t++) {
        GPtrArray *entries = cc_lexicon_entries(lexicon, tables[t]);
        assert_non_null(entries);
        for (guint i = 0; i < entries->len; i++) {
            const CcLexiconEntry *e = entries->pdata[i];
            for (gsize k = 0; k < G_N_ELEMENTS(after); k++)
                g_ptr_array_add(sentences, g_strdup_printf("Then %s%s", e->phrase, after[k]));
        }
    }
    CcModalityScope *scope = cc_modality_scope_new(lexicon, attributions);
    guint found = 0;
    for (gsize t = 0; t < G_N_ELEMENTS(tables); t++) {
        for (guint k = 0; k < sentences->len; k++) {
            const char *s = sentences->pdata[k];
            g_autoptr(GArray) got = cc_modality_phrases_in(scope, tables[t], s, 0, strlen(s), FALSE);
            g_autoptr(GArray) want = cc_modality_phrases_in(scope, tables[t], s, 0, strlen(s), TRUE);
            for (guint j = 0; j < MAX(got->len, want->len); j += 2) {
                if (j < got->len && j < want->len
                    && g_array_index(got, gsize, j) == g_array_index(want, gsize, j)
                    && g_array_index(got, gsize, j + 1) == g_array_index(want, gsize, j + 1))
                    continue;
                fail_msg("%s in \"%s\": phrase %u at %zd by first words, %zd searched", tables[t],
                         s, j / 2, j < got->len ? (gssize)g_array_index(got, gsize, j) : -1,
                         j < want->len ? (gssize)g_array_index(want, gsize, j) : -1);
            }
            found += want->len / 2;
        }
    }
    cc_modality_scope_free(scope);
    assert_true(found > 5000);
}

/* Verdicts that nothing bears out a claim taken up again
 * (cc_modality_finds_nothing_for()), and sentences that are none. */
static const struct {
    const char *text;
    gboolean verdict;
} nothing_cases[] = {
    {"There is no sign of it.", TRUE},
    {"Seoul says it has found no evidence of that.", TRUE},
    {"\"We have not seen anything to confirm that,\" a NATO official said.", TRUE},
    {"We don\xE2\x80\x99t have any evidence of it.", TRUE},
    {"Seoul has seen no evidence of this so far.", TRUE},
    {"There is no sign of them leaving.", FALSE},
    {"Is there any sign of it?", FALSE},
    {"We have seen anything to confirm that.", FALSE},
    {"There was no confirmation of it.", FALSE},
    {"There is no sign of the 3,000 troops.", FALSE},
    {"Meanwhile, there is no sign of it.", FALSE},
};

static void
test_finds_nothing(void **state)
{
    (void)state;
    for (gsize i = 0; i < G_N_ELEMENTS(nothing_cases); i++) {
        const char *t = nothing_cases[i].text;
        if (cc_modality_finds_nothing_for(t, 0, strlen(t)) != nothing_cases[i].verdict)
            fail_msg("case %zu \"%s\": expected %s", i, t,
                     nothing_cases[i].verdict ? "a verdict" : "none");
    }
}

/* An attribution pattern may test what follows before a lookbehind that
 * guards an optional part, or open a list of words with the class of their
 * first letters (rules/core/modality.rules, after "Gates"): each such test
 * must hold wherever what it guards matches, so that it changes no match.
 * Each pattern that has one, searched as find_said() searches over the
 * sentences test_said_gates() reads, finds the matches (and the speaker)
 * the pattern without them finds: a word added to a list whose first
 * letter the class lacks fails here. */
static const char *const lookahead_tests[][2] = {
    {"(?=[dafhcsm])", ""},
    {"(?=[sualtmgidwrf0-9])", ""},
    {"(?=,)(?<=", "(?<="},
    {"(?=\\s+to\\s)(?<=", "(?<="},
    {"(?=\\s+(?-i:[A-ZÀ-ÖØ-Þ]))(?<=lawmaker|", "(?<=lawmaker|"},
    {"(?-i:(?=[A-Z]))(?<=\\bin", "(?<=\\bin"},
    {"(?-i:(?<![A-Za-z0-9_]))(?<relay>)", "(?<relay>)"},
};

static void
test_said_lookaheads(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) sentences = said_sentences();
    g_autoptr(GError) error = NULL;
    guint tested = 0, matches = 0;
    gboolean used[G_N_ELEMENTS(lookahead_tests)] = {FALSE};
    for (guint a = 0; a < attributions->len; a++) {
        const char *source = cc_pattern_source(attributions->pdata[a]);
        g_autofree char *bare = g_strdup(source);
        for (gsize t = 0; t < G_N_ELEMENTS(lookahead_tests); t++) {
            if (strstr(bare, lookahead_tests[t][0]) == NULL)
                continue;
            used[t] = TRUE;
            g_auto(GStrv) parts = g_strsplit(bare, lookahead_tests[t][0], -1);
            g_free(bare);
            bare = g_strjoinv(lookahead_tests[t][1], parts);
        }
        if (strcmp(bare, source) == 0)
            continue;
        tested++;
        g_autoptr(CcPattern) without = cc_pattern_new(bare, NULL, &error);
        assert_non_null(without);
        const CcPattern *p = attributions->pdata[a];
        int who = cc_pattern_group_index(p, "who"), who_bare = cc_pattern_group_index(without, "who");
        g_autoptr(CcMatch) m = cc_match_new(p), mb = cc_match_new(without);
        for (guint k = 0; k < sentences->len; k++) {
            const char *s = sentences->pdata[k];
            gsize n = strlen(s), pos = 0;
            for (;;) {
                CcMatchResult got = cc_pattern_match(p, m, s, n, pos);
                CcMatchResult want = cc_pattern_match(without, mb, s, n, pos);
                gsize gs = 0, ge = 0, ws = 0, we = 0, gws = 0, gwe = 0, wws = 0, wwe = 0;
                if (got == CC_MATCH_FOUND) {
                    cc_match_group(m, 0, &gs, &ge);
                    if (who >= 0)
                        cc_match_group(m, who, &gws, &gwe);
                }
                if (want == CC_MATCH_FOUND) {
                    cc_match_group(mb, 0, &ws, &we);
                    if (who_bare >= 0)
                        cc_match_group(mb, who_bare, &wws, &wwe);
                }
                if (got != want || gs != ws || ge != we || gws != wws || gwe != wwe)
                    fail_msg("attribution %u from %zu of \"%s\": with its tests %d [%zu, %zu), "
                             "without them %d [%zu, %zu)",
                             a, pos, s, got, gs, ge, want, ws, we);
                if (want != CC_MATCH_FOUND)
                    break;
                matches++;
                pos = we > pos ? we : pos + 1;
            }
        }
    }
    /* every test is in some pattern, and the patterns checked against matches */
    for (gsize t = 0; t < G_N_ELEMENTS(lookahead_tests); t++)
        if (!used[t])
            fail_msg("no attribution pattern has %s", lookahead_tests[t][0]);
    assert_true(tested >= 5);
    assert_true(matches > 3 * tested);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_offsets),
        cmocka_unit_test(test_figure_alternatives),
        cmocka_unit_test(test_sides),
        cmocka_unit_test(test_again),
        cmocka_unit_test(test_said_gates),
        cmocka_unit_test(test_said_lookaheads),
        cmocka_unit_test(test_phrase_heads),
        cmocka_unit_test(test_finds_nothing),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
