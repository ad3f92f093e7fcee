//! Behaviour of `render` and `render_inline` as a page author sees it.

use std::sync::OnceLock;

use super::*;

fn highlighter() -> &'static Highlighter {
    static HL: OnceLock<Highlighter> = OnceLock::new();
    HL.get_or_init(Highlighter::new)
}

fn md(markdown: &str) -> RenderedMarkdown {
    render(markdown, highlighter(), &MarkdownOptions::default())
}

fn md_with(markdown: &str, allow_raw_html: bool, link_prefix: &str) -> RenderedMarkdown {
    let options = MarkdownOptions {
        allow_raw_html,
        link_prefix,
        language: "en",
    };
    render(markdown, highlighter(), &options)
}

#[test]
fn headings_get_slug_ids_and_self_links() {
    let out = md("## Neden Önemli?\n\nText.\n");
    assert!(
        out.html
            .contains("<h2 id=\"neden-önemli\"><a href=\"#neden-önemli\">Neden Önemli?</a></h2>"),
        "{}",
        out.html
    );
    assert_eq!(
        out.headings,
        vec![Heading {
            level: 2,
            id: "neden-önemli".into(),
            text: "Neden Önemli?".into()
        }]
    );
}

#[test]
fn turkish_dotted_capital_i_slugs_to_plain_i() {
    let out = md("# İzmir ve Işık\n");
    assert_eq!(out.headings[0].id, "izmir-ve-işık");
}

#[test]
fn duplicate_headings_get_numbered_ids() {
    let out = md("## FAQ\n\n## FAQ\n\n## FAQ\n");
    let ids: Vec<&str> = out.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["faq", "faq-1", "faq-2"]);
    assert!(out.html.contains("<h2 id=\"faq-2\"><a href=\"#faq-2\">"));
}

#[test]
fn explicit_heading_id_wins_and_is_not_taken_by_a_slug() {
    let out = md("## Overview\n\n## Something else {#overview .intro}\n");
    assert_eq!(out.headings[0].id, "overview-1");
    assert_eq!(out.headings[1].id, "overview");
    assert!(
        out.html
            .contains("<h2 id=\"overview\" class=\"intro\"><a href=\"#overview\">")
    );
}

#[test]
fn links_inside_headings_do_not_nest_anchors() {
    let out = md("## See [port 80](/ports/80/)\n");
    assert_eq!(out.html.matches("<a ").count(), 1, "{}", out.html);
    assert_eq!(out.headings[0].text, "See port 80");
    assert_eq!(out.links[0].dest, "/ports/80/");
}

#[test]
fn a_link_records_where_its_destination_is_written() {
    let text = "Intro.\n\n`/ports/80/` is [/ports/80/](/ports/80/ \"/ports/80/\") and [ref][r].\n\n[r]: /x/\n";
    let out = md(text);
    let written: Vec<(&str, usize)> = (out.links.iter())
        .map(|l| (&text[l.source.clone()], l.line))
        .collect();
    // The destination after the text, not the same path in code, text or title; a
    // reference link is the whole link, its destination being written elsewhere.
    assert_eq!(written, [("/ports/80/", 3), ("[ref][r]", 3)]);
    assert_eq!(
        out.links[0].source.start,
        text.find("(/ports/80/").unwrap() + 1
    );
}

#[test]
fn fenced_code_is_highlighted_ltr_with_its_language() {
    let out = md("```bash\nsudo lsof -i :3712\n```\n");
    assert!(
        out.html
            .starts_with("<pre class=\"hl-code\" dir=\"ltr\" data-lang=\"bash\"><code><h-"),
        "{}",
        out.html
    );
    assert!(out.html.contains("</code></pre>"));
    assert!(!out.html.contains("style="));
}

#[test]
fn unknown_language_renders_escaped_plain_text_in_the_same_wrapper() {
    let out = md("```klingon\nqapla' <b>&\n```\n");
    assert_eq!(
        out.html.trim_end(),
        "<pre class=\"hl-code\" dir=\"ltr\" data-lang=\"klingon\"><code>qapla&#39; &lt;b&gt;&amp;\n</code></pre>"
    );
}

