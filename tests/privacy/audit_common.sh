# Shared by the syscall audits (issue #7); sourced, not run.
#
# audit_run TRACE COMMAND...   runs COMMAND under strace -f, recording every call that can
#                              create, change or remove a file, and every socket.
# audit_check TRACE ALLOWED    fails (returns 1, printing each offending call) when a file
#                              other than those whose absolute path matches the extended
#                              regular expression ALLOWED was created, opened for writing,
#                              truncated, written, renamed, linked, removed or made a folder,
#                              or when a socket was created or connected.

AUDIT_CALLS=open,openat,creat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,unlink,unlinkat,mkdir,mkdirat,truncate,ftruncate,fallocate,write,pwrite64,writev,pwritev,pwritev2,socket,socketpair,connect,bind

audit_run()
{
    local trace=$1
    shift
    strace -f -qq -y -s 256 -o "$trace" -e trace="$AUDIT_CALLS" "$@"
}

# The absolute form of PATH, relative to the traced process's working folder AUDIT_CWD.
audit_absolute()
{
    case "$1" in
        /*) printf '%s' "$1" ;;
        *) printf '%s/%s' "$AUDIT_CWD" "$1" ;;
    esac
}

audit_check()
{
    local trace=$1 allowed=$2 status=0 line path
    # Opens that create, write or truncate: the path is the first quoted argument (the folder,
    # for an unnamed O_TMPFILE file that QSaveFile later links into place).
    while IFS= read -r line; do
        path=$(audit_absolute "$(sed -E 's/^[^"]*"([^"]*)".*/\1/' <<<"$line")")
        if ! [[ $path =~ $allowed ]]; then
            echo "FAIL: unexpected file opened for writing: $line"
            status=1
        fi
    done < <(grep -E '(open|openat)\(.*(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_TMPFILE)|creat\(|[^f]truncate\(' \
             "$trace" | grep -vE '= -1 E|/dev/(null|tty|pts|dri)|^[0-9]+ +open(at)?\(.*O_RDWR.*"/dev/')
    # Renames, links, removals and new folders: every named path must be allowed.
    while IFS= read -r line; do
        while IFS= read -r path; do
            [[ -z $path || $path == /proc/self/fd/* ]] && continue
            path=$(audit_absolute "$path")
            if ! [[ $path =~ $allowed ]]; then
                echo "FAIL: unexpected file change: $line"
                status=1
            fi
        done < <(grep -oE '"[^"]*"' <<<"$line" | tr -d '"')
    done < <(grep -E '^[0-9]+ +(rename|renameat|renameat2|link|linkat|symlink|symlinkat|unlink|unlinkat|mkdir|mkdirat)\(' \
             "$trace" | grep -v '= -1 E')
    # Writes and truncations through a descriptor: strace -y names the file after the number.
    # Standard output and error (descriptors 1 and 2) are whatever the caller made them.
    while IFS= read -r line; do
        path=$(sed -E 's/^[0-9]+ +[a-z0-9]+\([0-9]+<([^>]*)>.*/\1/' <<<"$line")
        case "$path" in
            pipe:* | socket:* | anon_inode:* | /dev/null | /dev/pts/* | /dev/tty*) continue ;;
        esac
        path=${path% (deleted)}
        if ! [[ $path =~ $allowed || ${path%/*} =~ $allowed ]]; then
            echo "FAIL: unexpected write: $line"
            status=1
        fi
    done < <(grep -E '^[0-9]+ +(write|pwrite64|writev|pwritev|pwritev2|ftruncate|fallocate)\([0-9]+<' \
             "$trace" | grep -vE '= -1 E|^[0-9]+ +[a-z0-9]+\([12]<')
    if grep -E '^[0-9]+ +(socket|socketpair|connect|bind)\(' "$trace" | grep -v '= -1 E' | grep -q .; then
        echo "FAIL: a socket was created or connected:"
        grep -E '^[0-9]+ +(socket|socketpair|connect|bind)\(' "$trace"
        status=1
    fi
    return $status
}

# audit_empty DIR...: fails when any of the folders holds anything.
audit_empty()
{
    local status=0 dir
    for dir in "$@"; do
        if [[ -d $dir && -n $(find "$dir" -mindepth 1 -print -quit) ]]; then
            echo "FAIL: something was written under $dir:"
            find "$dir" -mindepth 1
            status=1
        fi
    done
    return $status
}
