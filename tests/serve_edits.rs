//! `portsite serve` and edits: every kind of source edit reaching the open page through live
//! reload (with events and with polling), errors shown in the browser while the last good
//! state stays served, and the served bytes equal to what `build` writes after edits.

mod common;

use std::net::SocketAddr;

use common::http::*;
use common::{TestSite, text_of};
use portsite::serve::RELOAD_TAG;

#[test]
fn an_entry_edit_shows_up_over_http_and_reloads_the_browser() {
    let site = TestSite::bundled(3700, 3720);
    std::fs::remove_file(site.root().join("content/ports/3712/index.de.md")).unwrap();
    let server = start(&site);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    let path = site.root().join(ENTRY);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\nFreshly edited paragraph.\n")).unwrap();
    let page = wait_for_page(addr, "/ports/3712/", |b| b.contains("Freshly edited"));
    assert_eq!(page.status, 200);
    listener.wait_for("reload");
    // German has no translation of this entry, so it shows the edited English original.
    assert!(get(addr, "/de/ports/3712/").body.contains("Freshly edited"));
    // The home page lists curated entries by title: a new title appears there too.
    edit_entry(&site, "Port 3712: Sentinel", "Port 3712: Renamed Sentinel");
    listener.wait_for("reload");
    assert!(get(addr, "/").body.contains("Port 3712: Renamed Sentinel"));
}

#[test]
fn a_broken_entry_sends_an_error_and_keeps_the_last_good_page() {
    let site = TestSite::bundled(3700, 3720);
    let server = start(&site);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    edit_entry(&site, "title: \"Port 3712", "titel: \"Port 3712");
    let error = listener.wait_for("build-error");
    assert!(error.contains("index.en.md:2:1"), "{error}");
    assert!(error.contains("titel"), "{error}");
    let page = get(addr, "/ports/3712/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Sentinel Enterprise"));
    // A page opened while the site is broken learns about the error at once.
    let late = Listener::open(addr);
    assert!(late.wait_for("build-error").contains("titel"));

    edit_entry(&site, "titel: \"Port 3712", "title: \"Port 3712");
    listener.wait_for("reload");
}

/// Every file under `out`, as the URL it is served at.
fn built_urls(out: &std::path::Path) -> Vec<String> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file() && !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            let relative = e.path().strip_prefix(out).unwrap().to_string_lossy();
            let url = format!("/{relative}");
            url.strip_suffix("index.html")
                .map_or(url.clone(), str::to_string)
        })
        .collect()
}

/// Asserts that every file `build` wrote is what `serve` sends, the reload tag aside.
fn assert_served_as_built(site: &TestSite, addr: SocketAddr) -> usize {
    let urls = built_urls(&site.out());
    for url in &urls {
        let reply = get(addr, url);
        assert_eq!(reply.status, 200, "{url}");
        let body = reply.raw_body;
        let mut file = site.out().join(&url[1..]);
        if url.ends_with('/') {
            file.push("index.html");
        }
        let built = std::fs::read(&file).unwrap();
        let tag = RELOAD_TAG.as_bytes();
        let served = match body.windows(tag.len()).rposition(|w| w == tag) {
            Some(at) => [&body[..at], &body[at + tag.len()..]].concat(),
            None => body,
        };
        assert!(served == built, "{url}: serve and build differ");
    }
    urls.len()
}

#[test]
fn every_file_a_build_writes_is_served_with_the_same_bytes_even_after_edits() {
    let site = TestSite::bundled(3700, 3720);
    let server = start(&site);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    // Warm the cache, then build while serve runs on the same root.
    assert_eq!(get(addr, "/ports/3712/").status, 200);
    site.build().expect("build");
    let files = assert_served_as_built(&site, addr);
    assert!(files > 100, "{files} files");
    // An edit after a build: serve shows the new state, and it is the next build's.
    edit_entry(&site, "Port 3712: Sentinel", "Port 3712: Renamed Sentinel");
    listener.wait_for("reload");
    assert!(get(addr, "/").body.contains("Renamed Sentinel"));
    site.build().expect("second build");
    assert_served_as_built(&site, addr);
}

