// expect: error E0277
//! `Fetcher::add_to_linker::<_, HasSelf<_>>(linker, |d| d)` asks `for<'a> &'a mut KitData:
//! sockets::Host + http::Host`
//! (v34.0.0:crates/component-macro/tests/expanded/simple-functions.rs:149); the libraries' hosts
//! are their view structs (E0277).

#[macro_use]
#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::HasSelf;
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    Fetcher::add_to_linker::<_, HasSelf<_>>(linker, |d| d)
}
