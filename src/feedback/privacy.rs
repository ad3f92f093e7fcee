//! Counting one vote per (client, page, day) without storing who the client is.
//!
//! The collector keeps a random key in memory for the current UTC day and stores only
//! `HMAC-SHA256(key, client network ‖ page)`, cut to 128 bits. The key is never written
//! anywhere and is replaced at the first vote of a new day (and at every start), so a stored
//! value cannot be tied back to an address, nor two pages' votes to one reader, once its day
//! is over. IPv6 clients are taken by their /64 network, which one household or phone holds.

use std::net::IpAddr;
use std::sync::Mutex;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::content::EntryDate;

/// The day's secret key, rotated daily, in memory only.
pub struct DailyKey {
    current: Mutex<(EntryDate, [u8; 32])>,
}

impl DailyKey {
    /// A fresh random key for `today`.
    pub fn new(today: EntryDate) -> std::io::Result<DailyKey> {
        Ok(DailyKey {
            current: Mutex::new((today, random_key()?)),
        })
    }

    /// The pseudonymous voter id of `client` on `page` for `day` (hex, 32 characters).
    /// A day other than the key's day gets a new random key first.
    pub fn voter(&self, day: EntryDate, client: IpAddr, page: &str) -> std::io::Result<String> {
        let key = {
            let mut current = self.current.lock().unwrap_or_else(|e| e.into_inner());
            if current.0 != day {
                *current = (day, random_key()?);
            }
            current.1
        };
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&key)
            .expect("HMAC accepts keys of any length");
        mac.update(&network_of(client));
        mac.update(page.as_bytes());
        let digest = mac.finalize().into_bytes();
        Ok(digest[..16].iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// The bytes that identify a client: an IPv4 address whole, an IPv6 address's /64.
pub fn network_of(client: IpAddr) -> [u8; 16] {
    match client {
        IpAddr::V4(v4) => v4.to_ipv6_mapped().octets(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_ipv6_mapped().octets(),
            None => {
                let mut bytes = v6.octets();
                bytes[8..].fill(0);
                bytes
            }
        },
    }
}

fn random_key() -> std::io::Result<[u8; 32]> {
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(std::io::Error::other)?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u8) -> EntryDate {
        EntryDate::new(2026, 12, d).expect("date")
    }

    #[test]
    fn same_client_page_and_day_give_the_same_voter() {
        let key = DailyKey::new(day(1)).expect("key");
        let ip: IpAddr = "203.0.113.7".parse().unwrap();
        let a = key.voter(day(1), ip, "/tr/ports/3712/").unwrap();
        assert_eq!(a, key.voter(day(1), ip, "/tr/ports/3712/").unwrap());
        assert_eq!(a.len(), 32);
        assert!(!a.contains("203"), "no trace of the address");
        assert_ne!(a, key.voter(day(1), ip, "/ports/3712/").unwrap());
        let other: IpAddr = "203.0.113.8".parse().unwrap();
        assert_ne!(a, key.voter(day(1), other, "/tr/ports/3712/").unwrap());
    }

    #[test]
    fn a_new_day_brings_a_new_key() {
        let key = DailyKey::new(day(1)).expect("key");
        let ip: IpAddr = "198.51.100.1".parse().unwrap();
        let monday = key.voter(day(1), ip, "/ports/80/").unwrap();
        let tuesday = key.voter(day(2), ip, "/ports/80/").unwrap();
        assert_ne!(monday, tuesday);
        assert_ne!(monday, key.voter(day(1), ip, "/ports/80/").unwrap());
    }

    #[test]
    fn two_collectors_never_share_a_key() {
        let ip: IpAddr = "198.51.100.1".parse().unwrap();
        let a = DailyKey::new(day(1))
            .unwrap()
            .voter(day(1), ip, "/")
            .unwrap();
        let b = DailyKey::new(day(1))
            .unwrap()
            .voter(day(1), ip, "/")
            .unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn ipv6_clients_count_by_their_64() {
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(network_of(a), network_of(b));
        assert_ne!(network_of(a), network_of(c));
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        assert_eq!(network_of(mapped), network_of("192.0.2.1".parse().unwrap()));
    }
}
