//! What a reader or translator sees: messages, plurals, numbers, dates and the error report.

use std::path::{Path, PathBuf};

use super::*;
use crate::config::LocaleCode;
use crate::diag::ToDiagnostics;

pub(super) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/i18n")
        .join(name)
}

/// A locale code of the fixtures.
pub(super) fn code(code: &str) -> LocaleCode {
    LocaleCode::new(code).expect("a locale code")
}

pub(super) fn specs(codes: &[(&str, &str)]) -> Vec<LocaleSpec> {
    codes
        .iter()
        .map(|(locale, format_locale)| LocaleSpec {
            code: code(locale),
            format_locale: (*format_locale).to_owned(),
        })
        .collect()
}

pub(super) const SITE_LOCALES: [(&str, &str); 4] =
    [("en", "en"), ("tr", "tr"), ("de", "de"), ("ar", "ar-EG")];

pub(super) fn basic() -> Localizer {
    Localizer::load(&fixture("basic"), &specs(&SITE_LOCALES), &code("en")).expect("fixture loads")
}

fn text(localizer: &Localizer, code: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundle = localizer.bundle(code).expect("locale configured");
    bundle.format(id, args).expect("message formats")
}

#[test]
fn messages_and_attributes_come_from_the_readers_locale() {
    let l = basic();
    assert_eq!(text(&l, "en", "site-title", &[]), "Portsite");
    assert_eq!(
        text(&l, "tr", "site-title.tagline", &[]),
        "Her bağlantı noktası, açıklamasıyla"
    );
    assert_eq!(
        text(&l, "de", "site-title.tagline", &[]),
        "Jeder Port, erklärt"
    );
}

#[test]
fn string_arguments_are_inserted_without_bidi_marks() {
    let l = basic();
    let line = |code: &str| {
        let bundle = l.bundle(code).expect("configured");
        let port = bundle.digits(3712);
        let args = [
            ("service", Arg::Str("sentinel-ent")),
            ("port", Arg::Str(&port)),
        ];
        bundle.format("service-line", &args).expect("formats")
    };
    assert_eq!(line("en"), "sentinel-ent listens on port 3712");
    let arabic = line("ar");
    assert_eq!(arabic, "تستمع sentinel-ent على المنفذ ٣٧١٢");
    assert!(!arabic.contains(['\u{2068}', '\u{2069}']));
    assert_eq!(
        text(&l, "tr", "greeting", &[("name", Arg::Str("Ayşe"))]),
        "Merhaba, Ayşe!"
    );
}

#[test]
fn numeric_arguments_are_grouped_in_placeables() {
    let l = basic();
    let args = [("service", Arg::Str("x")), ("port", Arg::Num(65535))];
    assert_eq!(
        text(&l, "de", "service-line", &args),
        "x lauscht auf Port 65.535"
    );
}

#[test]
fn missing_translation_falls_back_to_default_and_is_reported() {
    let l = basic();
    let tr = l.bundle("tr").expect("tr configured");
    assert!(!tr.has("only-english"));
    assert!(l.bundle("en").expect("en").has("only-english"));
    assert_eq!(
        text(&l, "tr", "only-english", &[]),
        "This sentence is not translated yet"
    );
    assert!(l.warnings().contains(&I18nWarning::MissingMessage {
        locale: code("tr"),
        id: "only-english".into(),
    }));
    // de and ar translated it: no warning for them.
    assert!(
        !l.warnings()
            .iter()
            .any(|w| matches!(w, I18nWarning::MissingMessage { locale, .. } if locale != "tr"))
    );
}

#[test]
fn message_only_in_a_translation_is_reported_with_its_position() {
    let l = basic();
    let extra = l.warnings().iter().find_map(|w| match w {
        I18nWarning::ExtraMessage { locale, id, span } => Some((locale, id, span)),
        _ => None,
    });
    let (locale, id, span) = extra.expect("tr's only-turkish is reported");
    assert_eq!((locale.as_str(), id.as_str()), ("tr", "only-turkish"));
    assert!(span.to_string().ends_with("tr/ui.ftl:11:1"), "{span}");
}

