import Foundation
import Testing
@testable import TreatyKit

/// The French edition: one catalogue per language, French typography and dates, the translated data,
/// and the site's twin pages.
@Suite struct FrenchEditionTests {
    /// `{0}`, `{1}`… in a catalogue entry.
    private func placeholders(_ text: String) -> Set<String> {
        Set((0..<10).map { "{\($0)}" }.filter { text.contains($0) })
    }

    @Test func everyPhraseIsInBothCataloguesWithTheSamePlaceholders() {
        let english = Catalogue.entries(of: .english), french = Catalogue.entries(of: .french)
        for phrase in Phrase.allCases {
            let en = english[phrase], fr = french[phrase]
            #expect(en?.isEmpty == false, "no English entry for \(phrase)")
            #expect(fr?.isEmpty == false, "no French entry for \(phrase)")
            guard let en, let fr else { continue }
            #expect(placeholders(en) == placeholders(fr), "\(phrase): \(en) / \(fr)")
            #expect(en.contains("|") == fr.contains("|"), "\(phrase): singular and plural in one language only")
        }
        #expect(english.count == Phrase.allCases.count && french.count == Phrase.allCases.count)
    }

    @Test func frenchTypographyUsesNoBreakSpacesAndLeavesAddressesAlone() {
        #expect(Typography.french("Légende : voir ; ici ? oui !") == "Légende\u{00A0}: voir\u{202F}; ici\u{202F}? oui\u{202F}!")
        #expect(Typography.french("« identique »") == "«\u{00A0}identique\u{00A0}»")
        #expect(Typography.french("3 sur 10 (30 %)") == "3 sur 10 (30\u{202F}%)")
        #expect(Typography.french("a: b; c") == "a\u{00A0}: b\u{202F}; c")
        #expect(Typography.french("https://example.org/x?y=1 et 12:30") == "https://example.org/x?y=1 et 12:30")
        let once = Typography.french("Note : « texte » ; fin ?")
        #expect(Typography.french(once) == once)
    }

    @Test func datesAndSharesAreWrittenTheFrenchWay() {
        let french = Catalogue.french, english = Catalogue.english
        #expect(french.date("2001-11-23") == "23 novembre 2001")
        #expect(french.date("2001-11-01") == "1er novembre 2001")
        #expect(french.date("2017-05") == "mai 2017")
        #expect(french.date("2017") == "2017")
        #expect(english.date("2001-11-23") == "2001-11-23")
        #expect(french.percent(0.3) == "30\u{202F}%")
        #expect(french.share(3, of: 10) == "3 sur 10 (30\u{202F}%)")
        #expect(french.count(0, .nounElement) == "0 élément" && french.count(2, .nounElement) == "2 éléments")
        #expect(english.count(0, .nounElement) == "0 elements" && english.count(1, .nounElement) == "1 element")
    }

    @Test func theSitePublishesEveryPageInBothLanguagesWithLinksBetweenTwins() throws {
        let files = Dictionary(uniqueKeysWithValues: Site(ruleSet: try Fixtures.everythingRuleSet()).files.map { ($0.path, $0.content) })
        let englishPages = files.keys.filter { !$0.hasPrefix("fr/") && !$0.hasPrefix("data/") && ($0.hasSuffix(".html") || $0.hasSuffix(".md")) && $0 != "404.html" }
        #expect(englishPages.count > 10)
        for page in englishPages {
            let twin = try #require(files["fr/" + page], "no French twin of \(page)")
            let depth = page.split(separator: "/").count - 1
            let up = String(repeating: "../", count: depth)
            if page.hasSuffix(".html") {
                #expect(files[page]?.contains("<html lang=\"en\">") == true)
                #expect(twin.contains("<html lang=\"fr\">"))
                #expect(twin.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../\(up)\(page)\">"), "\(page)")
                #expect(files[page]?.contains("hreflang=\"fr\" lang=\"fr\">Français</a>") == true, "\(page)")
                #expect(twin.contains("hreflang=\"en\" lang=\"en\">English</a>"), "\(page)")
            }
        }
        let index = try #require(files["fr/index.html"])
        #expect(index.contains("<h1>TreatyDiff\u{00A0}: le droit international de la cybercriminalité comparé</h1>"))
        #expect(index.contains("Convention Alpha"))
        let element = try #require(files["fr/elements/offence.spam.md"])
        #expect(element.contains("Codage de test\u{00A0}: obligatoire pour offence.spam."))
        #expect(element.contains("28 janvier 2003"))
        #expect(try #require(files["fr/method.html"]).contains("<h1>Manuel de test</h1>"))
    }

