//! `port_pages: registered`: only ports the registry names (or a curated entry describes) get
//! a page; every other port is a row of its range page, and `/ports/N/` leads there through
//! the host's redirects (`_redirects`, the nginx map), the 404 page, and `serve`.

mod common;

use std::fs;
use std::process::Command as Process;

use assert_cmd::Command;
use common::TestSite;
use common::http::{get, start};

/// Ports 27005–27025 in ranges of ten. The registry names 27005–27010, 27016 and 27017
/// (also curated); 27011 is unassigned, with IANA's wording appended below so that it has a
/// search record; 27012–27015 and 27018–27025 are unassigned.
fn registered_site() -> TestSite {
    let site = TestSite::bundled(27005, 27025);
    let config = fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let config = config.replace(
        "range_size: 1000\n",
        "range_size: 10\nport_pages: registered\n",
    );
    site.write("site.yaml", &config);
    let csv = site
        .root()
        .join("content/registry/service-names-port-numbers.csv");
    let mut text = fs::read_to_string(&csv).unwrap();
    text.push_str(",27011,tcp,Unassigned [was fooserv],,,,,,,,\n");
    fs::write(&csv, text).unwrap();
    site
}

const WITHOUT_PAGE: [u16; 13] = [
    27011, 27012, 27013, 27014, 27015, 27018, 27019, 27020, 27021, 27022, 27023, 27024, 27025,
];

#[test]
fn unregistered_ports_are_rows_of_their_range_page_and_redirects_lead_there() {
    let site = registered_site().built();
    assert!(
        site.exists("/ports/27017/index.html"),
        "curated port lost its page"
    );
    assert!(site.exists("/tr/ports/27010/index.html"));
    for port in WITHOUT_PAGE {
        assert!(
            !site.exists(&format!("/ports/{port}/")),
            "{port} has a page"
        );
        assert!(
            !site.exists(&format!("/ar/ports/{port}/")),
            "{port} has a page"
        );
    }
    // The range page lists the port under its anchor, says why it has no page, and never
    // links to a page that is not there.
    let range = site.page("/tr/ports/27010-27019/");
    assert!(
        range.contains("<tr id=\"port-27011\"><th scope=row>27011</th>"),
        "{range}"
    );
    assert!(
        range.contains("27012 numaralı port atanmamıştır"),
        "{range}"
    );
    assert!(!range.contains("/ports/27011/"));
    assert!(range.contains("href=\"/tr/ports/27010/\""));
    let dynamic = site.page("/ports/27020-27025/");
    assert!(dynamic.contains("id=\"port-27025\""));
    // Neighbour links skip the ports without a page.
    let page = site.page("/ports/27010/");
    assert!(
        page.contains("<a rel=next href=\"/ports/27016/\">"),
        "{page}"
    );

    let redirects = fs::read_to_string(site.out().join("_redirects")).unwrap();
    let rules: Vec<&str> = redirects.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(rules.len(), WITHOUT_PAGE.len() * 4);
    assert!(rules.len() <= 1000 && redirects.len() <= 64_000);
    assert!(rules.contains(&"/ports/27011/ /ports/27010-27019/#port-27011 302"));
    assert!(rules.contains(&"/ar/ports/27025/ /ar/ports/27020-27025/#port-27025 302"));
    let map = fs::read_to_string(site.out().join(".portsite-nginx-redirects.map")).unwrap();
    assert!(map.contains("\"/de/ports/27013/\" \"/de/ports/27010-27019/#port-27013\";\n"));
    assert_eq!(
        map.lines().filter(|l| !l.starts_with('#')).count(),
        rules.len()
    );
}

#[test]
fn sitemaps_search_and_the_404_page_know_which_ports_have_no_page() {
    let site = registered_site().built();
    let sitemap = site.page("/sitemap-en-1.xml");
    assert!(sitemap.contains("/ports/27017/</loc>"));
    assert!(
        !sitemap.contains("/ports/27011/"),
        "sitemap lists a missing page"
    );
    // 27011's record leads to its row; records of ports with a page have no sixth item.
    let shard = site.page("/search/tr/f.json");
    assert!(
        shard.contains(",\"/tr/ports/27010-27019/#port-27011\"]"),
        "{shard}"
    );
    let mongo = site.page("/search/en/m.json");
    assert!(mongo.contains("[27017,"), "{mongo}");
    assert!(!mongo.contains("#port-27017"));
    // Hosts without redirects show the 404 page: it carries what site.js needs to link the
    // range row, and every range page for readers without JavaScript.
    let not_found = site.page("/de/404.html");
    assert!(not_found.contains(
        "data-listed data-range-size=\"10\" data-from=\"27005\" data-to=\"27025\" data-prefixes=\" /tr /de /ar\""
    ));
    assert!(not_found.contains("<a href=\"/de/ports/27010-27019/\">27010–27019</a>"));
    assert!(site.page("/static/site.js").contains("#port-"));
}

