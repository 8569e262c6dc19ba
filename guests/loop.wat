;; The benchmark guest: calls one function `n` times in a loop, either a wasm-internal function or
;; the imported `future-status` (whatever the host links there: a direct JS import, a funcWrap host
;; function, or a design's addToLinker). Both callees write their result at the same place.
(module
  (import "example:http/outgoing-handler" "future-status" (func $status (param i32 i32)))
  (memory (export "memory") 1)

  (func $internal (param $rep i32) (param $ret i32)
    (i32.store (local.get $ret) (i32.const 0))
    (i32.store offset=4 (local.get $ret) (local.get $rep)))

  (func (export "loop-internal") (param $n i32) (param $rep i32)
    (loop $again
      (call $internal (local.get $rep) (i32.const 0))
      (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))

  (func (export "loop-import") (param $n i32) (param $rep i32)
    (loop $again
      (call $status (local.get $rep) (i32.const 0))
      (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))

  ;; The result the last call wrote: its ok payload, or the negated error code.
  (func (export "last-result") (result i32)
    (if (result i32) (i32.load (i32.const 0))
      (then (i32.sub (i32.const 0) (i32.load offset=4 (i32.const 0))))
      (else (i32.load offset=4 (i32.const 0)))))
)
