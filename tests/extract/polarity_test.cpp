// Polarity, scope and attribution (docs/extraction.md, "What a fact asserts"): exact claims on
// sentences written for the tests.
#include "tests/extract/test_support.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using Claims = std::vector<std::string>;
using Facts = std::vector<std::string>;

TEST(Polarity, ContractedNegationsNegateAndKeepTheirModal) {
    EXPECT_EQ(claimsOf("The mayor won't sign the budget."),
              Claims{"mayor | sign | budget [neg] [mod=will]"});
    EXPECT_EQ(claimsOf("The council didn't approve the plan."),
              Claims{"council | approve | plan [neg]"});
    EXPECT_EQ(claimsOf("The city can't pay the debt."),
              Claims{"city | pay | debt [neg] [mod=can]"});
    EXPECT_EQ(claimsOf("The city cannot pay the debt."),
              Claims{"city | pay | debt [neg] [mod=can]"});
    EXPECT_EQ(claimsOf("The firm hasn't paid the fine."), Claims{"firm | pay | fine [neg]"});
    EXPECT_EQ(claimsOf("The bank shouldn't raise its rates."),
              Claims{"bank | raise | rates [neg] [mod=should]"});
}

TEST(Polarity, CopularNegation) {
    EXPECT_EQ(claimsOf("The manager isn't responsible for the delays."),
              Claims{"manager | be responsible for | delays [neg]"});
    EXPECT_EQ(claimsOf("The senator was not a member of the committee."),
              Claims{"senator | be | member of the committee [neg]"});
}

TEST(Polarity, NeitherNorDeniesEachConjunct) {
    EXPECT_EQ(claimsOf("Neither the mayor nor the governor attended the ceremony."),
              (Claims{"mayor | attend | ceremony [neg]", "governor | attend | ceremony [neg]"}));
}

TEST(Polarity, ANeitherOnTheFirstVerbAloneNegatesIt) {
    // The parse skips "nor" and hangs "neither" on "seeking": the seeking is denied, and what
    // follows the skipped "nor" is read by nobody.
    EXPECT_EQ(factsOf({doc("a", "Harbour chief Lena Dahl said she is neither seeking a seat on "
                                "the board nor does she want to join the talks.")}),
              Facts{"Lena Dahl | seek | seat [neg]"});
}

TEST(Polarity, NegativeQuantifiersDeny) {
    EXPECT_EQ(claimsOf("Nobody in the council was naive about the risks."),
              Claims{"council | be naive about | risks [neg]"});
    EXPECT_EQ(claimsOf("No one in the village saw the thief."),
              Claims{"village | see | thief [neg]"});
    EXPECT_EQ(claimsOf("None of the banks lent money to the city."),
              Claims{"banks | lend | money [neg]"});
    EXPECT_EQ(claimsOf("The firm never paid the fine."), Claims{"firm | pay | fine [neg]"});
    EXPECT_EQ(claimsOf("The study found no link between the drug and the illness."),
              Claims{"study | find | link between the drug and the illness [neg]"});
}

TEST(Polarity, AVerbsObjectUnderNoIsANegatedFact) {
    // "found no trace": not finding a trace. After "have" the "no" stays: nothing is had.
    EXPECT_EQ(factsOf({doc("a", "The divers found no trace of the missing trawler. The harbour "
                                "master has no boats.")}),
              Facts{"divers | find | trace of the missing trawler [neg]"});
}

TEST(Polarity, NobodyInAGroupDeniesEvenWhenTheParseHangsItElsewhere) {
    // The parse makes "NATO" the subject of "was" and hangs "nobody in" on "said".
    EXPECT_EQ(claimsOf("Speaking at the end of a meeting of council members in The Hague, Berg "
                       "also said nobody in NATO was naive about Russia and all member states "
                       "\"have more or less the same view\" of Moscow."),
              Claims{"NATO | be naive about | Russia [neg]"});
}

TEST(Polarity, NoPlansIsANegatedPlan) {
    EXPECT_EQ(claimsOf("The ministers have no plans to reduce the garrison."),
              (Claims{"ministers | have | no plans [neg]",
                      "ministers | reduce | garrison [neg] [mod=plan to]"}));
}

