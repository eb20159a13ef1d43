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

    @Test func holdsTheTenInstrumentsInCanonicalOrder() {
        #expect(ruleSet.instruments.map(\.id) == [
            "un-organized-crime-convention", "budapest-convention", "budapest-protocol-1", "un-corruption-convention",
            "arab-league-convention", "african-union-convention", "russia-draft-2017", "russia-draft-2021", "budapest-protocol-2",
            "un-cybercrime-convention",
        ])
    }

    @Test func theCodebookHasEveryContractedElement() {
        #expect(ruleSet.codebook.version == "2.0.0")
        #expect(ruleSet.codebook.groups.map(\.id) == [
            "general", "offence", "liability", "procedure", "jurisdiction", "cooperation", "provider", "safeguards", "persons",
            "data-protection", "institutions",
        ])
        #expect(ruleSet.codebook.elements.count == 77)
        #expect(ruleSet.codebook.element("cooperation.extradition-without-treaty") != nil)
        #expect(ruleSet.codebook.element("provider.domain-registration-info") != nil)
        #expect(ruleSet.codebook.element(formerlyCalled: "safeguards.sovereignty-clause")?.id == "general.sovereignty")
        #expect(ruleSet.manual?.contains("# Coding manual") == true)
    }

    @Test(arguments: [
        ("budapest-convention", 48), ("budapest-protocol-1", 16), ("un-organized-crime-convention", 41),
        ("un-corruption-convention", 71), ("arab-league-convention", 43), ("african-union-convention", 38),
        ("un-cybercrime-convention", 68),
    ])
    func articleTablesOfTheTextsAreComplete(id: String, count: Int) throws {
        let instrument = try #require(ruleSet.instrument(id))
        #expect(instrument.articles.map(\.number) == (1...count).map(String.init))
        #expect(instrument.articles.allSatisfy { !$0.title.isEmpty })
    }

    @Test func theSecondProtocolTableHoldsOnlyEstablishedArticles() throws {
        let instrument = try #require(ruleSet.instrument("budapest-protocol-2"))
        #expect(instrument.articles.count <= 25)
        #expect(instrument.articles.allSatisfy { Int($0.number).map { (1...25).contains($0) } == true })
    }

    // MARK: The manual's mechanical rules

    @Test func noAbsentCodingCitesAnArticle() {
        for instrument in ruleSet.instruments {
            for provision in instrument.provisions where provision.status == .absent {
                #expect(provision.articles.isEmpty, "\(instrument.id) \(provision.element) cites \(provision.articles)")
            }
        }
    }

    @Test func everyReservableCodingCitesAParagraph() {
        for instrument in ruleSet.instruments {
            for provision in instrument.provisions where provision.reservable {
                #expect(provision.articles.contains { $0.contains("(") }, "\(instrument.id) \(provision.element)")
            }
        }
    }

    @Test func everyReferenceResolvesToArticlesOfAnotherInstrument() throws {
        var references = 0
        for instrument in ruleSet.instruments {
            for provision in instrument.provisions {
                guard let reference = provision.byReference else { continue }
                references += 1
                let target = try #require(ruleSet.instrument(reference.instrument), "\(instrument.id) \(provision.element)")
                #expect(target.id != instrument.id)
                let numbers = Set(target.articles.map(\.number))
                for citation in reference.articles {
                    #expect(numbers.contains(String(citation.prefix { $0 != "(" })), "\(instrument.id) \(provision.element) → \(citation)")
                }
            }
        }
        // The First Protocol's Art. 8 applies the Convention's articles to most of what it provides.
        #expect(references >= 20)
        #expect(try provision("budapest-protocol-1", "cooperation.extradition").byReference?.instrument == "budapest-convention")
        #expect(try provision("budapest-protocol-1", "offence.racist-xenophobic-material").byReference == nil)
    }

    @Test func theTextBasedInstrumentsHaveFewUnknownsAndNoneOnSecondarySources() throws {
        let limits = [
            "un-cybercrime-convention": 2, "un-organized-crime-convention": 3, "un-corruption-convention": 3,
            "arab-league-convention": 3, "african-union-convention": 3,
        ]
        for (id, limit) in limits {
            let instrument = try #require(ruleSet.instrument(id))
            #expect(instrument.provisions.filter { $0.status == .unknown }.count <= limit, "\(id)")
            #expect(instrument.provisions.allSatisfy { $0.evidence == .text }, "\(id)")
            #expect(instrument.entryIntoForce != nil, "\(id)")
        }
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
        #expect(try provision("budapest-convention", "offence.misuse-of-devices").articles.contains("6(3)"))
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

    // MARK: Spot checks against the texts

    /// One coding as a reader would check it in the text: status, a citation it must carry, and flags.
    struct Expected: Sendable, CustomStringConvertible {
        var instrument: String
        var element: String
        var status: Status
        var cites: String?
        var reservable = false
        var declarable = false
        var description: String { "\(instrument) \(element)" }
    }

    static let spotChecks: [Expected] = [
        // Budapest Convention and First Protocol, after the re-review.
        Expected(instrument: "budapest-convention", element: "offence.illegal-access", status: .mandatory, cites: "2", declarable: true),
        Expected(instrument: "budapest-convention", element: "offence.data-interference", status: .mandatory, cites: "4(2)", reservable: true),
        Expected(instrument: "budapest-convention", element: "procedure.real-time-traffic-data", status: .mandatory, cites: "14(3)(a)", reservable: true),
        Expected(instrument: "budapest-convention", element: "cooperation.mutual-legal-assistance", status: .mandatory, cites: "25(1)"),
        Expected(instrument: "budapest-convention", element: "cooperation.technical-assistance", status: .absent, cites: nil),
        Expected(instrument: "budapest-convention", element: "institutions.open-accession", status: .absent, cites: nil),
        Expected(instrument: "budapest-convention", element: "safeguards.independent-supervision", status: .mandatory, cites: "15(2)"),
        Expected(instrument: "budapest-convention", element: "general.sovereignty", status: .absent, cites: nil),
        Expected(instrument: "budapest-convention", element: "safeguards.proportionality", status: .mandatory, cites: "15(1)"),
        Expected(instrument: "budapest-protocol-1", element: "offence.racist-xenophobic-material", status: .mandatory, cites: "5(2)(b)", reservable: true, declarable: true),
        Expected(instrument: "budapest-protocol-1", element: "procedure.real-time-traffic-data", status: .mandatory, cites: "12(1)", reservable: true),
        Expected(instrument: "budapest-protocol-1", element: "institutions.open-accession", status: .optional, cites: "9(2)"),
        // UN Convention against Cybercrime, from its official English text.
        Expected(instrument: "un-cybercrime-convention", element: "general.sovereignty", status: .mandatory, cites: "5(2)"),
        Expected(instrument: "un-cybercrime-convention", element: "offence.illegal-access", status: .mandatory, cites: "7(2)", declarable: true),
        Expected(instrument: "un-cybercrime-convention", element: "offence.spam", status: .absent, cites: nil),
        Expected(instrument: "un-cybercrime-convention", element: "offence.copyright", status: .absent, cites: nil),
        Expected(instrument: "un-cybercrime-convention", element: "liability.legal-persons", status: .mandatory, cites: "18(1)"),
        Expected(instrument: "un-cybercrime-convention", element: "procedure.real-time-traffic-data", status: .mandatory, cites: "23(3)(a)", reservable: true),
        Expected(instrument: "un-cybercrime-convention", element: "jurisdiction.nationality", status: .optional, cites: "22(2)(b)"),
        Expected(instrument: "un-cybercrime-convention", element: "cooperation.extradition-without-treaty", status: .optional, cites: "37(5)"),
        Expected(instrument: "un-cybercrime-convention", element: "cooperation.serious-crime-threshold", status: .mandatory, cites: "35(1)(c)"),
        Expected(instrument: "un-cybercrime-convention", element: "cooperation.transborder-access", status: .absent, cites: nil),
        Expected(instrument: "un-cybercrime-convention", element: "provider.domestic-subscriber-order", status: .mandatory, cites: "27(b)"),
        Expected(instrument: "un-cybercrime-convention", element: "provider.direct-disclosure-subscriber", status: .absent, cites: nil),
        Expected(instrument: "un-cybercrime-convention", element: "safeguards.proportionality", status: .mandatory, cites: "24(1)"),
        Expected(instrument: "un-cybercrime-convention", element: "persons.victim-assistance", status: .mandatory, cites: "34(2)"),
        Expected(instrument: "un-cybercrime-convention", element: "data-protection.onward-transfers", status: .mandatory, cites: "36(3)"),
        Expected(instrument: "un-cybercrime-convention", element: "institutions.reservations-limited", status: .optional, cites: "42(5)"),
        // UN Convention against Transnational Organized Crime.
        Expected(instrument: "un-organized-crime-convention", element: "cooperation.extradition-without-treaty", status: .optional, cites: "16(4)"),
        Expected(instrument: "un-organized-crime-convention", element: "cooperation.mutual-legal-assistance", status: .mandatory, cites: "18(1)"),
        Expected(instrument: "un-organized-crime-convention", element: "offence.laundering-of-proceeds", status: .mandatory, cites: "6(2)(e)", declarable: true),
        Expected(instrument: "un-organized-crime-convention", element: "liability.legal-persons", status: .mandatory, cites: "10(1)"),
        Expected(instrument: "un-organized-crime-convention", element: "cooperation.24-7-network", status: .absent, cites: nil),
        Expected(instrument: "un-organized-crime-convention", element: "cooperation.extradite-or-prosecute", status: .mandatory, cites: "16(10)"),
        Expected(instrument: "un-organized-crime-convention", element: "cooperation.transfer-of-proceedings", status: .optional, cites: "21"),
        Expected(instrument: "un-organized-crime-convention", element: "institutions.supplementary-protocols", status: .optional, cites: "37(1)"),
        // UN Convention against Corruption.
        Expected(instrument: "un-corruption-convention", element: "cooperation.extradition-without-treaty", status: .optional, cites: "44(5)"),
        Expected(instrument: "un-corruption-convention", element: "cooperation.mutual-legal-assistance", status: .mandatory, cites: "46(1)"),
        Expected(instrument: "un-corruption-convention", element: "offence.laundering-of-proceeds", status: .mandatory, cites: "23(2)(e)", declarable: true),
        Expected(instrument: "un-corruption-convention", element: "liability.legal-persons", status: .mandatory, cites: "26(1)"),
        Expected(instrument: "un-corruption-convention", element: "cooperation.24-7-network", status: .absent, cites: nil),
        Expected(instrument: "un-corruption-convention", element: "cooperation.asset-recovery", status: .mandatory, cites: "51"),
        Expected(instrument: "un-corruption-convention", element: "liability.attempt-and-aiding", status: .mandatory, cites: "27(1)"),
        Expected(instrument: "un-corruption-convention", element: "institutions.supplementary-protocols", status: .absent, cites: nil),
        // Arab Convention (the League's English translation).
        Expected(instrument: "arab-league-convention", element: "cooperation.extradition", status: .mandatory, cites: "31(1)(a)"),
        Expected(instrument: "arab-league-convention", element: "cooperation.extradition-without-treaty", status: .optional, cites: "31(3)"),
        Expected(instrument: "arab-league-convention", element: "cooperation.mutual-legal-assistance", status: .mandatory, cites: "32(1)"),
        Expected(instrument: "arab-league-convention", element: "offence.laundering-of-proceeds", status: .mandatory, cites: "16(1)"),
        Expected(instrument: "arab-league-convention", element: "liability.legal-persons", status: .mandatory, cites: "20"),
        Expected(instrument: "arab-league-convention", element: "cooperation.24-7-network", status: .mandatory, cites: "43(1)"),
        Expected(instrument: "arab-league-convention", element: "offence.data-interference", status: .mandatory, cites: "8(2)", declarable: true),
        Expected(instrument: "arab-league-convention", element: "institutions.open-accession", status: .absent, cites: nil),
        // African Union (Malabo) Convention.
        Expected(instrument: "african-union-convention", element: "cooperation.extradition", status: .absent, cites: nil),
        Expected(instrument: "african-union-convention", element: "cooperation.extradition-without-treaty", status: .absent, cites: nil),
        Expected(instrument: "african-union-convention", element: "cooperation.mutual-legal-assistance", status: .optional, cites: "28(2)"),
        Expected(instrument: "african-union-convention", element: "liability.legal-persons", status: .mandatory, cites: "30(2)"),
        Expected(instrument: "african-union-convention", element: "cooperation.24-7-network", status: .absent, cites: nil),
        Expected(instrument: "african-union-convention", element: "data-protection.framework", status: .mandatory, cites: "8(1)"),
        Expected(instrument: "african-union-convention", element: "offence.computer-forgery", status: .mandatory, cites: "29(2)(b)", declarable: true),
        Expected(instrument: "african-union-convention", element: "procedure.expedited-preservation", status: .mandatory, cites: "31(3)(d)"),
        Expected(instrument: "african-union-convention", element: "institutions.open-accession", status: .absent, cites: nil),
    ]

    @Test(arguments: spotChecks)
    func codingMatchesTheText(_ expected: Expected) throws {
        let coding = try provision(expected.instrument, expected.element)
        #expect(coding.status == expected.status)
        if let cited = expected.cites {
            #expect(coding.articles.contains(cited), "cites \(coding.articles)")
        } else {
            #expect(coding.articles.isEmpty)
        }
        #expect(coding.reservable == expected.reservable)
        #expect(coding.declarable == expected.declarable)
        #expect(coding.evidence == .text)
    }
}
