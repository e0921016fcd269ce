# Sourced by the consumers' run.sh: starts the project's sandbox (the fastly-sandbox
# binary cargo builds) on loopback for a consumer to call, and stops it on exit.
#
#   start_sandbox BINARY TOKEN LOG [ARGS...]
#       sets SANDBOX_URL (http://127.0.0.1:PORT) once the sandbox printed its first
#       line, `listening on URL`. The sandbox exits when its stdin closes: this shell
#       holds that stdin (a FIFO) open until stop_sandbox, which an EXIT trap runs.

SANDBOX_PID=
SANDBOX_DIR=

stop_sandbox() {
    [ -n "$SANDBOX_PID" ] || return 0
    exec 7>&- # EOF on the sandbox's stdin: it exits
    local i
    for i in $(seq 50); do
        kill -0 "$SANDBOX_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill "$SANDBOX_PID" 2>/dev/null || true
    wait "$SANDBOX_PID" 2>/dev/null || true
    SANDBOX_PID=
    rm -rf "$SANDBOX_DIR"
}

start_sandbox() {
    local binary=$1 token=$2 log=$3
    shift 3
    [ -x "$binary" ] || { echo "no sandbox binary at $binary (cargo build -p fastly-sandbox)" >&2; return 1; }
    SANDBOX_DIR=$(mktemp -d)
    mkfifo "$SANDBOX_DIR/stdin"
    mkdir -p "$(dirname "$log")"
    "$binary" --port 0 --token "$token" "$@" <"$SANDBOX_DIR/stdin" >"$SANDBOX_DIR/stdout" 2>"$log" &
    SANDBOX_PID=$!
    exec 7>"$SANDBOX_DIR/stdin"
    trap stop_sandbox EXIT
    local i line=
    for i in $(seq 200); do
        # A whole first line (with its newline), never half of one.
        if [ "$(wc -l <"$SANDBOX_DIR/stdout")" -ge 1 ]; then
            line=$(head -n 1 "$SANDBOX_DIR/stdout")
        fi
        case "$line" in
            "listening on "*) SANDBOX_URL=${line#listening on }; return 0 ;;
        esac
        kill -0 "$SANDBOX_PID" 2>/dev/null || break
        sleep 0.05
    done
    echo "the sandbox did not start (first line: '$line'; log: $log)" >&2
    return 1
}