TEST(Polarity, NegationScopeIsInTheSurface) {
    EXPECT_EQ(factsOf({doc("a", "The company does not plan to leave the market.")}),
              Facts{"company | leave | market [neg] [mod=plan to]"});
    EXPECT_EQ(surfacesOf("The company does not plan to leave the market."),
              std::vector<std::string>{"does not plan to leave"});
}

TEST(Polarity, FailingToDoIsNotDoing) {
    EXPECT_EQ(claimsOf("The ministers failed to adopt the new budget."),
              Claims{"ministers | adopt | new budget [neg] [mod=fail to]"});
}

TEST(Polarity, ConjunctWithItsOwnAuxiliaryKeepsItsOwnPolarity) {
    EXPECT_EQ(claimsOf("The club can sell the ground but did not name a buyer."),
              (Claims{"club | sell | ground [mod=can]", "club | name | buyer [neg]"}));
}

TEST(Scope, RejectedCallsAreNotAsserted) {
    EXPECT_EQ(claimsOf("The governor rejected calls to build a new airport."),
              Claims{"governor | reject | calls to build a new airport"});
}

TEST(Scope, DeniedClaimsAreNotAsserted) {
    EXPECT_EQ(claimsOf("The union denied claims that it had broken the contract."),
              Claims{"union | deny | claims that it had broken the contract"});
}

TEST(Scope, DeniedClauseIsNegatedAndAttributed) {
    EXPECT_EQ(claimsOf("The minister denied that the city had sold the stadium."),
              Claims{"city | sell | stadium [neg] [by=minister]"});
}

TEST(Scope, IndirectQuestionsAssertNothing) {
    EXPECT_EQ(claimsOf("The company did not say if it would appeal the ruling."), Claims{});
    EXPECT_EQ(claimsOf("The board will decide whether the club sells the stadium."), Claims{});
}

TEST(Scope, WhQuestionsAssertNothingAndGerundsKeepTheirVerbsModality) {
    EXPECT_EQ(claimsOf("The debate is about how far the city should go in building its own port."),
              Claims{"city | build | port [mod=should]"});
    EXPECT_EQ(claimsOf("The mayor will resign after losing the vote."),
              Claims{"mayor | lose | vote [mod=will]"});
    // The parse hangs "in building" on "highlights", across the question's own verb.
    EXPECT_EQ(claimsOf("Berg's disagreement highlights a broader debate within Europe about how "
                       "far the EU should go in building its own military role."),
              Claims{"Berg's disagreement | highlight | broader debate within Europe"});
}

TEST(Scope, SayingDoesNotControlAnInfinitive) {
    // The parse hangs "to build" on "said"; nobody is said to build anything.
    EXPECT_EQ(claimsOf("The minister said Europe cannot secure its borders without US support "
                       "and rejected calls to build a separate navy."),
              Claims{"Europe | secure | borders [neg] [mod=can] [by=minister]"});
}

TEST(Scope, ANegationTheParseSkippedLeavesNothingAfterItAsserted) {
    // The parse leaves "nor" unlinked: "want to take part" would read as wanted.
    EXPECT_EQ(claimsOf("During an interview, the mayor said he is neither seeking a role in the "
                       "new council nor does he want to take part in the talks."),
              Claims{});
}

TEST(Scope, NegatedReportAssertsNothing) {
    EXPECT_EQ(claimsOf("The mayor did not say that the city would sell the stadium."), Claims{});
}

TEST(Scope, ConditionsCarryIf) {
    EXPECT_EQ(claimsOf("If the council approves the budget, the mayor will sign the law."),
              (Claims{"council | approve | budget [mod=if]", "mayor | sign | law [mod=will if]"}));
}

TEST(Scope, TheMainClauseOfAConditionHoldsOnlyUnderIt) {
    EXPECT_EQ(
        claimsOf("The club would only sell the striker if a rival paid a record fee."),
        (Claims{"club | sell | striker [mod=would if]", "rival | pay | record fee [mod=if]"}));
    EXPECT_EQ(
        claimsOf("The dockers will close the port unless the firm raises their wages."),
        (Claims{"dockers | close | port [mod=will unless]", "firm | raise | wages [mod=unless]"}));
    EXPECT_EQ(
        claimsOf("The partners share the costs if one of them leaves the venture."),
        (Claims{"partners | share | costs [mod=if]", "one of them | leave | venture [mod=if]"}));
    // "even if" concedes: the main clause holds either way.
    EXPECT_EQ(claimsOf("The council will build the bridge even if the state cuts its grant."),
              (Claims{"council | build | bridge [mod=will]", "state | cut | grant [mod=if]"}));
}

