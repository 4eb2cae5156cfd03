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

    @Test func seedArticleReportsMatchAFreshRun() async {
        var (report, _) = await Pipeline.report([SeedArticleTests.page.path])
        let root = SharedData.packageRoot.path + "/"
        for i in report.documents.indices where report.documents[i].article.input.hasPrefix(root) {
            report.documents[i].article.input.removeFirst(root.count)
        }
        for format in ReportFormat.allCases {
            let outcome = Golden.check(Pipeline.render(report, as: format),
                                       against: SharedData.repo("Reports/seed-article.\(format.rawValue)"))
            #expect(outcome == .matches || outcome == .recorded, "\(outcome) — run scripts/update-reports.sh")
        }
    }
}
