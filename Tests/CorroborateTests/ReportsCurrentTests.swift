import Corroborate
import Foundation
import Testing
import TestSupport

/// `Reports/<story>.md|.html|.json` must be what `scripts/update-reports.sh` writes today.
@Suite("Reports are current")
struct ReportsCurrentTests {
    @Test(arguments: CorpusStoryTests.stories)
    func reportsMatchAFreshRun(_ story: URL) async {
        let report = await CorpusStoryTests.report(story)
        let name = story.lastPathComponent
        for format in ReportFormat.allCases {
            let url = SharedData.repo("Reports/\(name).\(format.rawValue)")
            let outcome = Golden.check(Pipeline.render(report, as: format), against: url)
            #expect(outcome == .matches || outcome == .recorded,
                    "\(outcome) — run scripts/update-reports.sh")
        }
    }
}
