// expect: compiles
//! One annotated getter value passed to both interfaces: each interface's `GetHost` is
//! blanket-implemented for every fitting closure, so the one `Copy` closure is a getter for both
//! (alexcrichton in #8382).

#[path = "../../designs/get-host.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = type_annotate(|s: &mut KitData| s);
    sockets::add_to_linker_get_host(linker, get)?;
    http::add_to_linker_get_host(linker, get)
}
