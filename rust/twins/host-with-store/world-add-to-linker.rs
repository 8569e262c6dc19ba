// expect: error E0277
//! `Fetcher::add_to_linker::<_, HasSelf<_>>(linker, |d| d)` asks `D: sockets::HostWithStore +
//! http::HostWithStore + Send` and `for<'a> &'a mut KitData: sockets::Host + http::Host + Send`
//! (v36.0.0:crates/wit-bindgen/src/lib.rs:1455): no HostWithStore, no Host (E0277).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::HasSelf;
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    Fetcher::add_to_linker::<_, HasSelf<_>>(linker, |d| d)
}
