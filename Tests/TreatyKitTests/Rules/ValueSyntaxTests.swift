import Testing
@testable import TreatyKit

/// The recognisers behind the id, citation, date and version checks.
@Suite struct ValueSyntaxTests {
    @Test(arguments: ["budapest-convention", "a", "2017", "un-2024-text"])
    func acceptsKebabCase(id: String) {
        #expect(ValueSyntax.isKebabCase(id))
    }

    @Test(arguments: ["", "-a", "a-", "a--b", "Budapest", "a_b", "a b", "a.b", "é"])
    func refusesOtherIDs(id: String) {
        #expect(!ValueSyntax.isKebabCase(id))
    }

    @Test func elementIDsNameTheirGroup() {
        #expect(ValueSyntax.elementGroup(of: "offence.illegal-access") == "offence")
        #expect(ValueSyntax.elementGroup(of: "offence") == nil)
        #expect(ValueSyntax.elementGroup(of: "a.b.c") == nil)
        #expect(ValueSyntax.elementGroup(of: ".b") == nil)
        #expect(ValueSyntax.elementGroup(of: "Offence.x") == nil)
    }

    @Test(arguments: [("24(3)", "24"), ("18(1)(b)", "18"), ("2bis", "2bis"), ("2bis(1)(a)", "2bis"), ("7", "7")])
    func citationsNameTheirArticle(citation: String, article: String) {
        #expect(ValueSyntax.citedArticle(citation) == Substring(article))
    }

    @Test(arguments: ["", "Art. 24", "24()", "24(3", "24)3(", "(3)", "24(3)x", "24(A)", "bis2", "24((3))"])
    func refusesWhatIsNotACitation(citation: String) {
        #expect(ValueSyntax.citedArticle(citation) == nil)
    }

    @Test func articleNumbersAreDigitsWithALowerCaseSuffix() {
        #expect(ValueSyntax.isArticleNumber("24"))
        #expect(ValueSyntax.isArticleNumber("2bis"))
        #expect(!ValueSyntax.isArticleNumber("bis"))
        #expect(!ValueSyntax.isArticleNumber("2B"))
        #expect(!ValueSyntax.isArticleNumber(""))
    }

    @Test func versionsHaveThreeNumbers() {
        #expect(ValueSyntax.isVersion("1.0.0"))
        #expect(ValueSyntax.isVersion("10.20.30"))
        #expect(!ValueSyntax.isVersion("1.0"))
        #expect(!ValueSyntax.isVersion("1..0"))
        #expect(!ValueSyntax.isVersion("1.0.0-beta"))
    }

    @Test func datesMayBePartial() {
        #expect(ValueSyntax.dateParts("2001-11-23")?.day == 23)
        #expect(ValueSyntax.dateParts("2017-05")?.month == 5)
        #expect(ValueSyntax.dateParts("2017")?.year == 2017)
        #expect(ValueSyntax.dateParts("2017-5") == nil)
        #expect(ValueSyntax.dateParts("17-05-01") == nil)
        #expect(ValueSyntax.dateParts("2017-05-01-01") == nil)
        #expect(ValueSyntax.dateParts("２０１７") == nil)
    }
}
