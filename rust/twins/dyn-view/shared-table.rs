// expect: compiles
//! The store data implements both views, and each getter hands it out as that interface's `&mut dyn
//! View`; both hosts reach the store data's one table.

#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit::{HttpView, KitData, LinkError, Linker, SocketsView};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|s: &mut KitData| s as &mut dyn SocketsView))?;
    http::add_to_linker_get_host(linker, type_annotate(|s: &mut KitData| s as &mut dyn HttpView))
}
