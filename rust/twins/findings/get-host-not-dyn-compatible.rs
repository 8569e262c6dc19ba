// expect: error E0038 E0191
//! PR #10770 replaced GetHost because its values "couldn't be type-erased". A `dyn GetHost` is what
//! erasing one would take: naming only the store type leaves the `Output` of its `FnOnce` supertrait
//! unspecified (E0191); naming it too, the trait is still not dyn-compatible, its `Copy` supertrait
//! requiring `Sized` (E0038). Each attempt is a function of its own.

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, SocketsCtxView};
bindgen!({});
libraries!();

pub fn store_type_named(getter: Box<dyn for<'a> sockets::GetHost<&'a mut KitData>>) -> usize {
    std::mem::size_of_val(&getter)
}

pub fn output_named_too(getter: Box<dyn for<'a> sockets::GetHost<&'a mut KitData, Host = SocketsCtxView<'a>, Output = SocketsCtxView<'a>>>) -> usize {
    std::mem::size_of_val(&getter)
}
