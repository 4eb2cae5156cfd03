import ClaimExtraction
import Foundation
import Testing
import TestSupport

/// Pinned floors on PolNeAR dev (attribution-level alignment, as score_attrib.py section C).
/// Measured: P 90.2, R 57.9, F1 70.5, source exact 85.2 on aligned.
@Suite struct QualityGateTests {
    @Test(.enabled(if: SharedData.available))
    func polnearDevFloors() throws {
        let docs = try BenchmarkDocument.read(SharedData.url("benchmarks/attribution/polnear_dev.jsonl"))
        #expect(docs.count == 84)
        let extractor = ClaimExtractor()
        var scorer = AttributionScorer()
        for doc in docs {
            scorer.add(text: doc.text, gold: doc.attributions ?? [], predicted: doc.predict(with: extractor))
        }
        #expect(scorer.precision >= 0.895, "precision \(scorer.precision)")
        #expect(scorer.f1 >= 0.70, "F1 \(scorer.f1)")
        #expect(scorer.sourceAccuracy >= 0.845, "source accuracy \(scorer.sourceAccuracy)")
    }

    @Test func scorerAlignsLikeTheReferenceScorer() {
        // Two gold attributions. The first prediction matches the second by content (and its
        // source exactly); the third overlaps the first's content, which outranks the second
        // prediction's mere cue overlap, so the second stays unaligned.
        let text = "Officials said the plan failed. The mayor added that taxes rose."
        let gold = [
            BenchmarkDocument.Attribution(source: [[0, 9]], cue: [[10, 14]], content: [[15, 30]]),
            BenchmarkDocument.Attribution(source: [[32, 41]], cue: [[42, 47]], content: [[48, 63]]),
        ]
        let predicted = [
            BenchmarkDocument.Attribution(source: [[32, 41]], cue: [[42, 47]], content: [[53, 63]]),
            BenchmarkDocument.Attribution(source: [[0, 9]], cue: [[10, 14]], content: []),
            BenchmarkDocument.Attribution(source: [], cue: [[19, 23]], content: [[19, 23]]),
        ]
        var scorer = AttributionScorer()
        scorer.add(text: text, gold: gold, predicted: predicted)
        #expect(scorer.aligned == 2)
        #expect(scorer.predicted == 3 && scorer.gold == 2)
        #expect(scorer.sourceExact == 1 && scorer.sourceTotal == 2)
    }
}
