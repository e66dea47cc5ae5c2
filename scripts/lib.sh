# Common definitions for the tooling; sourced by every script.
# shellcheck shell=sh
TOP=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$TOP/work}
KSRC=$WORK/linux
BASE_VERSION=5.10.262
BASE_TAG=iopf-base
JOBS=${JOBS:-$(nproc)}
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo

log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# cross prefix for an architecture
cross_of() {
	case $1 in
	x86_64) echo "" ;;
	arm64) echo aarch64-linux-gnu- ;;
	*) die "unknown arch $1" ;;
	esac
}

base_commit() { git -C "$KSRC" rev-parse "$BASE_TAG^{commit}"; }

# Private apt configurations, for other Debian suites than the machine's:
# never the system's sources, never a deb line installed from.
# archive_uri SUITE: the archive URI this machine's apt uses for SUITE
archive_uri() {
	apt-cache policy | awk -v s="$1" '$3 ~ "^" s "/" { print $2; exit }'
}
# papt DIR apt-get-args...: apt-get with the private configuration in DIR
papt() {
	_d=$1
	shift
	apt-get -q -o Dir::Etc::SourceList="$_d/sources.list" \
		-o Dir::Etc::SourceParts="$_d/parts" -o Dir::State::Lists="$_d/lists" \
		-o Dir::Cache="$_d/cache" -o APT::Get::List-Cleanup=0 "$@"
}
# private_apt DIR LINE: make DIR a configuration whose one source is LINE
# (signed by Debian's archive key), and update its lists
private_apt() {
	mkdir -p "$1/lists/partial" "$1/cache/archives/partial" "$1/parts"
	echo "$2" | sed 's|^\(deb[-a-z]*\) |\1 [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] |' \
		>"$1/sources.list"
	papt "$1" update >/dev/null
}

# kselftest collections installed into the guests
KSELFTEST_TARGETS=${KSELFTEST_TARGETS:-sigaltstack iommu}

# kmake SRC OUT ARCH make-args...: make for ARCH, out of tree, through ccache
kmake() {
	_src=$1 _out=$2 _arch=$3
	shift 3
	# shellcheck disable=SC2086
	make -s -C "$_src" O="$_out" ARCH="$_arch" \
		CROSS_COMPILE="$(cross_of "$_arch")" \
		CC="ccache $(cross_of "$_arch")gcc" -j"$JOBS" ${KMAKEFLAGS:-} "$@"
}

# configure SRC OUT ARCH FRAGMENT...: tinyconfig + fragments + olddefconfig
configure() {
	_src=$1 _out=$2 _arch=$3
	shift 3
	mkdir -p "$_out"
	kmake "$_src" "$_out" "$_arch" tinyconfig >/dev/null
	(cd "$_out" && "$_src/scripts/kconfig/merge_config.sh" -m -O "$_out" \
		.config "$@" >/dev/null)
	kmake "$_src" "$_out" "$_arch" olddefconfig >/dev/null
}

# dropped_options CONFIG FRAGMENT...: print the options of the fragments
# that CONFIG does not have as requested (after olddefconfig)
dropped_options() {
	_cfg=$1
	shift
	cat "$@" | while IFS= read -r _line; do
		case $_line in
		CONFIG_*=*)
			grep -qxF "$_line" "$_cfg" || echo "${_line%%=*}" ;;
		"# CONFIG_"*" is not set")
			_sym=${_line#\# }
			_sym=${_sym%% *}
			! grep -q "^$_sym=" "$_cfg" || echo "$_sym" ;;
		esac
	done
}
