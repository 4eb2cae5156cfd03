/// The report page's inline style sheet (no external assets: the page works offline).
enum HTMLStyles {
    static let css = """
    :root{--ink:#1d232b;--muted:#5c6670;--line:#d9dee3;--bg:#f6f7f9;--warn:#b3261e;--ok:#1f7a3f;--amber:#a05a00}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic",Arial,sans-serif;color:var(--ink);background:var(--bg)}
    main{max-width:1180px;margin:0 auto;padding:24px}
    h1{font-size:20px;margin:0 0 8px;color:var(--muted);font-weight:600}
    h2{font-size:17px;margin:28px 0 10px}
    .verdict{font-size:24px;line-height:1.3;font-weight:700;margin:0 0 12px;padding:14px 18px;border-radius:8px;background:#fff;border-left:6px solid var(--ok)}
    .verdict.weak{border-left-color:var(--warn)}
    .facts{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:8px 20px;color:var(--muted)}
    .facts b{color:var(--ink)}
    .origins{display:flex;flex-wrap:wrap;gap:12px;margin-top:14px}
    .origin{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:220px;max-width:360px}
    .origin .n{font-size:22px;font-weight:700}
    table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line)}
    th,td{padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top;text-align:start}
    th{background:#eef1f4;font-size:13px;color:var(--muted)}
    tr.first td{border-top:2px solid #b8c0c8}
    td.claim{max-width:520px}
    td.gid{white-space:nowrap;font-weight:600}
    .chain{color:var(--muted);font-size:13px}
    .chain .sep{color:#98a2ac}
    .badge{display:inline-block;font-size:12px;padding:1px 7px;border-radius:10px;margin:1px 2px;color:#fff;white-space:nowrap}
    .b-corroborated{background:var(--ok)}.b-single-source{background:var(--amber)}.b-anonymous-only{background:#6b3fa0}
    .b-contested,.b-denial{background:var(--warn)}.b-number-conflict{background:#c2410c}.b-unattributed{background:#6b7280}
    .b-copied,.b-uncredited{background:#9f1239}.b-credited{background:#4b5563}
    svg{background:#fff;border:1px solid var(--line);border-radius:8px;max-width:100%;height:auto}
    svg text{font:12px system-ui,"Noto Sans","Noto Sans Arabic",Arial,sans-serif;fill:var(--ink)}
    .note{color:var(--muted);font-size:13px}
    """
}
