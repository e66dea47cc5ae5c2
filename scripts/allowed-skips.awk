# The skip reasons allowed in the IOPF tests (selftests/allowed-skips), for
# scripts/verdict.awk and scripts/vng-test: awk -v allowed=FILE -f this.
# skip_reason(LINE) is the text after "# SKIP" of a TAP line;
# allowed_skip(REASON) tells whether a line of FILE (an ERE) matches it.

BEGIN {
	# One ERE a line; comment lines start with '#' (scripts/verdict
	# checks that every entry has one saying why).
	while ((getline l <allowed) > 0)
		if (l !~ /^[ \t]*(#|$)/)
			allow[++nallow] = l
	close(allowed)
}

function skip_reason(line,    r) {
	r = line
	sub(/^.*# *SKIP[ \t]*/, "", r)
	return r
}

function allowed_skip(reason,    i) {
	for (i = 1; i <= nallow; i++)
		if (reason ~ allow[i])
			return 1
	return 0
}