TEST(Scope, WhatIsFeltOrSaidUnderAConditionIsNotAsserted) {
    EXPECT_EQ(claimsOf("If the owners feel the skipper is not the right man, he will leave."),
              Claims{});
    EXPECT_EQ(claimsOf("If the council says the ferry is too slow, the town will buy a new one."),
              Claims{"town | buy | new one [mod=will if]"});
}

TEST(Scope, AClauseOfTimeInThePresentIsACondition) {
    EXPECT_EQ(claimsOf("We should work together when we have common goals."),
              Claims{"we | have | common goals [mod=when]"});
    EXPECT_EQ(claimsOf("The tax will fall once the council approves the budget."),
              Claims{"council | approve | budget [mod=once]"});
    // In the past it happened.
    EXPECT_EQ(claimsOf("When the minister arrived, she opened the bridge."),
              Claims{"she | open | bridge"});
}

TEST(Scope, ReportedlyIsAHedge) {
    EXPECT_EQ(claimsOf("The club reportedly sold the stadium."),
              Claims{"club | sell | stadium [mod=reportedly]"});
}

TEST(Scope, NamedGerundUnderAPrepositionIsNotAsserted) {
    EXPECT_EQ(claimsOf("The board voted on Norway joining the alliance."),
              Claims{"board | vote on | Norway"});
}

TEST(Scope, FunctionWordsAndOrdinalsAreNoObjects) {
    // The parse takes "following" for the object of "resign".
    EXPECT_EQ(factsOf({doc("a", "The coach said he will not resign following the club's loss to "
                                "the rivals.")}),
              Facts{});
}

TEST(Scope, AWarningAgainstAnActAssertsNothingOfIt) {
    EXPECT_EQ(claimsOf("The minister warned against selling the harbour to a private fund."),
              Claims{});
}

TEST(Scope, ASubjunctiveClauseIsWhatTheAskerWants) {
    EXPECT_EQ(claimsOf("The union demanded that the firm raise wages."),
              Claims{"firm | raise | wages [mod=demand] [by=union]"});
    EXPECT_EQ(claimsOf("The mayor insisted that the council sell the stadium."),
              Claims{"council | sell | stadium [mod=insist] [by=mayor]"});
}

TEST(Scope, AParticipleOnAWishedForObjectIsWishedFor) {
    EXPECT_EQ(claimsOf("Berg said he would like to see nurses wearing the new uniform."),
              (Claims{"he | see | nurses [mod=would like to] [by=Berg]",
                      "nurses | wear | new uniform [mod=would like to] [by=Berg]"}));
}

TEST(Scope, AGerundAfterToIsWhatTheSubjectHoldsAnAttitudeTo) {
    EXPECT_EQ(claimsOf("The council is committed to keeping the library open."),
              Claims{"council | keep | library [mod=be committed to]"});
    EXPECT_EQ(claimsOf("The bank looks forward to opening the branch."),
              Claims{"bank | open | branch [mod=look forward to]"});
    // Standing against the act asserts nothing of it.
    EXPECT_EQ(claimsOf("The union is opposed to raising taxes."), Claims{});
    EXPECT_EQ(claimsOf("The mayor objected to closing the school."), Claims{});
}

TEST(Scope, AGerundThatDidNotHappen) {
    EXPECT_EQ(claimsOf("The club spent its money instead of paying its debts."),
              Claims{"club | spend | money"});
    EXPECT_EQ(claimsOf("The council sold the land rather than keeping it."),
              Claims{"council | sell | land"});
    EXPECT_EQ(claimsOf("The firm left the city without paying its taxes."),
              (Claims{"firm | leave | city", "firm | pay | taxes [neg]"}));
}

