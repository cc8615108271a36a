# Shared by the bench scripts (sourced): waiting for a relay started in the background.

# await_url NAME LOG PID: waits (up to 20 s) until the relay logs its ws:// URL in LOG and sets
# URL; exits with LOG on stderr when process PID ends or the time runs out first.
await_url() {
  local name="$1" log="$2" pid="$3"
  URL=""
  for _ in $(seq 1 400); do
    URL=$(grep -o 'ws://[0-9.]*:[0-9]*' "$log" | head -1 || true)
    [ -n "$URL" ] && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  echo "$name did not start:" >&2; cat "$log" >&2; exit 1
}
