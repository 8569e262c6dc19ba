// expect: error E0515 E0521 nocode
//! host-with-store (D8): a HostWithStore function reaches its view only inside `accessor.with`,
//! whose closure may return nothing that borrows from its `Access`. Three ways to keep the view past
//! the closure, each a function of its own so that no error hides another: returned from the
//! closure, returned inside a tuple, and stored in a variable outside the closure. rustc refuses
//! all three.

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit::{FutureIncomingResponse, HttpCtxView, Resource};
use design::{Accessor, WasiHttp};

pub async fn returned<T>(accessor: &Accessor<T, WasiHttp>, response: Resource<FutureIncomingResponse>) -> Option<u32> {
    let view = accessor.with(|mut access| access.get());
    Some(view.table.get(&response).ok()?.status)
}

pub async fn returned_inside<T>(accessor: &Accessor<T, WasiHttp>, response: Resource<FutureIncomingResponse>) -> Option<u32> {
    let (view, _) = accessor.with(|mut access| (access.get(), 0));
    Some(view.table.get(&response).ok()?.status)
}

pub async fn stored_outside<T>(accessor: &Accessor<T, WasiHttp>, response: Resource<FutureIncomingResponse>) -> Option<u32> {
    let mut kept: Option<HttpCtxView<'_>> = None;
    accessor.with(|mut access| kept = Some(access.get()));
    Some(kept?.table.get(&response).ok()?.status)
}