TEST(Scope, AGerundThatIsANounsContentIsNotAsserted) {
    EXPECT_EQ(claimsOf("The mayor rejected the notion of the city selling its port."),
              Claims{"mayor | reject | notion of the city selling its port"});
    EXPECT_EQ(claimsOf("Traders fear the risk of prices rising again."),
              Claims{"Traders | fear | risk of prices rising again"});
}

TEST(Polarity, AVerbThatDeniesItsGerundNegatesIt) {
    EXPECT_EQ(claimsOf("The firm denied polluting the river."),
              Claims{"firm | pollute | river [neg] [mod=deny]"});
    EXPECT_EQ(claimsOf("The bank stopped lending money to farmers."),
              Claims{"bank | lend | money [neg] [mod=stop]"});
    // A gerund complement is not a noun object, nor is a progressive what the subject is.
    EXPECT_EQ(claimsOf("The city is considering selling the port."),
              Claims{"city | sell | port [mod=consider]"});
}

TEST(Polarity, HaveYetToIsNotYetDone) {
    EXPECT_EQ(claimsOf("The firm has yet to pay the fine."), Claims{"firm | pay | fine [neg]"});
}

TEST(Polarity, NoLongerNegates) {
    EXPECT_EQ(claimsOf("The city can no longer fund the old dams."),
              Claims{"city | fund | old dams [neg] [mod=can]"});
}

TEST(Attribution, SpeakerBeforeMidAndAfter) {
    EXPECT_EQ(claimsOf("The bank will cut rates, the governor said."),
              Claims{"bank | cut | rates [mod=will] [by=governor]"});
    EXPECT_EQ(claimsOf("The bank, the governor said, will cut rates."),
              Claims{"bank | cut | rates [mod=will] [by=governor]"});
    EXPECT_EQ(
        claimsOf("The governor told reporters the bank would cut rates."),
        (Claims{"governor | tell | reporters", "bank | cut | rates [mod=would] [by=governor]"}));
}

TEST(Attribution, ACoordinatedVerbOfTheClauseKeepsItsSpeaker) {
    EXPECT_EQ(claimsOf("The coach thought his side were the stronger team in the final, but were "
                       "punished for their missed chances."),
              (Claims{"side | be | stronger team in the final [by=coach]",
                      "side | be punished for | missed chances [passive] [by=coach]"}));
}

TEST(Attribution, AGerundUnderAReportedVerbKeepsItsSpeaker) {
    EXPECT_EQ(claimsOf("Berg said Norway should focus on sharing costs more fairly."),
              Claims{"Norway | share | costs [mod=should] [by=Berg]"});
}

TEST(Attribution, AParticipleOnAReportedNounKeepsItsSpeaker) {
    EXPECT_EQ(claimsOf("Berg said the troops stationed in Norway will stay."),
              Claims{"troops | be stationed in | Norway [passive] [by=Berg]"});
}

TEST(Attribution, AVerbThatCanReportReportsItsThatClause) {
    // The first sense of "maintain" is keeping; with a that-clause it is asserting.
    EXPECT_EQ(claimsOf("Berg has maintained that all options are on the table."),
              Claims{"all options | be on | table [by=Berg]"});
}

TEST(Attribution, AReportingParticipleSpeaksForTheClausesSubject) {
    EXPECT_EQ(claimsOf("The minister criticised the union, saying the union had broken its "
                       "promise."),
              (Claims{"minister | criticise | union", "union | break | promise [by=minister]"}));
    EXPECT_EQ(
        claimsOf("The mayor praised the council, adding that the council will build a new "
                 "bridge."),
        (Claims{"mayor | praise | council", "council | build | new bridge [mod=will] [by=mayor]"}));
    // The clause it closes is itself reported: the participle goes on with the report.
    EXPECT_EQ(claimsOf("Berg warned that selling the harbour would weaken the town, adding that "
                       "the harbour remains the heart of its trade."),
              (Claims{"harbour | remain | heart of its trade [by=Berg]"}));
    // On the object of a clause inside the main one, the participle still speaks for the main
    // clause's subject, not for the inner clause's.
    EXPECT_EQ(
        claimsOf("He praised the city for its plan to build more housing, saying such steps "
                 "help families and reduce rents."),
        (Claims{"he | praise | city for its plan", "steps | help | families [by=he]",
                "steps | reduce | rents [by=he]", "its | build | more housing [mod=plan to]"}));
}

