//! Criterion benchmarks of the build's hot stages, run on the bundled site.
//!
//! Each group measures one thing a build does: load the registry, load the Fluent bundles
//! and format a message, load the syntax highlighter, stamp a port into a pre-highlighted
//! command, render one port page, and the whole start-up before the first page. Times are
//! kept short so `cargo bench` finishes in about two minutes on a 2-core machine.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

use portsite::config::LocaleCode;
use portsite::i18n::{Arg, LocaleSpec, Localizer};
use portsite::markdown::Highlighter;
use portsite::port::Port;
use portsite::registry::PortRegistry;
use portsite::render;
use portsite::site::{LoadedSite, REGISTRY_CSV};

/// The port the single-page benchmarks render: unassigned in the registry's middle range,
/// with a curated entry in the bundled site.
const PORT: Port = Port::new(3712);

/// The bundled site shipped in the repository.
fn site_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A locale code of the bundled site.
fn code(code: &str) -> LocaleCode {
    match LocaleCode::new(code) {
        Ok(code) => code,
        Err(error) => panic!("{error}"),
    }
}

/// The bundled site's locales, as `site.yaml` declares them (ar formats as ar-EG).
fn locale_specs() -> Vec<LocaleSpec> {
    vec![
        LocaleSpec::new(&code("en")),
        LocaleSpec::new(&code("tr")),
        LocaleSpec::new(&code("de")),
        LocaleSpec {
            code: code("ar"),
            format_locale: "ar-EG".to_owned(),
        },
    ]
}

fn load_site(root: &Path) -> LoadedSite {
    match LoadedSite::load(root, None) {
        Ok(site) => site,
        Err(error) => panic!("the bundled site at {} must load: {error}", root.display()),
    }
}

fn registry(c: &mut Criterion) {
    let csv = site_root().join(REGISTRY_CSV);
    c.bench_function("registry/from_path", |b| {
        b.iter(|| PortRegistry::from_path(black_box(&csv)).map(|r| r.record_count()))
    });
}

fn i18n(c: &mut Criterion) {
    let dir = site_root().join("locales");
    let specs = locale_specs();
    let en = code("en");
    c.bench_function("i18n/localizer_load", |b| {
        b.iter(|| Localizer::load(black_box(&dir), &specs, &en).map(|l| l.warnings().len()))
    });
    let localizer = match Localizer::load(&dir, &specs, &en) {
        Ok(localizer) => localizer,
        Err(errors) => panic!("bundled locales must load: {errors:?}"),
    };
    let Some(tr) = localizer.bundle("tr") else {
        panic!("the bundled site has a tr locale");
    };
    let port = tr.digits(i64::from(PORT.get()));
    c.bench_function("i18n/format_plural_tr", |b| {
        b.iter(|| {
            tr.format(
                black_box("facts-services-caption"),
                &[("count", Arg::Num(2)), ("port", Arg::Str(&port))],
            )
        })
    });
}

fn highlight(c: &mut Criterion) {
    let command =
        "Get-NetTCPConnection -LocalPort {port} -State Listen | Select-Object OwningProcess";
    c.bench_function("markdown/highlighter_new", |b| b.iter(Highlighter::new));
    // syntect links a syntax's contexts on first use, so a fresh highlighter's first
    // PowerShell block is where the loading cost actually shows.
    let code = command.replace("{port}", "3712");
    c.bench_function("markdown/highlighter_new_first_highlight", |b| {
        b.iter(|| Highlighter::new().highlight(black_box(&code), "powershell"))
    });
    let highlighter = Highlighter::new();
    let template = match highlighter.template(command, "{port}", "powershell") {
        Ok(template) => template,
        Err(error) => panic!("powershell must be highlightable: {error}"),
    };
    let mut out = String::with_capacity(4096);
    c.bench_function("markdown/template_render_into", |b| {
        b.iter(|| {
            out.clear();
            template.render_into(black_box(PORT), &mut out);
            out.len()
        })
    });
    c.bench_function("markdown/highlight_direct", |b| {
        b.iter(|| highlighter.highlight(black_box(&code), "powershell"))
    });
}

fn pages(c: &mut Criterion) {
    let root = site_root();
    let site = load_site(&root);
    let view = site.view();
    let Some(tr) = site.config.locale_id("tr") else {
        panic!("the bundled site has a tr locale");
    };
    let mut buf = Vec::with_capacity(64 * 1024);
    c.bench_function("render/port_3712_tr", |b| {
        b.iter(|| {
            buf.clear();
            render::render_port(&view, tr, black_box(PORT), &mut buf).map(|()| buf.len())
        })
    });
    c.bench_function("render/port_unassigned_tr", |b| {
        b.iter(|| {
            buf.clear();
            render::render_port(&view, tr, black_box(Port::new(40_123)), &mut buf)
                .map(|()| buf.len())
        })
    });
}

fn startup(c: &mut Criterion) {
    let root = site_root();
    let mut group = c.benchmark_group("site");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("loaded_site_load", |b| {
        b.iter_batched(
            || (),
            |()| load_site(black_box(&root)),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = stages;
    config = config();
    targets = registry, i18n, highlight, pages, startup
}
criterion_main!(stages);
