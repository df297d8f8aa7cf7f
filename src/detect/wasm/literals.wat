;; The literal prefilter's inner loop (src/detect/literal-scan.ts builds the tables and reads the
;; matches). At every step-th position q of the window it folds the 4 bytes at q to lower case
;; (| 0x20 per byte), hashes them, and tests one bit of a 2^18-bit set that holds the hashes of the
;; literals' anchors: for each literal, the 4 bytes at `step` consecutive offsets (chosen for
;; rarity), so that one of them falls on a looked-at position wherever the literal starts. Only
;; where the bit is set does it walk the hash chain, and for each anchor equal to the folded bytes
;; it compares the whole literal, ASCII case-insensitively, at q - (the anchor's offset in the
;; literal). A match is written as (start - window, literal index). The bit test can say "maybe"
;; wrongly, never "no": every literal occurrence has one of its anchors at a looked-at q, and that
;; anchor's bit is set.
;;
;; Memory layout (byte addresses; the tables are written by the caller before scan):
;;   [0, 32768)        the bit set: 8192 little-endian u32 words
;;   [32768, 49152)    4096 chain heads, u32: entry index + 1 (0: empty)
;;   $entries          16-byte entries: folded anchor u32, next entry index + 1 u32,
;;                     anchor offset in the literal u32, literal index u32
;;   $litdir           8 bytes per literal: address of its lower-case bytes u32, length u32
;;   the literal bytes, the window, and the match array live where the caller puts them.
(module
  (memory (export "memory") 1)
  (global $entries (mut i32) (i32.const 0))
  (global $litdir (mut i32) (i32.const 0))
  ;; The most matches one position can write (the number of anchors): scan stops after a
  ;; position when fewer slots than this are left, so no position is ever half written.
  (global $perPosition (mut i32) (i32.const 0))
  ;; The current call's window, match array and count. They live in globals, not locals, because
  ;; the loop calls $check: with them as locals too, the compiler keeps fewer of the loop's own
  ;; values in registers, and the loop ran at half the speed (measured).
  (global $end (mut i32) (i32.const 0))
  (global $win (mut i32) (i32.const 0))
  (global $limit (mut i32) (i32.const 0))
  (global $out (mut i32) (i32.const 0))
  (global $max (mut i32) (i32.const 0))
  (global $n (mut i32) (i32.const 0))
  ;; Positions looked at: every step-th (1 or 2; each literal has step anchors).
  (global $step (mut i32) (i32.const 1))
  ;; Where scan stopped: the next position to look at.
  (global $resume (export "resume") (mut i32) (i32.const 0))

  (func (export "setup") (param $entries i32) (param $litdir i32) (param $perPosition i32) (param $step i32)
    (global.set $step (local.get $step))
    (global.set $entries (local.get $entries))
    (global.set $litdir (local.get $litdir))
    (global.set $perPosition (local.get $perPosition)))

  ;; Looks at positions q, q + step, … up to end-4 of the window [win, end). Matches must start in [win, limit)
  ;; and end by end. Writes at most max (start - win, literal) pairs at out (max must be at least
  ;; the number of anchors); returns how many, and sets resume to the next position to look at
  ;; (past end - 4 when it looked at all).
  (func (export "scan") (param $q i32) (param $end i32) (param $win i32) (param $limit i32)
                        (param $out i32) (param $max i32) (result i32)
    (local $last i32) (local $x i32) (local $g i32) (local $step i32)
    (local.set $step (global.get $step))
    (global.set $end (local.get $end))
    (global.set $win (local.get $win))
    (global.set $limit (local.get $limit))
    (global.set $out (local.get $out))
    (global.set $max (local.get $max))
    (global.set $n (i32.const 0))
    (local.set $last (i32.sub (local.get $end) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.gt_s (local.get $q) (local.get $last)))
        (local.set $g (i32.or (i32.load (local.get $q)) (i32.const 0x20202020)))
        (local.set $x (i32.mul (local.get $g) (i32.const 0x9E3779B1)))
        ;; bits 19..31 pick the word, bits 14..18 the bit (shr_u takes its count mod 32)
        (if (i32.and
              (i32.shr_u
                (i32.load (i32.and (i32.shr_u (local.get $x) (i32.const 17)) (i32.const 0x7FFC)))
                (i32.shr_u (local.get $x) (i32.const 14)))
              (i32.const 1))
          (then (local.set $last (call $check (local.get $q) (local.get $g) (local.get $x) (local.get $last)))))
        (local.set $q (i32.add (local.get $q) (local.get $step)))
        (br $next)))
    (global.set $resume (local.get $q))
    (global.get $n))

  ;; The anchors on the chain of hash x that equal the folded bytes g at q: each one's literal is
  ;; compared at q - (its offset), and a match is written. Returns the loop's new last position:
  ;; q when the match array has no room for another position's matches, else last.
  (func $check (param $q i32) (param $g i32) (param $x i32) (param $last i32) (result i32)
    (local $e i32) (local $ent i32) (local $s i32) (local $la i32) (local $ll i32) (local $i i32)
    (local $b i32) (local $lit i32) (local $at i32)
    ;; bits 2..13 pick the chain
    (local.set $e (i32.load (i32.add (i32.const 32768) (i32.and (local.get $x) (i32.const 0x3FFC)))))
    (block $chainDone
      (loop $chain
        (br_if $chainDone (i32.eqz (local.get $e)))
        (local.set $ent (i32.add (global.get $entries) (i32.shl (i32.sub (local.get $e) (i32.const 1)) (i32.const 4))))
        (local.set $e (i32.load offset=4 (local.get $ent)))
        (br_if $chain (i32.ne (i32.load (local.get $ent)) (local.get $g)))
        (local.set $s (i32.sub (local.get $q) (i32.load offset=8 (local.get $ent))))
        (br_if $chain (i32.lt_s (local.get $s) (global.get $win)))
        (br_if $chain (i32.ge_s (local.get $s) (global.get $limit)))
        (local.set $lit (i32.load offset=12 (local.get $ent)))
        (local.set $la (i32.load (i32.add (global.get $litdir) (i32.shl (local.get $lit) (i32.const 3)))))
        (local.set $ll (i32.load offset=4 (i32.add (global.get $litdir) (i32.shl (local.get $lit) (i32.const 3)))))
        (br_if $chain (i32.gt_s (i32.add (local.get $s) (local.get $ll)) (global.get $end)))
        (local.set $i (i32.const 0))
        (block $differs
          (loop $cmp
            (if (i32.lt_s (local.get $i) (local.get $ll))
              (then
                (local.set $b (i32.load8_u (i32.add (local.get $s) (local.get $i))))
                ;; A-Z to a-z, nothing else
                (if (i32.lt_u (i32.sub (local.get $b) (i32.const 65)) (i32.const 26))
                  (then (local.set $b (i32.or (local.get $b) (i32.const 32)))))
                (br_if $differs (i32.ne (local.get $b) (i32.load8_u (i32.add (local.get $la) (local.get $i)))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $cmp))))
          (local.set $at (i32.add (global.get $out) (i32.shl (global.get $n) (i32.const 3))))
          (i32.store (local.get $at) (i32.sub (local.get $s) (global.get $win)))
          (i32.store offset=4 (local.get $at) (local.get $lit))
          (global.set $n (i32.add (global.get $n) (i32.const 1))))
        (br $chain)))
    (if (result i32) (i32.lt_u (i32.sub (global.get $max) (global.get $n)) (global.get $perPosition))
      (then (local.get $q))
      (else (local.get $last))))
)
