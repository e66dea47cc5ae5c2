// SPDX-License-Identifier: GPL-2.0
/*
 * iopf-regs: poke the registers of QEMU's iopf-testdev from user space,
 * through the sysfs mapping of its BAR0 (no driver, no /dev/mem). For the
 * smoke test of scripts/qemu-smoke, and for the e2e guest's count of the
 * answers the device received over the whole run (dump only, next to the
 * guest driver; guest/init).
 *
 *   iopf-regs DEV dump
 *       print ID, STATUS and the counters
 *   iopf-regs DEV run PASID ADDR LEN CTRL
 *       program an access (PASID "-" for none), ring the doorbell, poll
 *       STATUS until BUSY clears (at most 30 s), print the result
 *
 * DEV is a sysfs PCI device directory, e.g. /sys/bus/pci/devices/0000:00:03.0
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static volatile uint8_t *regs;

static uint64_t rd64(unsigned int off)
{
	return *(volatile uint64_t *)(regs + off);
}

static uint32_t rd32(unsigned int off)
{
	return *(volatile uint32_t *)(regs + off);
}

static void wr64(unsigned int off, uint64_t v)
{
	*(volatile uint64_t *)(regs + off) = v;
}

static void wr32(unsigned int off, uint32_t v)
{
	*(volatile uint32_t *)(regs + off) = v;
}

static const char *const counters[] = {
	"requests", "groups", "responses", "resp_success", "resp_invalid",
	"resp_failure", "unexpected", "wrong_pasid", "outstanding",
	"translations", "retries",
};

static const char *const results[] = {
	"OK", "INVALID", "FAILURE", "NO_TRANSLATION", "TIMEOUT",
	"NOT_WAITED", "BAD", "REFUSED",
};

static void dump(void)
{
	uint32_t st = rd32(0x30);
	unsigned int i;

	printf("iopf-regs: id 0x%08x status 0x%08x", rd32(0x00), st);
	for (i = 0; i < sizeof(counters) / sizeof(counters[0]); i++)
		printf(" %s=%llu", counters[i],
		       (unsigned long long)rd64(0x40 + 8 * i));
	printf("\n");
}

int main(int argc, char **argv)
{
	char path[512];
	struct timespec ts = { 0, 1000000 };
	unsigned int waited = 0;
	uint32_t st;
	int fd;

	if (argc < 3) {
		fprintf(stderr, "usage: iopf-regs DEV dump|run PASID ADDR LEN CTRL\n");
		return 2;
	}
	snprintf(path, sizeof(path), "%s/resource0", argv[1]);
	fd = open(path, O_RDWR | O_SYNC);
	if (fd < 0) {
		perror(path);
		return 1;
	}
	regs = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (regs == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	if (!strcmp(argv[2], "dump")) {
		dump();
		return 0;
	}
	if (strcmp(argv[2], "run") || argc != 7) {
		fprintf(stderr, "iopf-regs: bad arguments\n");
		return 2;
	}
	wr32(0x08, strcmp(argv[3], "-") ?
		   (uint32_t)strtoul(argv[3], NULL, 0) | 1u << 31 : 0);
	/* ADDR as two halves, the rest as 32-bit registers */
	wr32(0x10, (uint32_t)strtoull(argv[4], NULL, 0));
	wr32(0x14, (uint32_t)(strtoull(argv[4], NULL, 0) >> 32));
	wr32(0x18, (uint32_t)strtoul(argv[5], NULL, 0));
	wr64(0x20, strtoul(argv[6], NULL, 0));
	wr32(0x28, 1);
	while ((st = rd32(0x30)) & 1) {
		nanosleep(&ts, NULL);
		if (++waited > 30000) {
			printf("iopf-regs: still busy after 30 s\n");
			return 1;
		}
	}
	printf("iopf-regs: pasid 0x%08x addr 0x%016llx len %u ctrl 0x%08x: result %u (%s), %u page requests, ~%u ms\n",
	       rd32(0x08), (unsigned long long)rd64(0x10), rd32(0x18),
	       rd32(0x20), st >> 8 & 0xff,
	       (st >> 8 & 0xff) < 8 ? results[st >> 8 & 0xff] : "?",
	       st >> 16, waited);
	dump();
	return 0;
}
