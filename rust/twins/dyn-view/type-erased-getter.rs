// expect: error E0191
//! Both getters kept in one record, erased to the bindings' own getter trait with the view each
//! hands out named, `Box<dyn for<'a> GetHost<&'a mut KitData, Host = &'a mut dyn SocketsView>>`.
//! rustc stops at E0191: the `Output` of GetHost's `FnOnce` supertrait must be named too. This is
//! #10770's "GetHost values couldn't be type-erased", which D5 inherits from its bindings.

#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit::{HttpView, KitData, LinkError, Linker, SocketsView};
use design::{http, sockets};

type SocketsGetter = Box<dyn for<'a> sockets::GetHost<&'a mut KitData, Host = &'a mut dyn SocketsView>>;
type HttpGetter = Box<dyn for<'a> http::GetHost<&'a mut KitData, Host = &'a mut dyn HttpView>>;

pub fn link(linker: &mut Linker<KitData>, getters: (SocketsGetter, HttpGetter)) -> Result<(), LinkError> {
    let (sockets_getter, http_getter) = getters;
    sockets::add_to_linker_get_host(linker, sockets_getter)?;
    http::add_to_linker_get_host(linker, http_getter)
}