#[test]
fn plain_text_is_borrowed_with_the_same_fallback() {
    let l = basic();
    let tr = l.bundle("tr").expect("tr");
    assert_eq!(tr.plain("site-title"), Some("Portsite"));
    assert_eq!(
        tr.plain("only-english"),
        Some("This sentence is not translated yet")
    );
    assert_eq!(tr.plain("greeting"), None, "needs $name");
    assert_eq!(tr.plain("no-such-thing"), None);
}

#[test]
fn unknown_message_is_an_error_naming_it() {
    let l = basic();
    let error = l.bundle("tr").expect("tr").format("no-such-thing", &[]);
    match error {
        Err(I18nError::UnknownMessage { id }) => assert_eq!(id, "no-such-thing"),
        other => panic!("expected UnknownMessage, got {other:?}"),
    }
    assert!(l.default_bundle().format("site-title.nope", &[]).is_err());
}

#[test]
fn missing_variable_is_an_error_naming_message_and_variable() {
    let l = basic();
    let error = l
        .bundle("de")
        .expect("de")
        .format("greeting", &[])
        .expect_err("greeting needs $name");
    let message = error.to_string();
    assert!(message.contains("`greeting`"), "{message}");
    assert!(message.contains("$name"), "{message}");
}

#[test]
fn plural_forms_follow_each_locales_rules() {
    let l = basic();
    let count = |code, n| text(&l, code, "port-count", &[("count", Arg::Num(n))]);
    assert_eq!(count("en", 1), "1 port");
    assert_eq!(count("en", 65536), "65,536 ports");
    assert_eq!(count("tr", 1), "yalnızca 1 bağlantı noktası");
    assert_eq!(count("tr", 65536), "65.536 bağlantı noktası");
    assert_eq!(count("de", 65536), "65.536 Ports");
    assert_eq!(count("ar", 0), "لا توجد منافذ");
    assert_eq!(count("ar", 1), "منفذ واحد");
    assert_eq!(count("ar", 2), "منفذان");
    assert_eq!(count("ar", 3), "٣ منافذ");
    assert_eq!(count("ar", 11), "١١ منفذًا");
    assert_eq!(count("ar", 100), "١٠٠ منفذ");
    // CLDR uses n % 100: 103 is `few` and 1,024 is `many`, like 3 and 24.
    assert_eq!(count("ar", 103), "١٠٣ منافذ");
    assert_eq!(count("ar", 1024), "١٬٠٢٤ منفذًا");
    assert_eq!(count("ar", 65536), "٦٥٬٥٣٦ منفذًا");
}

#[test]
fn numbers_use_cldr_grouping_and_digits() {
    let l = basic();
    let number = |code| l.bundle(code).expect("configured").number(65536);
    assert_eq!(number("en"), "65,536");
    assert_eq!(number("tr"), "65.536");
    assert_eq!(number("de"), "65.536");
    assert_eq!(number("ar"), "٦٥٬٥٣٦");
    assert_eq!(l.default_bundle().number(0), "0");
}

#[test]
fn every_syntax_error_is_reported_with_file_line_and_column() {
    let errors = Localizer::load(
        &fixture("broken"),
        &specs(&[("en", &code("en")), ("tr", "tr")]),
        &code("en"),
    )
    .expect_err("broken fixture must not load");
    let messages: Vec<String> = (errors.iter())
        .map(|e| {
            let help = e.diagnostics()[0].help.clone().unwrap_or_default();
            match e.span() {
                Some(span) => format!("{span}: {e}; {help}"),
                None => format!("{e}; {help}"),
            }
        })
        .collect();
    let syntax: Vec<&String> = messages
        .iter()
        .filter(|m| m.contains("syntax error"))
        .collect();
    assert_eq!(syntax.len(), 2, "{messages:#?}");
    assert!(syntax[0].contains("en/broken.ftl:6:1:"), "{}", syntax[0]);
    assert!(syntax[0].contains("`*`"), "{}", syntax[0]);
    assert!(syntax[1].contains("en/broken.ftl:7:"), "{}", syntax[1]);
    assert_eq!(
        errors[0].span().map(|s| (s.line, s.col)),
        Some((6, 1)),
        "syntax errors expose their position"
    );
    let duplicate = messages.iter().find(|m| m.contains("already defined"));
    let duplicate = duplicate.expect("tr's duplicate `fine` is reported");
    assert!(duplicate.contains("tr/ui.ftl:2:1"), "{duplicate}");
    assert!(duplicate.contains("tr/ui.ftl:1:1"), "{duplicate}");
}

