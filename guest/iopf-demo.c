// SPDX-License-Identifier: GPL-2.0
/*
 * Show the I/O page fault framework at work in a test guest: a mock device
 * of the test driver writes 16 pages of this process that were never
 * touched, four pages per page request group, then reads them back.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>

#include "iopf-test-uapi.h"

#define NPAGES 16

static int dev_access(int fd, void *addr, size_t len, void *buf, unsigned int op,
		      struct iopf_test_access *a)
{
	memset(a, 0, sizeof(*a));
	a->addr = (unsigned long)addr;
	a->len = len;
	a->buf = (unsigned long)buf;
	a->op = op;
	a->group_pages = 4;
	return ioctl(fd, IOPF_TEST_ACCESS, a);
}

int main(void)
{
	size_t len = NPAGES * sysconf(_SC_PAGESIZE);
	struct iopf_test_stats s;
	struct iopf_test_access a;
	char *mem, *in, *out, path[128];
	unsigned int pasid, i;
	FILE *f;
	int fd;

	fd = open(IOPF_TEST_DEV, O_RDWR);
	if (fd < 0 || ioctl(fd, IOPF_TEST_BIND, &pasid)) {
		perror(IOPF_TEST_DEV);
		return 1;
	}
	mem = mmap(NULL, len, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	in = malloc(len);
	out = malloc(len);
	if (mem == MAP_FAILED || !in || !out)
		return 1;
	for (i = 0; i < len; i++)
		in[i] = 'a' + i % 26;

	printf("iopf-demo: bound to PASID %u, %d untouched pages at %p\n",
	       pasid, NPAGES, mem);
	if (dev_access(fd, mem, len, in, IOPF_TEST_WRITE, &a))
		perror("device write");
	printf("iopf-demo: device wrote %zu bytes: %u page requests in %u groups, CPU sees %s\n",
	       len, a.faults, a.groups, memcmp(mem, in, len) ? "WRONG DATA" : "the data");
	if (dev_access(fd, mem, len, out, IOPF_TEST_READ, &a))
		perror("device read");
	printf("iopf-demo: device read it back with %u page requests: %s\n",
	       a.faults, memcmp(out, in, len) ? "WRONG DATA" : "same data");

	ioctl(fd, IOPF_TEST_STATS, &s);
	printf("iopf-demo: mock IOMMU got %llu responses (%llu success, %llu invalid)\n",
	       (unsigned long long)s.responses, (unsigned long long)s.success,
	       (unsigned long long)s.invalid);
	snprintf(path, sizeof(path),
		 "/sys/kernel/debug/iopf/iopf-test/iopf-test.%llu/stats",
		 (unsigned long long)s.dev_id);
	printf("iopf-demo: %s:\n", path);
	f = fopen(path, "r");
	while (f && fgets(path, sizeof(path), f))
		printf("iopf-demo:   %s", path);
	if (f)
		fclose(f);
	close(fd);
	return 0;
}
