// expect: error nocode
//! The getter passed straight to `add_to_linker_get_host`, casting to the view but annotating
//! nothing: the bound is a GetHost bound, not an `Fn` bound, so the closure is given a signature
//! for one lifetime only ("implementation of `FnOnce` is not general enough", no code;
//! rust-lang/rust#58052).

#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit::{HttpView, KitData, LinkError, Linker, SocketsView};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, |s| s as &mut dyn SocketsView)?;
    http::add_to_linker_get_host(linker, |s| s as &mut dyn HttpView)
}
