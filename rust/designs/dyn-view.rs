//! D5 dyn-view (PR #8609, never in a release: wasmtime 22 already had PR #8766's WasiImpl): the
//! libraries implement each Host for `dyn View + '_` instead of for every `T: View`, so bindgen!'s
//! `impl<_T: Host + ?Sized> Host for &mut _T` stays and a getter returns `&mut dyn View`.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

#[path = "../common/get_host_bindings.rs"]
#[macro_use]
mod get_host_bindings;

/// bindgen! from PR #8448 on.
macro_rules! bindgen {
    ({ $($options:tt)* }) => {
        get_host_bindgen!({ $($options)* });
    };
}

/// The libraries of PR #8609: `impl Host for dyn View + '_`.
macro_rules! libraries {
    () => {
        host_over_view!(sockets, [] dyn kit::SocketsView + '_, |this| this);
        host_over_view!(http, [] dyn kit::HttpView + '_, |this| this);
    };
}

pub use get_host_bindings::type_annotate;

/// The annotation PR #8609's callers wrote, `fn type_annotate<T, F>(f: F) -> F where F: Fn(&mut T)
/// -> &mut dyn WasiView`, one per view.
pub fn sockets_getter<T, F: Fn(&mut T) -> &mut dyn kit::SocketsView>(getter: F) -> F {
    getter
}

pub fn http_getter<T, F: Fn(&mut T) -> &mut dyn kit::HttpView>(getter: F) -> F {
    getter
}
