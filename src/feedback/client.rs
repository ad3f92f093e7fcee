//! Who is asking: the peer address, or with `--trust-proxy` the address the proxy saw.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request};
use tower_governor::GovernorError;
use tower_governor::key_extractor::KeyExtractor;

use super::privacy::network_of;

/// The client's address. Without `trust_proxy` it is the TCP peer. With it, the last entry
/// of `X-Forwarded-For`: the one the nearest proxy appended (earlier entries come from the
/// client and can be anything), falling back to the peer when the header is absent.
pub fn client_ip(
    peer: Option<SocketAddr>,
    headers: &HeaderMap,
    trust_proxy: bool,
) -> Option<IpAddr> {
    if trust_proxy && let Some(ip) = forwarded_for(headers) {
        return Some(ip);
    }
    peer.map(|p| p.ip())
}

fn forwarded_for(headers: &HeaderMap) -> Option<IpAddr> {
    let last = headers.get_all("x-forwarded-for").iter().next_back()?;
    let entry = last.to_str().ok()?.rsplit(',').next()?.trim();
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// The rate limiter's key: the client's network (an IPv6 client's /64), as for votes.
#[derive(Debug, Clone, Copy)]
pub struct ClientKey {
    /// Whether `X-Forwarded-For` is believed.
    pub trust_proxy: bool,
}

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, req: &Request<T>) -> Result<IpAddr, GovernorError> {
        let peer = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0);
        let ip = client_ip(peer, req.headers(), self.trust_proxy)
            .ok_or(GovernorError::UnableToExtractKey)?;
        Ok(IpAddr::V6(Ipv6Addr::from(network_of(ip))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for v in xff {
            map.append("x-forwarded-for", v.parse().unwrap());
        }
        map
    }

    #[test]
    fn the_proxy_header_counts_only_when_trusted() {
        let peer: SocketAddr = "127.0.0.1:5000".parse().unwrap();
        let h = headers(&["1.1.1.1, 203.0.113.9"]);
        assert_eq!(
            client_ip(Some(peer), &h, false),
            Some("127.0.0.1".parse().unwrap())
        );
        assert_eq!(
            client_ip(Some(peer), &h, true),
            Some("203.0.113.9".parse().unwrap())
        );
    }

    #[test]
    fn garbage_in_the_header_falls_back_to_the_peer() {
        let peer: SocketAddr = "127.0.0.1:5000".parse().unwrap();
        for bad in [&["not-an-ip"][..], &[]] {
            assert_eq!(client_ip(Some(peer), &headers(bad), true), Some(peer.ip()));
        }
        let two = headers(&["10.0.0.1", "[2001:db8::1]:443"]);
        assert_eq!(
            client_ip(Some(peer), &two, true),
            Some("2001:db8::1".parse().unwrap())
        );
    }
}
