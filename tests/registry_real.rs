//! Assertions on the bundled IANA registry (`content/registry/service-names-port-numbers.csv`).

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use portsite::port::Port;
use portsite::registry::{PortClass, PortRegistry, Protocol, Reference, Status};

static REGISTRY: LazyLock<PortRegistry> = LazyLock::new(|| {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("content/registry/service-names-port-numbers.csv");
    PortRegistry::from_path(&path).unwrap_or_else(|e| panic!("{e}"))
});

fn names(port: u16, protocol: Protocol) -> Vec<&'static str> {
    REGISTRY
        .port(Port::new(port))
        .services_for(protocol)
        .map(|s| s.name.as_str())
        .collect()
}

#[test]
fn every_record_is_read() {
    assert_eq!(REGISTRY.record_count(), 14_500);
    assert_eq!(REGISTRY.unnamed_services().len(), 1_056);
}

#[test]
fn port_80_has_three_names() {
    assert_eq!(
        REGISTRY.port(Port::new(80)).service_names(),
        ["http", "www", "www-http"]
    );
    assert_eq!(names(80, Protocol::Tcp), ["http", "www", "www-http"]);
}

#[test]
fn port_6010_resolves_to_x11() {
    assert_eq!(names(6010, Protocol::Tcp), ["x11"]);
    assert_eq!(names(6010, Protocol::Udp), ["x11"]);
}

#[test]
fn port_7775_tcp_is_inetfs_not_unassigned() {
    let info = REGISTRY.port(Port::new(7775));
    assert_eq!(names(7775, Protocol::Tcp), ["inetfs"]);
    let statuses: Vec<_> = info
        .statuses
        .iter()
        .map(|s| (s.status, s.protocol))
        .collect();
    assert_eq!(statuses, [(Status::Reserved, Protocol::Udp)]);
    assert_eq!(names(7997, Protocol::Tcp), ["pushns"]);
}

#[test]
fn port_3712_is_sentinel_enterprise_registered_2003_03() {
    let info = REGISTRY.port(Port::new(3712));
    assert_eq!(names(3712, Protocol::Tcp), ["sentinel-ent"]);
    assert_eq!(names(3712, Protocol::Udp), ["sentinel-ent"]);
    for s in &info.services {
        assert_eq!(s.description, "Sentinel Enterprise");
        assert_eq!(
            s.registered.map(|d| d.to_string()).as_deref(),
            Some("2003-03")
        );
    }
    assert_eq!(info.class(), PortClass::Registered);
}

#[test]
fn ports_2_and_3_are_reserved_with_the_compressnet_history() {
    for port in [2, 3] {
        let info = REGISTRY.port(Port::new(port));
        assert!(!info.is_assigned());
        assert_eq!(info.statuses.len(), 2);
        for s in &info.statuses {
            assert_eq!(s.status, Status::Reserved);
            assert_eq!(
                s.modified.map(|d| d.to_string()).as_deref(),
                Some("2025-02-13")
            );
            assert!(
                s.notes
                    .as_deref()
                    .is_some_and(|n| n.contains("compressnet"))
            );
        }
    }
}

#[test]
fn dynamic_ports_have_no_rows() {
    assert!((49152..=65535).all(|p| REGISTRY.port(Port::new(p)).is_unlisted()));
    assert!((0..=49151).all(|p| !REGISTRY.port(Port::new(p)).is_unlisted()));
}

#[test]
fn port_143_is_imap_over_tcp_and_reserved_over_udp() {
    assert_eq!(names(143, Protocol::Tcp), ["imap"]);
    let udp: Vec<_> = REGISTRY
        .port(Port::new(143))
        .statuses_for(Protocol::Udp)
        .map(|s| s.status)
        .collect();
    assert_eq!(udp, [Status::Reserved]);
}

/// What the registry says about every port, in port order.
fn all_ports() -> impl Iterator<Item = portsite::registry::PortInfo<'static>> {
    Port::all().map(|p| REGISTRY.port(p))
}

#[test]
fn counts_match_the_data_readme() {
    let single_named = all_ports()
        .filter(|p| p.services.iter().any(|s| s.range.is_none()))
        .count();
    assert_eq!(single_named, 6_094);
    let assigned = all_ports().filter(|p| p.is_assigned()).count();
    assert_eq!(assigned, 6_094 + 248);
    assert_eq!(REGISTRY.assigned_count(), assigned);
    let legacy = all_ports()
        .flat_map(|p| p.services)
        .chain(REGISTRY.unnamed_services())
        .filter(|s| s.legacy_name.is_some())
        .count();
    assert_eq!(legacy, 184);
}

#[test]
fn quirky_texts_are_cleaned() {
    let xadmin = &REGISTRY.port(Port::new(9105)).services[0];
    assert_eq!(
        xadmin.references[0],
        Reference::Text("Ariën Huisken <xadmin&huisken-systems.nl> 15 June 2009".into())
    );
    let sql_net = &REGISTRY.port(Port::new(66)).services[0];
    assert_eq!(sql_net.description, "Oracle SQL*NET");
    assert_eq!(sql_net.legacy_name.as_deref(), Some("sql*net"));
    assert!(all_ports().flat_map(|p| p.services).all(|s| {
        !s.description.contains('\n') && !s.description.contains("IANA assigned this")
    }));
}

#[test]
fn one_name_can_sit_on_several_ports() {
    assert_eq!(
        REGISTRY.ports_named("sql-net"),
        [Port::new(66), Port::new(150)]
    );
    assert_eq!(
        REGISTRY.ports_named("MSP"),
        [Port::new(18), Port::new(2438)]
    );
    assert_eq!(REGISTRY.ports_named("x11").len(), 64);
}

#[test]
fn diff_against_an_older_copy_names_the_new_row() {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("content/registry/service-names-port-numbers.csv"),
    )
    .unwrap();
    let older: String = text
        .split_inclusive('\n')
        .filter(|line| !line.starts_with("wchr,"))
        .collect();
    let old = PortRegistry::from_reader(older.as_bytes(), Path::new("old.csv")).unwrap();
    let d = portsite::registry::diff(&old, &REGISTRY);
    let added: Vec<String> = d.added.iter().map(ToString::to_string).collect();
    assert!(
        !added.is_empty() && added.iter().all(|k| k.ends_with(" wchr")),
        "{d}"
    );
    assert!(d.removed.is_empty() && d.changed.is_empty(), "{d}");
    assert!(portsite::registry::diff(&REGISTRY, &REGISTRY).is_empty());
}

#[test]
fn the_crlf_download_loads_the_same_registry() {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("content/registry/service-names-port-numbers.csv"),
    )
    .unwrap();
    let crlf = text.replace('\n', "\r\n");
    let reg = PortRegistry::from_reader(crlf.as_bytes(), Path::new("crlf.csv")).unwrap();
    assert_eq!(reg.record_count(), 14_500);
    assert!(Port::all().all(|p| reg.port(p) == REGISTRY.port(p)));
    assert_eq!(reg.unnamed_services(), REGISTRY.unnamed_services());
}