    @Test func noEnglishInterfaceStringAppearsInAFrenchPage() throws {
        let files = Site(ruleSet: try Fixtures.everythingRuleSet()).files.filter { $0.path.hasPrefix("fr/") }
        let french = Catalogue.entries(of: .french)
        // Every run of English interface words (not single words, which may be class names in the
        // markup) long enough to be telling, except where French says the same.
        let fragments = Catalogue.entries(of: .english).flatMap { phrase, text -> [String] in
            text.components(separatedBy: CharacterSet(charactersIn: "{}|")).filter { fragment in
                fragment.count >= 12 && fragment.contains(" ") && !(french[phrase] ?? "").contains(fragment) && !fragment.allSatisfy(\.isNumber)
            }
        }
        #expect(fragments.count >= 90)
        for file in files {
            for fragment in fragments {
                #expect(!file.content.contains(fragment), "\(file.path) holds the English \"\(fragment)\"")
            }
        }
    }

    @Test func reportsTakeTheirLanguageFromTheCatalogue() throws {
        let ruleSet = try Fixtures.everythingRuleSet().translated(to: .french)
        let element = try #require(ruleSet.codebook.element("cooperation.extradition"))
        let markdown = MarkdownWriter().write(ElementReport.document(element: element, ruleSet: ruleSet, in: .french))
        #expect(markdown.hasPrefix("# Extradition\u{00A0}: traitement par chaque instrument"))
        #expect(markdown.contains("par renvoi\u{00A0}: Convention Alpha, art. 4"))
        #expect(markdown.contains("● obligatoire"))
        let html = HTMLWriter().write(ElementReport.document(element: element, ruleSet: ruleSet, in: .french))
        #expect(html.contains("<html lang=\"fr\">"))
    }
}

/// What the review of the French edition found: data is never re-read for placeholders, and English
/// data on a French page keeps its own spacing.
@Suite struct CatalogueSubstitutionTests {
    @Test func anArgumentIsNeverReadForPlaceholders() {
        #expect(Catalogue.english[.summaryOverlap, "{1}", "5"] == " ({1} of the 5 that either provides)")
        #expect(Catalogue.english[.verdictOnlyNamed, "Protocol {0}"] == "only Protocol {0}")
    }

    @Test func englishDataOnAFrenchPageKeepsItsOwnSpacing() throws {
        var ruleSet = try Fixtures.everythingRuleSet()
        var instrument = try #require(ruleSet.instrument("alpha-convention"))
        instrument.status = "adopted; in force: yes"
        ruleSet = RuleSet(codebook: ruleSet.codebook, instruments: ruleSet.instruments.map { $0.id == instrument.id ? instrument : $0 },
                          files: ruleSet.files, manual: ruleSet.manual)
        ruleSet.translations = try Fixtures.everythingRuleSet().translations
        let french = ruleSet.translated(to: .french)
        let page = MarkdownWriter().write(InstrumentReport.document(instrument: try #require(french.instrument("alpha-convention")), ruleSet: french, in: .french))
        #expect(page.contains("adopted; in force: yes"))
        #expect(page.contains("**Statut\u{00A0}:**"))
    }
}
