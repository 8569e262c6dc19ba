// rustc: E0119 for type `&mut MyHost`
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! the same once MyHost is a Host
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
impl Host for MyHost {}

impl<_T: Host + ?Sized> Host for &mut _T {}
impl Host for &mut MyHost {}
