// expect: error E0277
//! `|d| d` asks `KitData: sockets::Host + http::Host`, but the hosts are implemented for `dyn
//! SocketsView` and `dyn HttpView`, not for KitData (E0277).

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    Fetcher::add_to_linker(linker, |d| d)
}
