;; The example guest: imports every function of both example interfaces. `fetch` resolves a name
;; through sockets, sends the stream to http's `handle` (one table, two interfaces), reads the
;; status, drops both resources (child first) and returns the status; an error result comes back as
;; the negated ErrorCode. Memory: 0..16 result areas, 64.. constant strings, 256.. the host's input.
(module
  (import "example:sockets/ip-name-lookup" "resolve-addresses" (func $resolve (param i32 i32 i32)))
  (import "example:sockets/ip-name-lookup" "resolve-next-address" (func $next (param i32 i32)))
  (import "example:sockets/ip-name-lookup" "drop-resolve-address-stream" (func $drop_stream (param i32) (result i32)))
  (import "example:http/outgoing-handler" "handle" (func $handle (param i32 i32 i32 i32)))
  (import "example:http/outgoing-handler" "future-status" (func $status (param i32 i32)))
  (import "example:http/outgoing-handler" "drop-future-incoming-response" (func $drop_response (param i32) (result i32)))

  (memory (export "memory") 1)
  (data (i32.const 64) "example.com")
  (data (i32.const 80) "localhost")

  ;; The payload of the result at $area, or the negated error code when it is an err.
  (func $unwrap (param $area i32) (result i32)
    (if (result i32) (i32.load (local.get $area))
      (then (i32.sub (i32.const 0) (i32.load offset=4 (local.get $area))))
      (else (i32.load offset=4 (local.get $area)))))

  (func $fetch (export "fetch") (param $name i32) (param $len i32) (result i32)
    (local $stream i32) (local $response i32) (local $status i32) (local $code i32)
    (call $resolve (local.get $name) (local.get $len) (i32.const 0))
    (local.set $stream (call $unwrap (i32.const 0)))
    (if (i32.lt_s (local.get $stream) (i32.const 0)) (then (return (local.get $stream))))
    (call $handle (i32.const 64) (i32.const 11) (local.get $stream) (i32.const 8))
    (local.set $response (call $unwrap (i32.const 8)))
    (if (i32.lt_s (local.get $response) (i32.const 0)) (then (return (local.get $response))))
    (call $status (local.get $response) (i32.const 0))
    (local.set $status (call $unwrap (i32.const 0)))
    (local.set $code (call $drop_response (local.get $response)))
    (if (local.get $code) (then (return (i32.sub (i32.const 0) (local.get $code)))))
    (local.set $code (call $drop_stream (local.get $stream)))
    (if (local.get $code) (then (return (i32.sub (i32.const 0) (local.get $code)))))
    (local.get $status))

  (func (export "fetch-localhost") (result i32)
    (call $fetch (i32.const 80) (i32.const 9)))

  ;; The first address `name` resolves to (a u32 IPv4 address), or the negated error code.
  (func (export "first-address") (param $name i32) (param $len i32) (result i32)
    (local $stream i32) (local $address i32)
    (call $resolve (local.get $name) (local.get $len) (i32.const 0))
    (local.set $stream (call $unwrap (i32.const 0)))
    (if (i32.lt_s (local.get $stream) (i32.const 0)) (then (return (local.get $stream))))
    (call $next (local.get $stream) (i32.const 0))
    (local.set $address (call $unwrap (i32.const 0)))
    (drop (call $drop_stream (local.get $stream)))
    (local.get $address))

  ;; Reads from a stream after dropping it: the host must answer with an error result.
  (func (export "use-after-drop") (result i32)
    (local $stream i32)
    (call $resolve (i32.const 80) (i32.const 9) (i32.const 0))
    (local.set $stream (call $unwrap (i32.const 0)))
    (drop (call $drop_stream (local.get $stream)))
    (call $next (local.get $stream) (i32.const 0))
    (call $unwrap (i32.const 0)))

  ;; Asks for the status of a response handle the guest made up.
  (func (export "forged-status") (param $rep i32) (result i32)
    (call $status (local.get $rep) (i32.const 0))
    (call $unwrap (i32.const 0)))

  ;; Drops a stream while a response sent through it is live: an error result, then a clean-up.
  (func (export "drop-parent-first") (result i32)
    (local $stream i32) (local $response i32) (local $code i32)
    (call $resolve (i32.const 80) (i32.const 9) (i32.const 0))
    (local.set $stream (call $unwrap (i32.const 0)))
    (call $handle (i32.const 64) (i32.const 11) (local.get $stream) (i32.const 8))
    (local.set $response (call $unwrap (i32.const 8)))
    (local.set $code (call $drop_stream (local.get $stream)))
    (drop (call $drop_response (local.get $response)))
    (drop (call $drop_stream (local.get $stream)))
    (i32.sub (i32.const 0) (local.get $code)))

  ;; Passes the host a string that runs past the end of memory.
  (func (export "out-of-bounds") (result i32)
    (call $resolve (i32.const 65530) (i32.const 100) (i32.const 0))
    (call $unwrap (i32.const 0)))

  ;; Resolves "localhost" and keeps the stream: its handle is returned, never dropped.
  (func (export "resolve-and-keep") (result i32)
    (call $resolve (i32.const 80) (i32.const 9) (i32.const 0))
    (call $unwrap (i32.const 0)))

  ;; Drops a stream the guest kept (`resolve-and-keep`): 0, or the host's error code.
  (func (export "drop-stream") (param $stream i32) (result i32)
    (call $drop_stream (local.get $stream)))

  (func (export "trap")
    unreachable)
)
