//! Loading small inline registries, one test per quirk of the IANA data.

use std::path::Path;

use super::*;
use crate::port::{Port, PortRange};

const HEAD: &str = "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,\
Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,\
Assignment Notes\n";

fn load(rows: &str) -> PortRegistry {
    let text = format!("{HEAD}{rows}");
    match PortRegistry::from_str_source(&text, Path::new("reg.csv")) {
        Ok(r) => r,
        Err(e) => panic!("registry did not load: {e}"),
    }
}

fn load_err(text: &str) -> String {
    match PortRegistry::from_reader(text.as_bytes(), Path::new("reg.csv")) {
        Ok(_) => panic!("expected an error"),
        Err(e) => {
            use crate::diag::ToDiagnostics;
            format!("{}: {e}", e.diagnostics()[0].location)
        }
    }
}

fn names<'a>(info: &PortInfo<'a>) -> Vec<(&'a str, Protocol)> {
    info.services
        .iter()
        .map(|s| (s.name.as_str(), s.protocol))
        .collect::<Vec<_>>()
}

#[test]
fn multi_line_quoted_fields_are_one_record_with_display_text() {
    let reg = load(
        "andi,7001,tcp,\"Secondary, (non \"\"ANDI\"\") multi-protocol\n    the Allied family\",\
         [A_B],[A_B],,,,,,\"Defined TXT keys:\n  txtvers\n  id=<x>\"\n",
    );
    assert_eq!(reg.record_count(), 1);
    let s = &reg.port(Port::new(7001)).services[0];
    assert_eq!(
        s.description,
        "Secondary, (non \"ANDI\") multi-protocol the Allied family"
    );
    assert_eq!(
        s.notes.as_deref(),
        Some("Defined TXT keys:\ntxtvers\nid=<x>")
    );
    assert_eq!(s.assignee.as_deref(), Some("A B"));
}

#[test]
fn crlf_records_with_lf_inside_fields_load_like_lf() {
    let lf = "echo,7,tcp,\"Echo\n  service\",,,,,,,,\n,8,tcp,Unassigned,,,,,,,,\n";
    let crlf = format!("{HEAD}{}", lf.replace(",,\n", ",,\r\n")).replace("Notes\n", "Notes\r\n");
    let a = load(lf);
    let b = PortRegistry::from_str_source(&crlf, Path::new("reg.csv")).unwrap();
    assert_eq!(a.port(Port::new(7)), b.port(Port::new(7)));
    assert_eq!(b.port(Port::new(7)).services[0].description, "Echo service");
    assert_eq!(b.port(Port::new(8)).statuses[0].status, Status::Unassigned);
}

#[test]
fn rows_without_a_port_are_unnamed_services() {
    let reg = load(
        "airplay,,tcp,Protocol for streaming,,,,,,,,\nrdp,,tcp,Reliable Data,,,,,,,,\nrdp,,tcp,Windows Remote Desktop,,,,,,,,\n",
    );
    let unnamed: Vec<&str> = reg
        .unnamed_services()
        .iter()
        .map(|s| s.description.as_str())
        .collect();
    assert_eq!(
        unnamed,
        [
            "Protocol for streaming",
            "Reliable Data",
            "Windows Remote Desktop"
        ]
    );
    assert!(Port::all().all(|p| reg.port(p).is_unlisted()));
}

#[test]
fn row_order_is_not_relied_on() {
    let reg =
        load("airplay,,tcp,AirPlay,,,,,,,,\necho,7,tcp,Echo,,,,,,,,\n,1-9,,Unassigned,,,,,,,,\n");
    assert_eq!(names(&reg.port(Port::new(7))), [("echo", Protocol::Tcp)]);
    assert!(reg.port(Port::new(7)).statuses.is_empty());
    assert_eq!(
        reg.port(Port::new(8)).statuses[0].status,
        Status::Unassigned
    );
    assert_eq!(reg.unnamed_services()[0].name, "airplay");
}

