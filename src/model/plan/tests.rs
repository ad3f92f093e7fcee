use std::path::Path;

use super::*;

/// The locale at `index` of the test sites' list: en, tr, pt-BR.
fn id(index: usize) -> LocaleId {
    LocaleId::from_index(index)
}

fn plan(from: u16, to: u16) -> SitePlan {
    let yaml = format!(
        "title: t\nbase_url: https://x.test\ndefault_locale: en\nlocales:\n  - {{code: en, name: English}}\n  - {{code: tr, name: Türkçe}}\n  - {{code: pt-BR, name: Português}}\nports: {{from: {from}, to: {to}}}\nrange_size: 1000\n"
    );
    let config = SiteConfig::parse(Path::new("site.yaml"), &yaml).unwrap();
    SitePlan::new(&config)
}

fn page(plan: &SitePlan, path: &str) -> Page {
    match plan.lookup(path) {
        Lookup::Page(page) => page,
        other => panic!("{path}: {other:?}"),
    }
}

#[test]
fn every_planned_url_looks_up_to_its_own_page() {
    let plan = plan(990, 2010);
    let mut pages: Vec<Page> = plan.html_pages().collect();
    assert_eq!(pages.len(), plan.html_page_count());
    for locale in plan.locale_ids() {
        pages.push(Page::Search { locale });
        pages.push(Page::Feed { locale });
        pages.push(Page::Strings { locale });
        pages.push(Page::Sitemap { locale, number: 2 });
        pages.push(Page::SearchShard {
            locale,
            key: "_".into(),
        });
    }
    pages.extend([
        Page::SitemapIndex,
        Page::Robots,
        Page::Stylesheet,
        Page::Static("icons/logo.svg".into()),
    ]);
    for expected in pages {
        let url = plan.url(&expected);
        assert_eq!(page(&plan, url.as_str()), expected, "{url}");
    }
}

#[test]
fn urls_follow_the_published_layout() {
    let plan = plan(0, 65535);
    let url = |page: Page| plan.url(&page).as_str().to_string();
    let html = |locale, kind| Page::Html {
        locale: id(locale),
        kind,
    };
    assert_eq!(
        url(html(1, PageKind::Port(Port::new(3712)))),
        "/tr/ports/3712/"
    );
    assert_eq!(url(html(0, PageKind::NotFound)), "/404.html");
    assert_eq!(url(Page::Search { locale: id(0) }), "/search/");
    assert_eq!(url(Page::Feed { locale: id(2) }), "/pt-BR/feed.xml");
    assert_eq!(
        url(Page::SearchShard {
            locale: id(0),
            key: "s".into()
        }),
        "/search/en/s.json"
    );
    assert_eq!(
        url(Page::Sitemap {
            locale: id(2),
            number: 1
        }),
        "/sitemap-pt-BR-1.xml"
    );
    assert_eq!(url(Page::Stylesheet), "/static/highlight.css");
    assert_eq!(
        url(Page::Strings { locale: id(2) }),
        "/static/strings/pt-BR.json"
    );
}

#[test]
fn folder_urls_without_slash_redirect_and_index_html_is_the_folder() {
    let plan = plan(0, 100);
    let redirect = |path: &str| match plan.lookup(path) {
        Lookup::Redirect(to) => to.as_str().to_string(),
        other => panic!("{path}: {other:?}"),
    };
    assert_eq!(redirect("/tr/ports/80"), "/tr/ports/80/");
    assert_eq!(redirect("/tr"), "/tr/");
    assert_eq!(redirect("/search"), "/search/");
    assert_eq!(
        page(&plan, "/ports/80/index.html"),
        page(&plan, "/ports/80/")
    );
    assert_eq!(page(&plan, "/tr/index.html"), page(&plan, "/tr/"));
}

#[test]
fn what_the_plan_does_not_have_is_missing_in_its_locale() {
    let plan = plan(0, 100);
    for (path, locale) in [
        ("/ports/101/", 0),
        ("/tr/ports/080/", 1),
        ("/ports/+80/", 0),
        ("/ports/0-999/", 0),
        ("/tr/static/site.css", 1),
        ("/pt-BR/nothing", 2),
        ("/trx/", 0),
        ("/feed.xmlindex.html", 0),
        ("/sitemap-en-0.xml", 0),
        ("/sitemap-en-01.xml", 0),
        ("/sitemap-xx-1.xml", 0),
        ("/search/en/a.b.json", 0),
        ("/static/", 0),
    ] {
        let locale = id(locale);
        assert_eq!(plan.lookup(path), Lookup::Missing { locale }, "{path}");
    }
    assert_eq!(
        page(&plan, "/ports/0-100/"),
        Page::Html {
            locale: id(0),
            kind: PageKind::Range(PortRange::new(Port::new(0), Port::new(100)).unwrap())
        }
    );
}

#[test]
fn the_generated_stylesheet_and_strings_win_over_static_files() {
    let plan = plan(0, 1);
    assert_eq!(plan.static_page("highlight.css"), Some(Page::Stylesheet));
    assert_eq!(
        plan.static_page("strings/tr.json"),
        Some(Page::Strings { locale: id(1) })
    );
    assert_eq!(
        plan.static_page("strings/xx.json"),
        Some(Page::Static("strings/xx.json".into()))
    );
    assert_eq!(
        plan.static_page("css/site.css"),
        Some(Page::Static("css/site.css".into()))
    );
    assert_eq!(plan.static_page("50%.png"), None);
    assert_eq!(plan.static_page("a/../b"), None);
}

#[test]
fn ports_without_a_page_are_answered_with_their_range_row() {
    // Range pages of 1000 ports: 990-999, 1000-1999, 2000-2010.
    let plan =
        plan(990, 2010).with_port_pages(super::super::PortSet::from_fn(|p| p.get() % 2 == 0));
    let listed = |path: &str| match plan.lookup(path) {
        Lookup::Listed(to) => to.as_str().to_string(),
        other => panic!("{path}: {other:?}"),
    };
    assert_eq!(listed("/ports/1999/"), "/ports/1000-1999/#port-1999");
    assert_eq!(listed("/tr/ports/991"), "/tr/ports/990-999/#port-991");
    assert_eq!(
        listed("/pt-BR/ports/2009/index.html"),
        "/pt-BR/ports/2000-2010/#port-2009"
    );
    assert_eq!(
        page(&plan, "/ports/1998/"),
        Page::Html {
            locale: id(0),
            kind: PageKind::Port(Port::new(1998))
        }
    );
    assert_eq!(
        plan.lookup("/ports/2011/"),
        Lookup::Missing { locale: id(0) }
    );
    let pages: Vec<Page> = plan.html_pages().collect();
    assert_eq!(pages.len(), plan.html_page_count());
    let port_pages = pages
        .iter()
        .filter(|p| {
            matches!(
                p,
                Page::Html {
                    kind: PageKind::Port(_),
                    ..
                }
            )
        })
        .count();
    assert_eq!(port_pages, 3 * 511);
    assert!(
        !plan
            .listed_pages()
            .any(|k| k == PageKind::Port(Port::new(1999)))
    );
    assert_eq!(
        plan.port_href(id(1), Port::new(1999)).unwrap().as_str(),
        "/tr/ports/1000-1999/#port-1999"
    );
    assert_eq!(
        plan.port_href(id(1), Port::new(1998)).unwrap().as_str(),
        "/tr/ports/1998/"
    );
}