#[test]
fn every_kind_of_source_edit_reaches_the_page() {
    let site = TestSite::bundled(3700, 3720);
    let server = start(&site);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    let cases: [(&str, &str, &str, &str, &str); 7] = [
        (
            ENTRY,
            "## ",
            "Freshly edited paragraph.\n\n## ",
            "/ports/3712/",
            "Freshly edited",
        ),
        (
            "content/checks.yaml",
            "sudo ss -ltunp",
            "sudo ss -ltunpe",
            "/ports/3701/",
            "ss -ltunpe",
        ),
        (
            "locales/en/ui.ftl",
            "site-name = Port Reference",
            "site-name = Port Almanac",
            "/ports/3701/",
            "Port Almanac",
        ),
        (
            "templates/port.html",
            "<h1",
            "<h1 data-edited",
            "/ar/ports/3702/",
            "<h1 data-edited",
        ),
        (
            "site.yaml",
            "https://ports.example.org",
            "https://ports.example.net",
            "/tr/ports/3703/",
            "https://ports.example.net/tr/ports/3703/",
        ),
        (
            "content/registry/service-names-port-numbers.csv",
            "3712,tcp,Sentinel Enterprise",
            "3712,tcp,Sentinel Enterprise Edition",
            "/ports/3712/",
            "Sentinel Enterprise Edition",
        ),
        (
            "static/site.css",
            "",
            "/* edited */\n",
            "/static/site.css",
            "/* edited */",
        ),
    ];
    for (file, from, to, url, wanted) in cases {
        if from.is_empty() {
            let path = site.root().join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, format!("{to}{text}")).unwrap();
        } else {
            edit(&site, file, from, to);
        }
        listener.wait_for("reload");
        let page = get(addr, url);
        assert_eq!(page.status, 200, "{file}");
        assert!(
            page.body.contains(wanted) || text_of(&page.body).contains(wanted),
            "{file}: {url} does not show {wanted:?}"
        );
    }
}

#[test]
fn polling_sees_edits_too() {
    let site = TestSite::bundled(3710, 3715);
    let mut options = options(&site);
    options.poll = true;
    let server = start_with(options);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    edit_entry(&site, "Port 3712: Sentinel", "Port 3712: Polled Sentinel");
    listener.wait_for("reload");
    let home = get(addr, "/").body;
    assert!(home.contains("Polled Sentinel"), "{}", text_of(&home));
}

#[test]
fn a_site_that_does_not_load_shows_its_error_until_the_fix() {
    let site = TestSite::bundled(3710, 3715);
    edit_entry(&site, "title: \"Port 3712", "titel: \"Port 3712");
    let server = start(&site);
    let addr = server.local_addr();
    let page = get(addr, "/ports/3712/");
    assert_eq!(page.status, 500);
    assert!(page.body.contains("index.en.md:2:1"), "{}", page.body);
    assert!(
        page.body.contains(RELOAD_TAG),
        "the error page does not reload"
    );
    let listener = Listener::open(addr);
    assert!(listener.wait_for("build-error").contains("titel"));
    edit_entry(&site, "titel: \"Port 3712", "title: \"Port 3712");
    listener.wait_for("reload");
    assert_eq!(get(addr, "/ports/3712/").status, 200);
    assert!(!site.out().exists(), "serve wrote public/");
}

#[test]
fn a_template_edit_reaches_every_page_and_a_broken_one_keeps_the_last_good_state() {
    let site = TestSite::bundled(3700, 3705);
    let server = start(&site);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    let template = site.root().join("templates/port.html");
    let text = std::fs::read_to_string(&template).unwrap();
    let edited = text.replacen("<h1>", "<h1 class=\"retitled\">", 1);
    assert_ne!(edited, text, "the template has no <h1> to edit");
    std::fs::write(&template, &edited).unwrap();
    listener.wait_for("reload");
    // Every port page, not just one, comes from the new template.
    for port in 3700..=3705 {
        let page = get(addr, &format!("/ar/ports/{port}/"));
        assert!(page.body.contains("<h1 class=\"retitled\">"), "{port}");
    }
    std::fs::write(
        &template,
        edited.replacen("{{ page.title }}", "{{ page.title", 1),
    )
    .unwrap();
    let error = listener.wait_for("build-error");
    assert!(error.contains("templates/port.html"), "{error}");
    assert!(get(addr, "/ports/3700/").body.contains("retitled"));
}

#[test]
fn a_registry_edit_is_not_lost_when_the_same_save_breaks_a_template() {
    let site = TestSite::bundled(3710, 3715);
    let server = start(&site);
    let addr = server.local_addr();
    let listener = Listener::open(addr);
    // As after switching branches: several sources change at once, one of them broken.
    edit(
        &site,
        "templates/port.html",
        "{{ page.title }}",
        "{{ page.title",
    );
    edit(
        &site,
        "content/registry/service-names-port-numbers.csv",
        "3712,tcp,Sentinel Enterprise",
        "3712,tcp,Sentinel Enterprise Edition",
    );
    listener.wait_for("build-error");
    edit(
        &site,
        "templates/port.html",
        "{{ page.title",
        "{{ page.title }}",
    );
    listener.wait_for("reload");
    assert!(
        get(addr, "/ports/3712/")
            .body
            .contains("Sentinel Enterprise Edition")
    );
}