#[test]
fn named_ranges_cover_every_port_of_the_range() {
    let reg = load(
        "x11,6000-6063,tcp,X Window System,,,,,,,,\nx11,6000-6063,udp,X Window System,,,,,,,,\n",
    );
    let info = reg.port(Port::new(6010));
    assert_eq!(
        names(&info),
        [("x11", Protocol::Tcp), ("x11", Protocol::Udp)]
    );
    assert_eq!(
        info.services[0].range,
        "6000-6063".parse::<PortRange>().ok()
    );
    assert!(reg.port(Port::new(6063)).is_assigned());
    assert!(!reg.port(Port::new(6064)).is_assigned());
    assert_eq!(reg.record_count(), 2);
}

#[test]
fn a_specific_row_beats_an_overlapping_unassigned_range() {
    let reg = load(
        ",7748-7776,,Unassigned,,,,,,,,\ninetfs,7775,tcp,A File System,,,2016-01-28,,,,,\n\
         ,7775,udp,Reserved,,,,,,,,\n,7776,,Unassigned,,,,,,,,\n",
    );
    let p7775 = reg.port(Port::new(7775));
    assert_eq!(names(&p7775), [("inetfs", Protocol::Tcp)]);
    assert_eq!(p7775.statuses.len(), 1, "{:?}", p7775.statuses);
    assert_eq!(p7775.statuses[0].status, Status::Reserved);
    let p7776 = reg.port(Port::new(7776));
    assert_eq!(p7776.statuses.len(), 1);
    assert_eq!(p7776.statuses[0].range, None);
    let p7750 = &reg.port(Port::new(7750)).statuses[0];
    assert_eq!(p7750.range, "7748-7776".parse::<PortRange>().ok());
}

#[test]
fn a_range_status_is_kept_for_a_protocol_without_its_own_row() {
    let reg = load(",100-110,udp,Unassigned,,,,,,,,\nfoo,105,tcp,Foo,,,,,,,,\n");
    let info = reg.port(Port::new(105));
    assert_eq!(names(&info), [("foo", Protocol::Tcp)]);
    assert_eq!(info.statuses_for(Protocol::Udp).count(), 1);
}

#[test]
fn status_rows_are_not_services() {
    let reg = load(
        ",2,tcp,Reserved,,,,2025-02-13,,,,\"De-assigned on 2025-02-13, previously compressnet\"\n\
         ,15,tcp,Unassigned [was netstat],,,,,,,,\n,24,tcp,any private mail system,[Rick_Adams],,,,,,,\n\
         ,585,,De-registered,,,,2006-04-25,,,,Use 993 instead\n,659,,Removed,,,,2001-06-06,,,,\n",
    );
    let two = &reg.port(Port::new(2));
    assert!(!two.is_assigned());
    assert_eq!(two.statuses[0].status, Status::Reserved);
    assert_eq!(two.statuses[0].description, None);
    assert!(
        two.statuses[0]
            .notes
            .as_deref()
            .unwrap()
            .contains("compressnet")
    );
    let fifteen = &reg.port(Port::new(15)).statuses[0];
    assert_eq!(fifteen.status, Status::Unassigned);
    assert_eq!(
        fifteen.description.as_deref(),
        Some("Unassigned [was netstat]")
    );
    let private = &reg.port(Port::new(24)).statuses[0];
    assert_eq!(
        (private.status, private.assignee.as_deref()),
        (Status::Reserved, Some("Rick Adams"))
    );
    assert_eq!(
        reg.port(Port::new(585)).statuses[0].status,
        Status::DeRegistered
    );
    assert_eq!(
        reg.port(Port::new(585)).statuses[0].protocol,
        Protocol::Unspecified
    );
    assert_eq!(reg.port(Port::new(659)).statuses[0].status, Status::Removed);
}

