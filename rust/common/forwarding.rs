//! What bindgen! emits beside each Host trait from PR #8448 on: `impl<_T: Host + ?Sized> Host for
//! &mut _T`. The `?Sized` lets `&mut dyn View` be a Host (D5). wasmtime-wasi's own bindings left it
//! out with `skip_mut_forwarding_impls` while the library kept `impl<T: WasiView> Host for T` (D3);
//! include this module (`#[path = ".../forwarding.rs"] mod forwarding;` beside `kit`) to have it.

use super::kit::{http, sockets, ErrorCode, FutureIncomingResponse, Resource, ResolveAddressStream};

impl<_T: sockets::Host + ?Sized> sockets::Host for &mut _T {
    fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
        (**self).resolve_addresses(name)
    }
}

impl<_T: http::Host + ?Sized> http::Host for &mut _T {
    fn handle(&mut self, authority: String, via: Resource<ResolveAddressStream>) -> Result<Resource<FutureIncomingResponse>, ErrorCode> {
        (**self).handle(authority, via)
    }
}