#[test]
fn missing_locale_folder_says_what_to_create() {
    let errors = Localizer::load(
        &fixture("basic"),
        &specs(&[("en", &code("en")), ("fr", "fr")]),
        &code("en"),
    )
    .expect_err("fr has no folder");
    assert_eq!(errors.len(), 1);
    let I18nError::MissingLocale { code, path } = &errors[0] else {
        panic!("expected MissingLocale, got {:?}", errors[0]);
    };
    assert_eq!(code, "fr");
    assert!(path.ends_with("fr"));
    assert!(errors[0].to_string().contains("create it"));
}

#[test]
fn default_must_be_a_configured_locale() {
    let errors = Localizer::load(&fixture("basic"), &specs(&[("tr", "tr")]), &code("en"))
        .expect_err("en is not configured");
    assert!(matches!(&errors[..], [I18nError::UnknownDefault { default }] if default == "en"));
}

#[test]
fn invalid_format_locale_is_rejected() {
    let errors = Localizer::load(&fixture("basic"), &specs(&[("en", "en_US!")]), &code("en"))
        .expect_err("not a language identifier");
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, I18nError::InvalidLocale { .. }))
    );
}

#[test]
fn byte_order_mark_does_not_break_the_first_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("en")).expect("mkdir");
    std::fs::write(dir.path().join("en/ui.ftl"), "\u{feff}title = Ports\n").expect("write");
    let l = Localizer::load(dir.path(), &specs(&[("en", "en")]), &code("en")).expect("loads");
    assert_eq!(
        l.default_bundle().format("title", &[]).expect("formats"),
        "Ports"
    );
}

#[test]
fn bundles_are_listed_default_first() {
    let l = basic();
    let codes: Vec<&str> = l.bundles().map(|b| b.code().as_str()).collect();
    assert_eq!(codes, ["en", "tr", "de", "ar"]);
}

#[test]
fn localizer_is_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Localizer>();
    let l = basic();
    let counts: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..2)
            .map(|_| scope.spawn(|| text(&l, "tr", "port-count", &[("count", Arg::Num(65536))])))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    assert_eq!(
        counts,
        ["65.536 bağlantı noktası", "65.536 bağlantı noktası"]
    );
}

/// Per-call cost of the hot path; run with
/// `cargo test --profile test-release --lib i18n::tests::cost -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn cost_of_formatting() {
    let l = basic();
    let tr = l.bundle("tr").expect("tr");
    let measure = |name: &str, f: &dyn Fn() -> usize| {
        let rounds = 1_000_000;
        let start = std::time::Instant::now();
        let mut total = 0;
        for _ in 0..rounds {
            total += f();
        }
        let ns = start.elapsed().as_nanos() / rounds;
        println!("{name}: {ns} ns/call ({total} bytes)");
    };
    for _ in 0..2 {
        measure("borrowed plain", &|| {
            tr.plain("site-title.tagline").map_or(0, str::len)
        });
    }
    measure("plain message", &|| {
        tr.format("site-title.tagline", &[]).expect("ok").len()
    });
    measure("fallback plain", &|| {
        tr.format("only-english", &[]).expect("ok").len()
    });
    let args = [("count", Arg::Num(65536))];
    measure("plural + number", &|| {
        tr.format("port-count", &args).expect("ok").len()
    });
    measure("date with day", &|| tr.date(2003, 3, Some(1)).len());
}

#[test]
fn split_messages_of_the_bundled_site_read_as_fluent_formats_them() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let l = Localizer::load(&locales, &specs(&SITE_LOCALES), &code("en")).expect("site loads");
    let mut checked = 0;
    for bundle in l.bundles() {
        for (id, spliced) in &bundle.spliced {
            let args: Vec<(&str, Arg<'_>)> =
                spliced.variables().map(|n| (n, Arg::Str("«9»"))).collect();
            assert_eq!(
                spliced.format(&args),
                Some(bundle.format_own(id, &args).expect("formats")),
                "{} {id}",
                bundle.code()
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} messages were split");
}