#[test]
fn several_names_per_port_keep_file_order() {
    let reg = load(
        "http,80,tcp,World Wide Web HTTP,,,,,,,,\nwww,80,tcp,World Wide Web HTTP,,,,,,,,\n\
         www-http,80,tcp,World Wide Web HTTP,,,,,,,,\nhttp,80,sctp,HTTP,,,,,,,,\n",
    );
    assert_eq!(
        reg.port(Port::new(80)).service_names(),
        ["http", "www", "www-http"]
    );
    assert_eq!(
        reg.port(Port::new(80)).services_for(Protocol::Sctp).count(),
        1
    );
}

#[test]
fn tcp_and_udp_rows_stay_separate() {
    let reg =
        load("shivahose,1549,tcp,Shiva Hose,,,,,,,,\nshivasound,1549,udp,Shiva Sound,,,,,,,,\n");
    assert_eq!(
        names(&reg.port(Port::new(1549))),
        [("shivahose", Protocol::Tcp), ("shivasound", Protocol::Udp)]
    );
}

#[test]
fn empty_protocol_means_unspecified() {
    let reg = load("boe-cms,6400,,Business Objects,,,,,,,,\n");
    assert_eq!(
        reg.port(Port::new(6400)).services[0].protocol,
        Protocol::Unspecified
    );
    assert_eq!(Protocol::Unspecified.as_str(), "");
}

#[test]
fn partial_dates_keep_their_precision() {
    let reg = load("sentinel-ent,3712,tcp,Sentinel Enterprise,,,2003-03,2010-01-05,,,,\n");
    let s = &reg.port(Port::new(3712)).services[0];
    assert_eq!(
        s.registered.map(|d| d.to_string()).as_deref(),
        Some("2003-03")
    );
    assert_eq!(
        s.modified.map(|d| d.to_string()).as_deref(),
        Some("2010-01-05")
    );
}

#[test]
fn legacy_name_sentence_becomes_a_field() {
    let reg = load(
        "esri-sde,5151,tcp,\"ESRI SDE Instance\n    IANA assigned this well-formed service name \
         as a replacement for \"\"esri_sde\"\".\",,,,,,,,\n",
    );
    let s = &reg.port(Port::new(5151)).services[0];
    assert_eq!(s.description, "ESRI SDE Instance");
    assert_eq!(s.legacy_name.as_deref(), Some("esri_sde"));
}

#[test]
fn references_codes_and_unauthorized_use_are_typed() {
    let reg = load(
        "discard,9,dccp,Discard,[Eddie_Kohler],[Eddie_Kohler],,,[RFC4340][RFC-ietf-x-y-02],\
         1145656131,Known Unauthorized Use on port 9,\n",
    );
    let s = &reg.port(Port::new(9)).services[0];
    assert_eq!(s.service_code, Some(1_145_656_131));
    assert_eq!(
        s.unauthorized_use.as_deref(),
        Some("Known Unauthorized Use on port 9")
    );
    let urls: Vec<String> = s.references.iter().filter_map(Reference::url).collect();
    assert_eq!(
        urls,
        [
            "https://www.rfc-editor.org/rfc/rfc4340",
            "https://datatracker.ietf.org/doc/draft-ietf-x-y-02"
        ]
    );
}

#[test]
fn wrong_header_names_the_file_and_the_expected_columns() {
    let message = load_err("Name,Port\nhttp,80\n");
    assert!(
        message.starts_with(
            "reg.csv:1:1: the file does not start with the IANA registry header: found `Name,Port`"
        ),
        "{message}"
    );
    assert!(
        message.contains("expected `Service Name,Port Number,Transport Protocol,"),
        "{message}"
    );
}

#[test]
fn truncated_record_names_file_and_line() {
    let text = format!("{HEAD}echo,7,tcp,Echo,,,,,,,,\ndiscard,9,tcp,Disc");
    let message = load_err(&text);
    assert!(
        message.starts_with("reg.csv:3:1: this record has 4 fields but the registry has 12"),
        "{message}"
    );
}

