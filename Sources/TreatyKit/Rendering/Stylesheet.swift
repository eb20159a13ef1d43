/// The one stylesheet every HTML page inlines: readable on a phone, in print, and in light and dark
/// schemes, with colours chosen for WCAG AA contrast (text always carries the meaning too).
enum Stylesheet {
    static let css = """

        :root{--fg:#1a1a1a;--bg:#ffffff;--muted:#4a4a4a;--line:#c8c8c8;--link:#0b57a4;--head:#f2f4f7;
        --m-bg:#1e5c2a;--m-fg:#ffffff;--o-bg:#cfe8cf;--o-fg:#143d1c;--a-bg:#f0f0f0;--a-fg:#3a3a3a;
        --n-bg:#e4e4ea;--n-fg:#333344;--u-bg:#fff1c2;--u-fg:#5a3d00;--diff:#8a1c1c;
        --p1:#9a9a9a;--p2:#c99a00}
        @media (prefers-color-scheme: dark){:root{--fg:#e8e8e8;--bg:#121417;--muted:#b8b8b8;--line:#4a4f57;
        --link:#8ab8ff;--head:#1f242b;--m-bg:#7fd18b;--m-fg:#0c2410;--o-bg:#2f5a36;--o-fg:#e6f5e6;
        --a-bg:#2a2d31;--a-fg:#d0d0d0;--n-bg:#33343d;--n-fg:#dcdcea;--u-bg:#5a4600;--u-fg:#fff3cc;--diff:#ff9c9c;
        --p1:#6b6f75;--p2:#e6c84f}}
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
        .wide{background:linear-gradient(to right,var(--bg) 30%,transparent) left/2rem 100% no-repeat local,
        linear-gradient(to left,var(--bg) 30%,transparent) right/2rem 100% no-repeat local,
        radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.3),transparent) right/.75rem 100% no-repeat scroll}
        .wide td{min-width:11rem}.heatmap td{min-width:0}
        .wide th[scope=row]{position:sticky;left:0;z-index:1;background:var(--bg);min-width:10rem}
        .scroll-cue{display:none;margin:.5rem 0 -.75rem;font-size:.85rem;color:var(--muted)}
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
        summary{cursor:pointer;color:var(--link)}
        .print-only{display:none}
        .chart{margin:1rem 0}
        .chart-key{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.5rem 0}
        .key{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;border:1px solid var(--line)}
        .chart-category{font-weight:600;margin:.75rem 0 .25rem}
        .chart-row{display:grid;grid-template-columns:minmax(8rem,13rem) minmax(6rem,1fr) minmax(12rem,18rem);gap:.25rem .75rem;align-items:center;font-size:.9rem;margin:.15rem 0}
        .chart-bar{display:flex;height:1rem;border:1px solid var(--line);background:var(--bg)}
        .chart-bar span{display:block;height:100%}
        .part-0{background:var(--m-bg)}.part-1{background:var(--p1)}
        .part-2{background-color:var(--p2);background-image:repeating-linear-gradient(135deg,transparent,transparent 4px,rgba(255,255,255,.55) 4px,rgba(255,255,255,.55) 6px)}
        @media (max-width:37.5rem){body{font-size:15px}th,td{padding:.25rem .35rem}
        .scroll-cue{display:block}
        .chart-row{grid-template-columns:1fr;gap:.1rem;margin:0 0 .5rem}
        .stacked table,.stacked tbody,.stacked tr,.stacked th,.stacked td{display:block;width:auto}
        .stacked caption{display:block}
        .stacked thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
        .stacked tr{border:1px solid var(--line);margin:0 0 .75rem}
        .stacked th,.stacked td{border:0;border-top:1px solid var(--line)}
        .stacked tr>:first-child{border-top:0}
        .stacked td[data-label]::before{content:attr(data-label);display:block;font-size:.8em;font-weight:600}}
        @media print{:root{--fg:#000;--bg:#fff;--link:#000}body{font-size:10.5pt}
        header nav,.scroll-cue,details,.chart{display:none}.print-only{display:block}
        .table-wrap{overflow:visible}.wide{background:none}.wide th[scope=row]{position:static}
        .wide td{min-width:0}.t-mandatory,.t-optional,.t-absent,.t-not-applicable,.t-unknown{background:none;color:#000}
        thead{display:table-header-group}tr,th,td{break-inside:avoid}
        h2,h3,caption{break-after:avoid}
        h2,h3{break-inside:avoid}h2::after,h3::after{content:"";display:block;height:5rem;margin-bottom:-5rem}
        .refs a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;word-break:break-all}}

        """
}
