//! bindgen!'s output from PR #8448 (wasmtime 21, backport PR #8620) to PR #10770, as
//! v21.0.0:crates/wit-bindgen/src/lib.rs (1948-1970, 1996-2025) writes it, with its bounds:
//! `GetHost: Fn + Send + Sync + Copy + 'static`, nothing asked of T; under `async: true`, `T: Send`
//! and `Host + Send` (v22.0.0:crates/component-macro/tests/expanded/simple-functions_async.rs:84);
//! `Linker<T>` unbounded until PR #10760 (wasmtime 34): per interface a
//! `GetHost<T>` trait that every fitting closure implements and `add_to_linker_get_host` taking
//! `impl for<'a> GetHost<&'a mut T>` (the getter's parameter is the whole `&'a mut T`, so its `Host`
//! may borrow from the store data); unless `skip_mut_forwarding_impls: true`, also the old
//! `add_to_linker` for field-ref closures, the forwarding impls it relies on, and the world's
//! `add_to_linker`, which stayed D1's through wasmtime 33. get-host, dyn-view
//! and wasi-impl share these bindings and differ in their libraries' Host impls: each design's
//! `bindgen!` expands to `get_host_bindgen!`. Invoke it where `kit` names the kit.

macro_rules! get_host_bindgen {
    ({}) => {
        get_host_bindgen!(@bindings bindgen_shell, [], [], get_host_bindgen!(@kept [], []););
        // the world's `add_to_linker`: D1's form only (v22.0.0:crates/component-macro/tests/expanded/simple-functions.rs:8)
        field_ref_world!([], []);
        forwarding_impls!();
    };
    ({ skip_mut_forwarding_impls: true }) => {
        get_host_bindgen!(@bindings bindgen_shell, [], [],);
    };
    ({ async: true }) => {
        get_host_bindgen!(@bindings async_bindgen_shell, [Send], [+ Send], get_host_bindgen!(@kept [Send], [+ Send]););
        field_ref_world!([Send], [+ Send]);
        forwarding_impls!();
    };
    // D1's `add_to_linker`, kept for field-ref closures through the forwarding impl.
    (@kept [$($data:tt)*], [$($host:tt)*]) => {
        pub fn add_to_linker<T: $($data)*, U: Host $($host)*>(
            linker: &mut Linker<T>,
            get: impl Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static,
        ) -> Result<(), LinkError> {
            add_to_linker_get_host(linker, get)
        }
    };
    (@bindings $shell:ident, [$($data:tt)*], [$($host:tt)*], $($extra:item)*) => {
        $shell! {
            pub trait GetHost<T>: Fn(T) -> <Self as GetHost<T>>::Host + Send + Sync + Copy + 'static {
                type Host: Host $($host)*;
            }

            impl<F, T, O> GetHost<T> for F
            where
                F: Fn(T) -> O + Send + Sync + Copy + 'static,
                O: Host $($host)*,
            {
                type Host = O;
            }

            pub fn add_to_linker_get_host<T: $($data)*>(
                linker: &mut Linker<T>,
                host_getter: impl for<'a> GetHost<&'a mut T>,
            ) -> Result<(), LinkError> {
                add_functions(linker, move |data, call| call(&mut host_getter(data)))
            }

            $($extra)*
        }
    };
}

/// The annotation every caller of these bindings wrote for a closure returning a borrow
/// (rust-lang/rust#58052; the `GetHost` docs PR #10746 wrote say so): the closure's
/// signature, named through a function's `Fn` bound.
pub fn type_annotate<T, U: ?Sized, F: Fn(&mut T) -> &mut U>(getter: F) -> F {
    getter
}
