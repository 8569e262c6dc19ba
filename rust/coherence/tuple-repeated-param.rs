// rustc: E0119 for type `(u8, WasiImpl<u8>)`
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! a type parameter used twice unifies with the same type twice
#![allow(dead_code, unused_imports)]

use std::fmt::Display;
use std::pin::Pin;
trait Host {}
trait View {}
trait Other {}
trait SubView: Host {}
trait Convert<T> {}
struct MyHost;
struct KitData;
struct WasiImpl<T>(T);
impl View for KitData {}

impl<T> Host for (T, WasiImpl<T>) {}
impl Host for (u8, WasiImpl<u8>) {}