#[test]
fn raw_html_is_escaped_by_default() {
    let out = md("Hi <script>alert(1)</script> there\n\n<div onclick=\"x()\">block</div>\n");
    assert!(!out.html.contains("<script"), "{}", out.html);
    assert!(!out.html.contains("<div"), "{}", out.html);
    assert!(
        out.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{}",
        out.html
    );
    assert!(out.html.contains("&lt;div onclick="), "{}", out.html);
}

#[test]
fn html_comments_are_dropped_not_shown() {
    let out = md("Text <!-- translator note --> here.\n\n<!-- a block note -->\n");
    assert!(!out.html.contains("note"), "{}", out.html);
    assert!(out.html.contains("Text  here."), "{}", out.html);
}

#[test]
fn fence_language_cannot_inject_attributes() {
    let out = md("```x\"onmouseover=alert(1)\ncode\n```\n");
    assert!(
        out.html
            .contains("data-lang=\"x&quot;onmouseover=alert(1)\""),
        "{}",
        out.html
    );
}

#[test]
fn allowed_raw_html_is_sanitized() {
    let text = "Press <kbd>Ctrl</kbd> <img src=x onerror=\"alert(1)\">\n\n\
                <div><script>alert(1)</script><em>kept</em></div>\n";
    let out = md_with(text, true, "");
    assert!(out.html.contains("<kbd>Ctrl</kbd>"), "{}", out.html);
    assert!(out.html.contains("<em>kept</em>"), "{}", out.html);
    assert!(!out.html.contains("script"), "{}", out.html);
    assert!(!out.html.contains("onerror"), "{}", out.html);
}

#[test]
fn script_links_are_dropped_but_their_text_kept_in_both_modes() {
    for allow in [false, true] {
        let out = md_with(
            "[click](javascript:alert(1)) [v](VBScript:x) [d](data:text/html,hi) [ok](/ok/)\n",
            allow,
            "",
        );
        assert!(!out.html.to_lowercase().contains("script:"), "{}", out.html);
        assert!(!out.html.contains("data:"), "{}", out.html);
        assert!(out.html.contains("click"), "{}", out.html);
        assert!(out.html.contains("<a href=\"/ok/\""), "{}", out.html);
    }
}

#[test]
fn quotes_in_link_urls_and_titles_cannot_break_out_of_attributes() {
    let out = md("[a](https://x.example/\"onmouseover=alert(1) \"\\\"onmouseover=alert(2)\")\n");
    assert!(!out.html.contains("\"onmouseover"), "{}", out.html);
    assert!(!out.html.contains("\" onmouseover"), "{}", out.html);
    assert!(
        out.html.contains("title=\"&quot;onmouseover=alert(2)\""),
        "{}",
        out.html
    );
}

#[test]
fn site_absolute_links_get_the_locale_prefix() {
    let out = md_with(
        "[80](/ports/80/) [cdn](//cdn.example/x) [ext](https://iana.org/) [rel](../81/)\n",
        false,
        "/tr",
    );
    assert!(out.html.contains("href=\"/tr/ports/80/\""), "{}", out.html);
    assert!(out.html.contains("href=\"//cdn.example/x\""));
    assert!(out.html.contains("href=\"https://iana.org/\""));
    assert!(out.html.contains("href=\"../81/\""));
    assert_eq!(
        out.links[0].dest, "/ports/80/",
        "links keep the destination as written"
    );
}

#[test]
fn links_are_reported_with_their_source_lines() {
    let out = md("# Title\n\nSee [a](/a/)\nand ![img](/i.png).\n\n[ref]: /r/\n\nAlso [r][ref].\n");
    let found: Vec<(&str, usize)> = out
        .links
        .iter()
        .map(|l| (l.dest.as_str(), l.line))
        .collect();
    assert_eq!(found, [("/a/", 3), ("/i.png", 4), ("/r/", 8)]);
}

