// expect: error E0277
//! One annotated getter value for both interfaces, returning the store data. The hosts exist only
//! for `dyn SocketsView` and `dyn HttpView`, and the forwarding impl needs `KitData: Host` to make
//! `&mut KitData` one, so neither interface accepts it (E0277); a getter returning one `&mut dyn
//! View` could serve only that view's interface.

#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = type_annotate(|s: &mut KitData| s);
    sockets::add_to_linker_get_host(linker, get)?;
    http::add_to_linker_get_host(linker, get)
}
