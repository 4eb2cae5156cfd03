import ClaimExtraction
import CorroborateModel
import Foundation
import Testing
import TestSupport

@Suite struct SchemaTests {
    @Test func claimSetValidatesAgainstTheSchema() throws {
        let validator = try SchemaValidator(url: SharedData.repo("schema/corroborate.schema.json"))
        let set = ClaimExtractor(options: .init(includeUnattributed: true))
            .extract([EnglishExamples.relayStory, EnglishExamples.article(["The plan, he said, will cost more."])])
        let json = try JSONSerialization.jsonObject(with: Data(ClaimDump.json(set).utf8))
        #expect(validator.validate(json, definition: "ClaimSet") == [])
        #expect(validator.validate(json) == [])
        // References resolve.
        let sourceIDs = Set(set.sources.map(\.id))
        let documentIDs = Set(set.documents.map(\.id))
        for claim in set.claims {
            #expect(sourceIDs.contains(claim.source))
            #expect(claim.via.allSatisfy(sourceIDs.contains))
            #expect(documentIDs.contains(claim.document))
        }
    }

    @Test func validatorRejectsBrokenOutput() throws {
        let validator = try SchemaValidator(url: SharedData.repo("schema/corroborate.schema.json"))
        let broken: [String: Any] = [
            "documents": [], "sources": [["id": "s1", "name": "x", "kind": "alien", "mentions": []]],
            "claims": [["id": "c1", "document": "d1"]],
        ]
        let problems = validator.validate(broken, definition: "ClaimSet")
        #expect(problems.contains { $0.contains("kind") })
        #expect(problems.contains { $0.contains("missing 'offsets'") })
    }
}
