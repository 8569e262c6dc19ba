;; The concurrent guest: the async ABI's callback form (src/runtime/concurrent.ts). `fetch-both`
;; resolves "localhost", sends two requests through the stream, then awaits both responses' status
;; with the async-lowered `await-status`, both in flight before it waits for either. Each subtask
;; that returns is dropped; once both have, it checks both results, drops every resource and returns
;; the two statuses (an error result comes back as the negated ErrorCode). Its state lives in a
;; 64-byte area per task, found through the task's context, so several tasks may run at once.
;; `mode` makes it break the rules on the first event: 1 traps, 2 drops the subtask twice (a stale
;; handle), 3 exits without returning, 4 joins a handle it made up.
;; Memory: 64.. constant strings, 1024.. task states.
(module
  (import "example:sockets/ip-name-lookup" "resolve-addresses" (func $resolve (param i32 i32 i32)))
  (import "example:sockets/ip-name-lookup" "drop-resolve-address-stream" (func $drop_stream (param i32) (result i32)))
  (import "example:http/outgoing-handler" "handle" (func $handle (param i32 i32 i32 i32)))
  (import "example:http/outgoing-handler" "drop-future-incoming-response" (func $drop_response (param i32) (result i32)))
  (import "example:http/outgoing-handler" "[async-lower]await-status" (func $await_status (param i32 i32) (result i32)))
  (import "example:http/outgoing-handler" "[async-lower]future-status" (func $future_status (param i32 i32) (result i32)))
  (import "$root" "[waitable-set-new]" (func $set_new (result i32)))
  (import "$root" "[waitable-set-drop]" (func $set_drop (param i32)))
  (import "$root" "[waitable-join]" (func $join (param i32 i32)))
  (import "$root" "[subtask-drop]" (func $subtask_drop (param i32)))
  (import "$root" "[context-get-0]" (func $context_get (result i32)))
  (import "$root" "[context-set-0]" (func $context_set (param i32)))
  (import "[export]$root" "[task-return]fetch-both" (func $return_both (param i32 i32)))

  (memory (export "memory") 1)
  (data (i32.const 64) "example.com")
  (data (i32.const 80) "localhost")
  (data (i32.const 96) "example.org")
  (global $next_state (mut i32) (i32.const 1024))

  ;; A task's state, at offsets of its area: the stream and both responses, the waitable set, the
  ;; subtasks still pending, the mode, and the two result areas the host writes.
  (func $stream (param $s i32) (result i32) (local.get $s))
  (func $response1 (param $s i32) (result i32) (i32.add (local.get $s) (i32.const 4)))
  (func $response2 (param $s i32) (result i32) (i32.add (local.get $s) (i32.const 8)))
  (func $set (param $s i32) (result i32) (i32.add (local.get $s) (i32.const 12)))
  (func $pending (param $s i32) (result i32) (i32.add (local.get $s) (i32.const 16)))
  (func $mode (param $s i32) (result i32) (i32.add (local.get $s) (i32.const 20)))
  (func $result1 (param $s i32) (result i32) (i32.add (local.get $s) (i32.const 24)))
  (func $result2 (param $s i32) (result i32) (i32.add (local.get $s) (i32.const 32)))

  ;; The ok payload of the result at $area; an err traps (the guest cannot go on without it).
  (func $expect (param $area i32) (result i32)
    (if (i32.load (local.get $area)) (then unreachable))
    (i32.load offset=4 (local.get $area)))

  ;; The payload of the result at $area, or the negated error code when it is an err.
  (func $unwrap (param $area i32) (result i32)
    (if (result i32) (i32.load (local.get $area))
      (then (i32.sub (i32.const 0) (i32.load offset=4 (local.get $area))))
      (else (i32.load offset=4 (local.get $area)))))

  ;; Starts `await-status` of the response stored at $response, its result at $result: a subtask
  ;; that is still running joins the set and counts as pending.
  (func $start (param $s i32) (param $response i32) (param $result i32)
    (local $status i32)
    (local.set $status (call $await_status (i32.load (local.get $response)) (local.get $result)))
    (if (i32.eq (i32.and (local.get $status) (i32.const 0xf)) (i32.const 1))
      (then
        (call $join (i32.shr_u (local.get $status) (i32.const 4)) (i32.load (call $set (local.get $s))))
        (i32.store (call $pending (local.get $s)) (i32.add (i32.load (call $pending (local.get $s))) (i32.const 1))))
      (else
        (if (i32.ne (local.get $status) (i32.const 2)) (then unreachable)))))

  ;; The callback code that waits on the task's set.
  (func $wait (param $s i32) (result i32)
    (i32.or (i32.const 2) (i32.shl (i32.load (call $set (local.get $s))) (i32.const 4))))

  (func (export "[async-lift]fetch-both") (param $mode i32) (result i32)
    (local $s i32)
    (local.set $s (global.get $next_state))
    (global.set $next_state (i32.add (local.get $s) (i32.const 64)))
    (call $context_set (local.get $s))
    (i32.store (call $mode (local.get $s)) (local.get $mode))
    (call $resolve (i32.const 80) (i32.const 9) (call $result1 (local.get $s)))
    (i32.store (call $stream (local.get $s)) (call $expect (call $result1 (local.get $s))))
    (call $handle (i32.const 64) (i32.const 11) (i32.load (call $stream (local.get $s))) (call $result1 (local.get $s)))
    (i32.store (call $response1 (local.get $s)) (call $expect (call $result1 (local.get $s))))
    (call $handle (i32.const 96) (i32.const 11) (i32.load (call $stream (local.get $s))) (call $result2 (local.get $s)))
    (i32.store (call $response2 (local.get $s)) (call $expect (call $result2 (local.get $s))))
    (i32.store (call $set (local.get $s)) (call $set_new))
    (call $start (local.get $s) (call $response1 (local.get $s)) (call $result1 (local.get $s)))
    (call $start (local.get $s) (call $response2 (local.get $s)) (call $result2 (local.get $s)))
    (if (result i32) (i32.load (call $pending (local.get $s)))
      (then (call $wait (local.get $s)))
      (else (call $finish (local.get $s)))))

  (func $callback (export "[callback][async-lift]fetch-both") (param $event i32) (param $handle i32) (param $status i32) (result i32)
    (local $s i32) (local $mode i32)
    (local.set $s (call $context_get))
    (local.set $mode (i32.load (call $mode (local.get $s))))
    (if (i32.or (i32.ne (local.get $event) (i32.const 1)) (i32.ne (local.get $status) (i32.const 2))) (then unreachable))
    (if (i32.eq (local.get $mode) (i32.const 1)) (then unreachable))
    (if (i32.eq (local.get $mode) (i32.const 4)) (then (call $join (i32.const 999) (i32.load (call $set (local.get $s))))))
    (call $subtask_drop (local.get $handle))
    (if (i32.eq (local.get $mode) (i32.const 2)) (then (call $subtask_drop (local.get $handle))))
    (i32.store (call $pending (local.get $s)) (i32.sub (i32.load (call $pending (local.get $s))) (i32.const 1)))
    (if (result i32) (i32.load (call $pending (local.get $s)))
      (then (call $wait (local.get $s)))
      (else (call $finish (local.get $s)))))

  ;; Both results are in: drop the responses, the stream and the set, and return both statuses
  ;; (mode 3 exits without returning).
  (func $finish (param $s i32) (result i32)
    (if (call $drop_response (i32.load (call $response1 (local.get $s)))) (then unreachable))
    (if (call $drop_response (i32.load (call $response2 (local.get $s)))) (then unreachable))
    (if (call $drop_stream (i32.load (call $stream (local.get $s)))) (then unreachable))
    (call $set_drop (i32.load (call $set (local.get $s))))
    (if (i32.ne (i32.load (call $mode (local.get $s))) (i32.const 3))
      (then (call $return_both (call $unwrap (call $result1 (local.get $s))) (call $unwrap (call $result2 (local.get $s))))))
    (i32.const 0))

  ;; Waits on a new, empty set: nothing can ever wake it.
  (func (export "[async-lift]wait-on-nothing") (result i32)
    (i32.or (i32.const 2) (i32.shl (call $set_new) (i32.const 4))))
  (export "[callback][async-lift]wait-on-nothing" (func $callback))

  ;; A synchronous function imported async-lowered returns at once: the status of the response it
  ;; sends, read through `[async-lower]future-status`, or -1000 minus the subtask status if not RETURNED.
  (func (export "status-at-once") (result i32)
    (local $stream i32) (local $response i32) (local $status i32)
    (call $resolve (i32.const 80) (i32.const 9) (i32.const 0))
    (local.set $stream (call $expect (i32.const 0)))
    (call $handle (i32.const 64) (i32.const 11) (local.get $stream) (i32.const 0))
    (local.set $response (call $expect (i32.const 0)))
    (local.set $status (call $future_status (local.get $response) (i32.const 8)))
    (drop (call $drop_response (local.get $response)))
    (drop (call $drop_stream (local.get $stream)))
    (if (result i32) (i32.eq (local.get $status) (i32.const 2))
      (then (call $unwrap (i32.const 8)))
      (else (i32.sub (i32.const -1000) (local.get $status)))))
)
