// expect: compiles
//! The library's host is `impl Host for dyn SocketsView + '_` rather than a blanket over every
//! view, so the bindings' `impl<_T: Host + ?Sized> Host for &mut _T` stays with no overlap and is
//! what makes the getter's `&mut dyn SocketsView` a host.

#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit::{HttpView, KitData, LinkError, Linker, SocketsView};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|data: &mut KitData| data as &mut dyn SocketsView))?;
    http::add_to_linker_get_host(linker, type_annotate(|data: &mut KitData| data as &mut dyn HttpView))
}