#[test]
fn checks_shortcode_becomes_the_marker() {
    let out = md("Before.\n\n{{ checks }}\n\nAfter {{ checks }} inline.\n");
    assert!(out.has_checks_marker);
    assert_eq!(out.html.matches(CHECKS_MARKER).count(), 1, "{}", out.html);
    assert!(out.html.contains("After {{ checks }} inline."));
    assert!(!md("No shortcode.\n").has_checks_marker);
}

#[test]
fn footnotes_are_listed_apart_with_back_links() {
    let text =
        "Registered in 2003.[^iana] Again.[^iana]\n\n[^iana]: IANA registry entry.\n\n## Later\n";
    let out = md(text);
    assert!(
        !out.html.contains("<section class=\"footnotes\""),
        "the notes are kept apart for the page's end: {}",
        out.html
    );
    assert!(out.html.contains("<h2"), "{}", out.html);
    assert!(
        out.html.contains("<a href=\"#fn:1\" id=\"fnref:1\""),
        "{}",
        out.html
    );
    assert!(out.html.contains("id=\"fnref:1:2\""), "{}", out.html);
    let notes = &out.footnotes;
    assert!(notes.starts_with("<section class=\"footnotes\""), "{notes}");
    assert!(notes.contains("<li id=\"fn:1\">"), "{notes}");
    assert!(notes.contains("IANA registry entry."), "{notes}");
    assert!(notes.contains("href=\"#fnref:1\""), "{notes}");
    assert!(notes.contains("href=\"#fnref:1:2\""), "{notes}");
    assert!(md("No notes.\n").footnotes.is_empty());
}

#[test]
fn footnotes_are_numbered_in_order_of_citation() {
    let out = md("A[^b] B[^a]\n\n[^a]: Alpha.\n[^b]: Beta.\n");
    let beta = out.footnotes.find("Beta.").unwrap();
    let alpha = out.footnotes.find("Alpha.").unwrap();
    assert!(beta < alpha, "{}", out.footnotes);
}

#[test]
fn tables_strikethrough_and_smart_punctuation_are_on() {
    let out = md("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ \"quoted\" -- dash\n");
    assert!(out.html.contains("<table>"));
    assert!(out.html.contains("<del>old</del>"));
    assert!(out.html.contains("“quoted”"), "{}", out.html);
    assert!(out.html.contains("–"), "{}", out.html);
}

#[test]
fn inline_render_drops_the_single_paragraph_wrapper() {
    let options = MarkdownOptions {
        allow_raw_html: false,
        link_prefix: "/de",
        language: "de",
    };
    assert_eq!(
        render_inline("Use **`ss`**, see [80](/ports/80/).", &options),
        "Use <strong><code>ss</code></strong>, see <a href=\"/de/ports/80/\">80</a>."
    );
    let two = render_inline("One.\n\nTwo.", &options);
    assert_eq!(two, "<p>One.</p>\n<p>Two.</p>");
    assert_eq!(
        render_inline("a <b>x</b> [j](javascript:x)", &options),
        "a &lt;b&gt;x&lt;/b&gt; j"
    );
}

#[test]
fn footnote_ids_cannot_collide_with_heading_ids() {
    let out = md("## Fn 1\n\nText.[^1]\n\n[^1]: Note.\n");
    let page = format!("{}{}", out.html, out.footnotes);
    assert_eq!(page.matches("id=\"fn-1\"").count(), 1, "{page}");
    assert_eq!(page.matches("id=\"fn:1\"").count(), 1, "{page}");
}

#[test]
fn heading_ids_lowercase_the_way_the_language_does() {
    let options = |language| MarkdownOptions {
        language,
        ..MarkdownOptions::default()
    };
    let turkish = render("## IŞIK\n", highlighter(), &options("tr"));
    assert_eq!(turkish.headings[0].id, "ışık");
    let english = render("## IŞIK\n", highlighter(), &options("en"));
    assert_eq!(english.headings[0].id, "işik");
}
