// expect: error E0119
//! The bindings generated with bindgen!'s defaults, which include `impl<_T: Host + ?Sized> Host for
//! &mut _T`, beside the library's blanket `impl<T: SocketsView> Host for T`: `&mut V` is a
//! SocketsView, so both cover `&mut _` (E0119, lann's error in #8382). The design twin leaves the
//! forwarding impls out, as `skip_mut_forwarding_impls` did.

#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, type_annotate};

#[path = "../../common/forwarding.rs"]
mod forwarding;

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|data: &mut KitData| data))?;
    http::add_to_linker_get_host(linker, type_annotate(|data: &mut KitData| data))
}
