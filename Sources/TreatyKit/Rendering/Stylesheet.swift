/// The one stylesheet every HTML page inlines: readable on a phone, in print, and in light and dark
/// schemes, with colours chosen for WCAG AA contrast (text always carries the meaning too).
enum Stylesheet {
    static let css = """

        :root{--fg:#1a1a1a;--bg:#ffffff;--muted:#4a4a4a;--line:#c8c8c8;--link:#0b57a4;--head:#f2f4f7;
        --m-bg:#1e5c2a;--m-fg:#ffffff;--o-bg:#cfe8cf;--o-fg:#143d1c;--a-bg:#f0f0f0;--a-fg:#3a3a3a;
        --n-bg:#e4e4ea;--n-fg:#333344;--u-bg:#fff1c2;--u-fg:#5a3d00;--diff:#8a1c1c;
        --b0:#1f5fa8;--b1:#b0471a;--b2:#2e7d32;--b3:#6a3d9a;--b4:#8c6d00;--b5:#00796b;--b6:#ad1457;--b7:#455a64}
        @media (prefers-color-scheme: dark){:root{--fg:#e8e8e8;--bg:#121417;--muted:#b8b8b8;--line:#4a4f57;
        --link:#8ab8ff;--head:#1f242b;--m-bg:#7fd18b;--m-fg:#0c2410;--o-bg:#2f5a36;--o-fg:#e6f5e6;
        --a-bg:#2a2d31;--a-fg:#d0d0d0;--n-bg:#33343d;--n-fg:#dcdcea;--u-bg:#5a4600;--u-fg:#fff3cc;--diff:#ff9c9c;
        --b0:#7fb2ff;--b1:#ff9a6b;--b2:#8fd694;--b3:#c7a4f0;--b4:#e6c84f;--b5:#6fd6c6;--b6:#f48fb1;--b7:#b0bec5}}
        *{box-sizing:border-box}
        body{margin:0;color:var(--fg);background:var(--bg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
        header{padding-top:.75rem}
        a{color:var(--link)}
        h1{font-size:1.6rem;line-height:1.25;margin:1rem 0}
        h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid var(--line)}
        h3{font-size:1.1rem}
        dt{font-weight:600}
        dd{margin:0 0 .5rem 1rem}
        .table-wrap{overflow-x:auto;margin:1rem 0}
        .table-wrap:focus{outline:2px solid var(--link)}
        table{border-collapse:collapse;width:100%;font-size:.95rem}
        caption{text-align:left;font-weight:600;padding:.25rem 0}
        th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        thead th{background:var(--head)}
        th[scope=row]{font-weight:600}
        .status{white-space:nowrap}
        .secondary{text-decoration:none;font-weight:700}
        .verdict{font-weight:600}
        .v-only-left,.v-only-right,.v-left-stronger,.v-right-stronger,.c-added,.c-dropped,.c-strengthened,.c-weakened{color:var(--diff)}
        .t-mandatory{background:var(--m-bg);color:var(--m-fg)}
        .t-optional{background:var(--o-bg);color:var(--o-fg)}
        .t-absent{background:var(--a-bg);color:var(--a-fg)}
        .t-not-applicable{background:var(--n-bg);color:var(--n-fg)}
        .t-unknown{background:var(--u-bg);color:var(--u-fg)}
        .t-mandatory a,.t-optional a,.t-absent a,.t-not-applicable a,.t-unknown a{color:inherit}
        .heatmap td{text-align:center;white-space:nowrap}
        .chart{margin:1rem 0}summary{cursor:pointer;color:var(--link)}.chart svg{width:100%;max-width:40rem;height:auto}
        .chart-label{fill:var(--fg);font-size:13px;font-weight:600}.chart-value{fill:var(--fg);font-size:12px}
        .key{display:inline-block;width:.8em;height:.8em;margin-right:.25em}
        .bar-0{fill:var(--b0);background:var(--b0)}.bar-1{fill:var(--b1);background:var(--b1)}
        .bar-2{fill:var(--b2);background:var(--b2)}.bar-3{fill:var(--b3);background:var(--b3)}
        .bar-4{fill:var(--b4);background:var(--b4)}.bar-5{fill:var(--b5);background:var(--b5)}
        .bar-6{fill:var(--b6);background:var(--b6)}.bar-7{fill:var(--b7);background:var(--b7)}
        @media (max-width:40rem){body{font-size:15px}th,td{padding:.25rem .35rem}}
        @media print{:root{--fg:#000;--bg:#fff;--link:#000}header nav{display:none}
        .table-wrap{overflow:visible}a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;word-break:break-all}
        h2{break-after:avoid}tr{break-inside:avoid}}

        """
}