#[test]
fn a_file_cut_inside_a_quoted_note_is_an_error() {
    let text = format!("{HEAD}echo,7,tcp,Echo,,,,,,,,\n,2,tcp,Reserved,,,,,,,,\"De-assigned on\n");
    let message = load_err(&text);
    assert!(
        message.starts_with("reg.csv:3:24: this quoted field is never closed"),
        "{message}"
    );
}

#[test]
fn bad_values_point_at_their_field() {
    let bad_port = load_err(&format!("{HEAD}echo,7x,tcp,Echo,,,,,,,,\n"));
    assert!(
        bad_port.starts_with("reg.csv:2:6: `7x` is not a port number"),
        "{bad_port}"
    );
    let bad_date = load_err(&format!("{HEAD}echo,7,tcp,\"Echo,\nok\",,,2003-13,,,,,\n"));
    assert!(
        bad_date.starts_with("reg.csv:3:7: `2003-13` is not a date"),
        "{bad_date}"
    );
    let bad_proto = load_err(&format!("{HEAD}echo,7,quic,Echo,,,,,,,,\n"));
    assert!(
        bad_proto.contains("unknown transport protocol `quic`"),
        "{bad_proto}"
    );
    let empty = load_err(&format!("{HEAD},,tcp,Reserved,,,,,,,,\n"));
    assert!(
        empty.starts_with("reg.csv:2:1: this row has neither"),
        "{empty}"
    );
}

#[test]
fn invalid_utf8_and_missing_files_are_reported_with_the_path() {
    let mut bytes = HEAD.as_bytes().to_vec();
    bytes.extend_from_slice(b"caf\xe9,7,tcp,x,,,,,,,,\n");
    let err = PortRegistry::from_reader(&bytes[..], Path::new("reg.csv")).unwrap_err();
    let located = {
        use crate::diag::ToDiagnostics;
        format!("{}: {err}", err.diagnostics()[0].location)
    };
    assert!(
        located.starts_with("reg.csv:2:4: the port registry is not valid UTF-8"),
        "{located}"
    );
    let missing = PortRegistry::from_path(Path::new("/nonexistent/reg.csv")).unwrap_err();
    assert!(
        missing
            .to_string()
            .starts_with("failed to read the port registry `/nonexistent/reg.csv`")
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{HEAD}echo,7,tcp,Echo,,,,,,,,\n");
    let reg = PortRegistry::from_str_source(&text, Path::new("reg.csv")).unwrap();
    assert!(reg.port(Port::new(7)).is_assigned());
}

#[test]
fn registry_is_shareable_across_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<PortRegistry>();
    let reg = load("");
    assert_eq!(reg.port(Port::MAX).port, Port::MAX);
    assert!(reg.port(Port::MAX).is_unlisted());
}

#[test]
fn diff_reports_additions_removals_and_changes() {
    let old = load(
        "compressnet,2,tcp,Management Utility,,,,,,,,\necho,7,tcp,Echo,,,,,,,,\n\
         gone,9,tcp,Old,,,,,,,,\n,10-12,,Unassigned,,,,,,,,\n",
    );
    let new = load(
        ",2,tcp,Reserved,,,,2025-02-13,,,,\necho,7,tcp,Echo service,,,,,,,,\n\
         ,10-12,,Unassigned,,,,,,,,\nfresh,13,udp,New,,,,,,,,\n",
    );
    let d = diff(&old, &new);
    let keys = |v: &[ServiceKey]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
    assert_eq!(keys(&d.added), ["13/udp fresh"]);
    assert_eq!(keys(&d.removed), ["9/tcp gone"]);
    assert_eq!(d.changed.len(), 2, "{d}");
    let port2 = &d.changed[0];
    assert_eq!(port2.old.name, "compressnet");
    let fields: Vec<_> = port2
        .fields
        .iter()
        .map(|f| (f.field, f.new.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            (ChangedField::Name, ""),
            (ChangedField::Description, "reserved"),
            (ChangedField::Status, "reserved")
        ]
    );
    assert_eq!(d.changed[1].fields[0].new, "Echo service");
    assert!(diff(&new, &new).is_empty());
}
