//! D5 dyn-view (PR #8609): the libraries implement each Host for `dyn View + '_` instead of for
//! every `T: View`, so the bindings' `impl Host for &mut _T` (with `?Sized`) stays and a getter
//! returns `&mut dyn View`. Costs (PR #8766): a view held by value (`Foo<'a>`) has no
//! `&mut dyn View` to hand out, calls go through a vtable, the views must be dyn-compatible, and
//! every call site needs `type_annotate`.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

#[path = "../common/get_host_bindings.rs"]
pub mod bindings;
#[path = "../common/forwarding.rs"]
mod forwarding;
pub use bindings::{http, sockets, type_annotate};

host_over_view!(sockets, [] dyn kit::SocketsView + '_, |this| this);
host_over_view!(http, [] dyn kit::HttpView + '_, |this| this);
