import Foundation
import Testing
@testable import TreatyKit

/// The published data itself: it loads strictly, covers the codebook, and states the headline facts.
@Suite struct RealRulesTests {
    let ruleSet: RuleSet
    let diagnostics: [Diagnostic]

    init() throws {
        let result = try Fixtures.realRuleSet()
        diagnostics = result.diagnostics
        ruleSet = try #require(result.ruleSet, "Rules/ does not load: \(result.diagnostics.map(\.description))")
    }

    private func provision(_ instrument: String, _ element: String) throws -> Provision {
        try #require(ruleSet.instrument(instrument)?.provision(for: element), "\(instrument) does not code \(element)")
    }

    @Test func validatesStrictly() {
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test func holdsTheSixInstrumentsInCanonicalOrder() {
        #expect(ruleSet.instruments.map(\.id) == [
            "budapest-convention", "budapest-protocol-1", "russia-draft-2017", "russia-draft-2021", "budapest-protocol-2", "un-cybercrime-convention",
        ])
    }

    @Test func theCodebookHasEveryContractedElement() {
        #expect(ruleSet.codebook.groups.map(\.id) == ["offence", "liability", "procedure", "jurisdiction", "cooperation", "provider", "safeguards", "data-protection", "institutions"])
        #expect(ruleSet.codebook.elements.count == 66)
        #expect(ruleSet.codebook.element("cooperation.extradition-without-treaty") != nil)
        #expect(ruleSet.codebook.element("provider.domain-registration-info") != nil)
    }

    @Test(arguments: [("budapest-convention", 48), ("budapest-protocol-1", 16)])
    func councilOfEuropeArticleTablesAreComplete(id: String, count: Int) throws {
        let instrument = try #require(ruleSet.instrument(id))
        #expect(instrument.articles.count == count)
        #expect(instrument.articles.map(\.number) == (1...count).map(String.init))
    }

    @Test func theSecondProtocolTableHoldsOnlyEstablishedArticles() throws {
        let instrument = try #require(ruleSet.instrument("budapest-protocol-2"))
        #expect(instrument.articles.count <= 25)
        #expect(instrument.articles.allSatisfy { Int($0.number).map { (1...25).contains($0) } == true })
    }

    @Test func everyElementIsCodedExactlyOnceInEveryInstrument() {
        for instrument in ruleSet.instruments {
            #expect(instrument.provisions.map(\.element).sorted() == ruleSet.codebook.elements.map(\.id).sorted(), "\(instrument.id)")
        }
    }

    @Test func everyTextCodingThatProvidesCitesAnExistingArticle() {
        for instrument in ruleSet.instruments {
            let numbers = Set(instrument.articles.map(\.number))
            for provision in instrument.provisions where provision.evidence == .text && provision.status.provides {
                #expect(!provision.articles.isEmpty, "\(instrument.id) \(provision.element)")
                for citation in provision.articles {
                    let number = String(citation.prefix { $0 != "(" })
                    #expect(numbers.contains(number), "\(instrument.id) \(provision.element) cites \(citation)")
                }
            }
        }
    }

    @Test func everySecondaryCodingHasSourcesAndEveryNoteIsWritten() {
        for instrument in ruleSet.instruments {
            for provision in instrument.provisions {
                if provision.evidence == .secondary {
                    #expect(!provision.sources.isEmpty, "\(instrument.id) \(provision.element)")
                }
                #expect(provision.note.count >= 20, "\(instrument.id) \(provision.element)")
            }
        }
    }

    @Test func theFollowsChainRunsFromTheRussianDraftsToTheUNConvention() {
        #expect(Evolution.lineage(through: "un-cybercrime-convention", in: ruleSet).map(\.id) == ["russia-draft-2017", "russia-draft-2021", "un-cybercrime-convention"])
        #expect(ruleSet.instrument("budapest-protocol-1")?.supplements == "budapest-convention")
        #expect(ruleSet.instrument("budapest-protocol-2")?.supplements == "budapest-convention")
    }

    // MARK: Headline facts a reader would check first

    @Test func theConventionCanServeAsTheLegalBasisForExtraditionUnderArticle24_3() throws {
        let coding = try provision("budapest-convention", "cooperation.extradition-without-treaty")
        #expect(coding.status == .optional)
        #expect(coding.articles.contains("24(3)"))
        #expect(coding.evidence == .text)
    }

    @Test func theConventionListsItsReservationsInArticle42() throws {
        #expect(try provision("budapest-convention", "institutions.reservations-limited").articles.contains("42"))
        #expect(try provision("budapest-convention", "offence.misuse-of-devices").reservable)
        #expect(try provision("budapest-convention", "cooperation.24-7-network").articles.first?.hasPrefix("35") == true)
    }

    @Test func theConventionsSubscriberOrderIsDomesticOnly() throws {
        let domestic = try provision("budapest-convention", "provider.domestic-subscriber-order")
        #expect(domestic.status == .mandatory)
        #expect(domestic.articles.contains("18(1)(b)"))
        #expect(try provision("budapest-convention", "provider.direct-disclosure-subscriber").status == .absent)
        #expect(try provision("budapest-convention", "cooperation.transborder-access").articles.contains { $0.hasPrefix("32") })
    }

    @Test func theSecondProtocolProvidesDirectDisclosureAndDomainRequests() throws {
        let subscriber = try provision("budapest-protocol-2", "provider.direct-disclosure-subscriber")
        #expect(subscriber.status == .mandatory)
        #expect(subscriber.articles.contains { $0.hasPrefix("7") })
        let domains = try provision("budapest-protocol-2", "provider.domain-registration-info")
        #expect(domains.status.provides)
        #expect(domains.articles.contains { $0.hasPrefix("6") })
    }

    @Test func theFirstProtocolCriminalisesRacistMaterialAndGenocideDenial() throws {
        #expect(try provision("budapest-protocol-1", "offence.racist-xenophobic-material").articles.contains { $0.hasPrefix("3") })
        #expect(try provision("budapest-protocol-1", "offence.genocide-denial").articles.contains { $0.hasPrefix("6") })
    }

    @Test func theRussian2017DraftIsReportedToCoverSpamAndTreatylessExtradition() throws {
        let spam = try provision("russia-draft-2017", "offence.spam")
        #expect(spam.status.provides)
        #expect(spam.evidence == .secondary)
        #expect(try provision("russia-draft-2017", "cooperation.extradition-without-treaty").status.provides)
    }
}
