/// What `ingest`, `claims` and `report` accept as inputs (all three read them through
/// `InputResolver`), written once so their help pages agree.
enum InputHelp {
    /// The `INPUT...` argument's help.
    static let pages = "HTML pages (any file named here; gzip is detected), WARC files (.warc, .warc.gz: one page per "
        + "HTML response), folders (recursive: their .html, .htm, .xhtml, optionally .gz, and WARC files), or '-' "
        + "for one page on stdin."

    /// The hint after "no input given".
    static let short = "HTML files, WARC files, folders, or '-' for stdin"
}