TEST(Attribution, CoordinatedThatClausesShareTheSpeaker) {
    EXPECT_EQ(
        claimsOf("Speaking to reporters, she stressed that trade with Canada remains vital and "
                 "that the union continues to be the core of the deal."),
        (Claims{"trade with Canada | remain | vital [by=she]",
                "union | be | core of the deal [by=she]"}));
}

TEST(Attribution, AVerbOfFeelingThatTakesAThatClauseReportsIt) {
    EXPECT_EQ(
        claimsOf("The minister reassured investors that the bank is not insolvent and that "
                 "the state will remain its owner."),
        (Claims{"minister | reassure | investors", "bank | be | insolvent [neg] [by=minister]",
                "state | remain | owner [mod=will] [by=minister]"}));
}

TEST(Attribution, AQuotedIWhoReportsIsTheSpeaker) {
    EXPECT_EQ(factsOf({doc("a", "\"I believe that the ferry company stands behind the plan,\" "
                                "Lena Dahl said.")}),
              Facts{"ferry company | stand behind | plan [attr=Lena Dahl]"});
}

TEST(Attribution, AQuotationVerbSpeaksOnlyForItsOwnClause) {
    // Read as a parenthesis inside the second clause ("the chief, Anna Rossi, stated she").
    EXPECT_EQ(claimsOf("Berlin intensified its resistance to the bank's bid on Tuesday, as the "
                       "Italian bank's chief, Anna Rossi, stated she would only proceed with a "
                       "takeover if it had strong support."),
              (Claims{"Berlin | intensify | resistance to the bank's bid [time=on Tuesday]",
                      "Anna Rossi | proceed with | takeover [mod=would] [by=she]",
                      "Berlin | resist | bank's bid"}));
    // Read as the verb of the clause "as" opens: the first clause stays the narrator's.
    const Claims second = claimsOf(
        "Oslo hardened its resistance to the bank's offer for the insurer on Monday, as the Danish "
        "bank's chief, Lars Holm, stated he would only proceed with a merger if it had broad "
        "investor support and called for talks with the ministry.");
    ASSERT_GE(second.size(), 2u);
    EXPECT_EQ(second[0], "Oslo | harden | resistance to the bank's offer");
    EXPECT_EQ(second[1], "he | proceed with | merger [mod=would] [by=Danish bank's chief]");
}

TEST(Attribution, AClauseOfIfOrWhileSaysWhatItsHostClauseSays) {
    EXPECT_EQ(claimsOf("Berg said the plan will fail if the council cuts the budget."),
              (Claims{"council | cut | budget [mod=if] [by=Berg]"}));
    EXPECT_EQ(claimsOf("Holm noted that while Norway sells much gas, the country buys oil."),
              (Claims{"Norway | sell | much gas [by=Holm]", "country | buy | oil [by=Holm]"}));
    // Unreported, the clause stays the narrator's.
    EXPECT_EQ(claimsOf("If the council cuts the budget, the plan will fail."),
              (Claims{"council | cut | budget [mod=if]"}));
}

TEST(Attribution, ASpeakersWeIsTheSpeaker) {
    EXPECT_EQ(claimsOf("\"Today, we have reached an agreement to add four trains to the fleet,\" "
                       "said Berg."),
              Claims{"Berg | reach | agreement [by=Berg] [time=Today]"});
}

TEST(Attribution, AccordingToNamesTheSpeaker) {
    EXPECT_EQ(claimsOf("According to the governor, the bank will cut rates."),
              Claims{"bank | cut | rates [mod=will] [by=governor]"});
    // A source that cannot speak is the narrator's evidence.
    EXPECT_EQ(claimsOf("According to the latest projections, the bank cut its rates."),
              Claims{"bank | cut | rates"});
}

} // namespace
TEST(Attribution, APluralWithAnEntryOfItsOwnSpeaksAsItsSingular) {
    // WordNet lists "judges" itself only as a book of the Bible; a judge is a person.
    EXPECT_EQ(factsOf({doc("a", "\"The port broke the rules,\" judges said.")}),
              Facts{"port | break | rules [attr=judges]"});
}

} // namespace kg::extract::test
