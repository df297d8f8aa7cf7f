#!/bin/sh
# npm runs every lifecycle script of this project and of its dependencies through this shell
# (`script-shell` in .npmrc). It behaves like `sh -c`, except that a native build (node-gyp, as in
# re2's install script) that fails is run again, up to three times in all: re2's compile has been
# seen to fail once with "fatal error: opening dependency file …/*.o.d.raw" and pass on a rerun.
if [ "$1" != "-c" ]; then exec /bin/sh "$@"; fi
shift
cmd=$1
shift
attempt=1
while :; do
  /bin/sh -c "$cmd" "$@"
  rc=$?
  [ "$rc" -eq 0 ] && exit 0
  case "$cmd" in *node-gyp*) ;; *) exit "$rc" ;; esac
  [ "$attempt" -ge 3 ] && exit "$rc"
  attempt=$((attempt + 1))
  echo "hookscan: native build failed (exit $rc) in $(pwd); retrying (attempt $attempt of 3)" >&2
done