#[test]
fn serve_answers_a_port_without_a_page_with_its_range_row() {
    let site = registered_site();
    let server = start(&site);
    let addr = server.local_addr();
    let reply = get(addr, "/tr/ports/27012/");
    assert_eq!(reply.status, 302);
    assert_eq!(
        reply.header("location"),
        Some("/tr/ports/27010-27019/#port-27012")
    );
    let reply = get(addr, "/ports/27012");
    assert_eq!(reply.status, 302);
    assert_eq!(
        reply.header("location"),
        Some("/ports/27010-27019/#port-27012")
    );
    assert_eq!(get(addr, "/ports/27016/").status, 200);
    assert_eq!(get(addr, "/ports/27026/").status, 404);
}

#[test]
fn the_build_summary_counts_port_pages_and_redirects() {
    let site = registered_site();
    let out = Command::cargo_bin("portsite")
        .unwrap()
        .args(["build", "--root"])
        .arg(site.root())
        .assert()
        .success();
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("(32 port pages)"), "{err}");
    assert!(
        err.contains("ports without a page: 52 redirects in .portsite-nginx-redirects.map, 52 of them in _redirects"),
        "{err}"
    );
    assert!(
        err.contains("fits the limits of: GitHub Pages, GitLab Pages"),
        "{err}"
    );
}

#[test]
fn check_rejects_an_unknown_port_pages_value_with_its_position() {
    let site = TestSite::bundled(0, 100);
    let config = fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let line = config.lines().count() + 1;
    site.write("site.yaml", &format!("{config}port_pages: some\n"));
    let out = Command::cargo_bin("portsite")
        .unwrap()
        .args(["check", "--root"])
        .arg(site.root())
        .assert()
        .failure()
        .code(1);
    let err = common::rendered::one_line(&String::from_utf8_lossy(&out.get_output().stderr));
    assert!(
        err.contains(&format!(
            "site.yaml:{line}:13: port_pages: unknown variant `some`, expected `all` or `registered`"
        )),
        "{err}"
    );
}

/// nginx, when installed, answers with the map the build wrote (as the DEPLOY.md recipe
/// configures it).
#[test]
fn nginx_redirects_with_the_map_when_installed() {
    if Process::new("nginx").arg("-v").output().is_err() {
        eprintln!("nginx is not installed: the map is checked as a file only");
        return;
    }
    let site = registered_site().built();
    let tmp = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let public = site.out();
    let conf = format!(
        "daemon off; master_process off; pid {tmp}/nginx.pid; error_log {tmp}/error.log warn;\n\
         events {{ worker_connections 16; }}\n\
         http {{\n\
           access_log off; client_body_temp_path {tmp}/cb; proxy_temp_path {tmp}/p;\n\
           fastcgi_temp_path {tmp}/f; uwsgi_temp_path {tmp}/u; scgi_temp_path {tmp}/s;\n\
           map $uri $portsite_listed {{ default \"\"; include {public}/.portsite-nginx-redirects.map; }}\n\
           server {{ listen 127.0.0.1:{port}; root {public}; absolute_redirect off;\n\
             if ($portsite_listed) {{ return 302 $portsite_listed; }}\n\
             location ~ /\\. {{ return 404; }}\n\
             location / {{ try_files $uri $uri/ =404; }} }}\n\
         }}\n",
        tmp = tmp.path().display(),
        public = public.display(),
    );
    let conf_path = tmp.path().join("nginx.conf");
    fs::write(&conf_path, conf).unwrap();
    let mut nginx = Process::new("nginx")
        .arg("-c")
        .arg(&conf_path)
        .arg("-p")
        .arg(tmp.path())
        .spawn()
        .unwrap();
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let mut reply = None;
    for _ in 0..100 {
        if std::net::TcpStream::connect(addr).is_ok() {
            reply = Some(get(addr, "/de/ports/27021/"));
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let map_reply = get(addr, "/.portsite-nginx-redirects.map");
    let page = get(addr, "/ports/27016/");
    let _ = nginx.kill();
    let _ = nginx.wait();
    let reply = reply.expect("nginx did not start");
    assert_eq!(reply.status, 302);
    assert_eq!(
        reply.header("location"),
        Some("/de/ports/27020-27025/#port-27021")
    );
    assert_eq!(map_reply.status, 404, "the map must not be served");
    assert_eq!(page.status, 200);
}
