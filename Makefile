# Lode — a Node.js-compatible runtime on JavaScriptCore and libuv.
# Targets: make, make run, make test, make asan, make bench, make fuzz, make clean, make install, make deps.

PREFIX ?= /usr/local
BUILD ?= build
CC ?= cc
PKGS := javascriptcoregtk-4.1 libuv icu-uc libcares libcrypto zlib libbrotlienc libbrotlidec libzstd sqlite3
DEB_PKGS := libjavascriptcoregtk-4.1-dev libuv1-dev libicu-dev node-llhttp libssl-dev zlib1g-dev libbrotli-dev libzstd-dev libc-ares-dev libsqlite3-dev pkg-config

OPT ?= -O2
WARN := -Wall -Wextra -Werror
SAN ?=
CFLAGS_ALL := -std=c11 -D_GNU_SOURCE $(OPT) -g $(WARN) $(SAN) $(CFLAGS)
DEPS_OK := $(shell pkg-config --exists $(PKGS) 2>/dev/null && test -f /usr/share/llhttp/llhttp.c && echo yes)
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
# Libraries the bindings load on first use (src/lazy_lib.h): their headers are used, they
# are not linked, so a start-up does not pay for mapping and relocating them.
LAZY_PKGS := libcrypto libcares libbrotlienc libbrotlidec libzstd sqlite3
PKG_LIBS = $(shell pkg-config --libs $(filter-out $(LAZY_PKGS),$(PKGS))) -ldl

SRCS := $(wildcard src/*.c src/bindings/*.c src/transform/*.c src/napi/*.c)
# llhttp's generated C (Debian node-llhttp) is built as shipped, without our warning flags.
LLHTTP_DIR := /usr/share/llhttp
LLHTTP_INC := /usr/share/include/llhttp
LLHTTP_OBJS := $(BUILD)/obj/llhttp/llhttp.o $(BUILD)/obj/llhttp/api.o $(BUILD)/obj/llhttp/http.o
OBJS := $(SRCS:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/natives.o $(LLHTTP_OBJS)
LIB_JS := $(shell find lib -name '*.js' | sort)
C_TESTS := $(patsubst test/c/%.c,$(BUILD)/c-tests/%,$(wildcard test/c/*.c))

.PHONY: all deps run test asan bench clean install format fuzz

all: $(if $(DEPS_OK),,deps) $(BUILD)/lode $(C_TESTS)

deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; apt-get update -qq && apt-get install -y -qq $$missing; \
	  else \
	    echo "Lode needs these Debian packages:$$missing"; echo "Run: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

# Native addons (Node-API) find the napi_* and node_api_* functions in the executable.
NAPI_EXPORTS := -Wl,--export-dynamic-symbol=napi_*,--export-dynamic-symbol=node_api_*
# The dynamic linker looks every symbol JavaScriptCore imports up through the executable's
# libraries in their link order: naming the ones that define most of them (libstdc++, libc,
# GLib, ICU) right after it saves ~1M of the ~13M instructions relocation costs at start-up.
# (libstdc++ is kept though Lode itself calls nothing in it.)
EARLY_LIBS := -ljavascriptcoregtk-4.1 -Wl,--push-state,--no-as-needed -lstdc++ -Wl,--pop-state \
  -lc -lglib-2.0 -licuuc

$(BUILD)/lode: $(OBJS)
	$(CC) $(SAN) -o $@ $(OBJS) $(EARLY_LIBS) $(PKG_LIBS) -lm $(NAPI_EXPORTS)

$(BUILD)/obj/%.o: %.c $(wildcard src/*.h src/bindings/*.h src/transform/*.h src/napi/*.h include/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(PKG_CFLAGS) -c $< -o $@

$(BUILD)/obj/llhttp/%.o: $(LLHTTP_DIR)/%.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(OPT) -g -w $(SAN) -I$(LLHTTP_INC) -c $< -o $@

$(BUILD)/obj/src/bindings/http_parser.o: CFLAGS_ALL += -I$(LLHTTP_INC)
# process.versions names the libraries' versions from their headers; brotli's headers have
# none, so its pkg-config version is passed in.
$(BUILD)/obj/src/bindings/process.o: CFLAGS_ALL += -I$(LLHTTP_INC) \
  -DLODE_BROTLI_VERSION='"$(shell pkg-config --modversion libbrotlienc)"'

# C unit tests link the core objects (not main.c) with the test's own main().
$(BUILD)/c-tests/%: test/c/%.c $(filter-out $(BUILD)/obj/src/main.o,$(OBJS))
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(PKG_CFLAGS) -o $@ $^ $(PKG_LIBS) -lm

$(BUILD)/js2c: tools/js2c.c
	@mkdir -p $(BUILD)
	$(CC) -O2 -std=c11 -D_GNU_SOURCE $(WARN) -o $@ $<

$(BUILD)/gen/natives.c: $(BUILD)/js2c $(LIB_JS)
	@mkdir -p $(BUILD)/gen
	$(BUILD)/js2c $@ lib $(LIB_JS)

$(BUILD)/obj/natives.o: $(BUILD)/gen/natives.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_GNU_SOURCE -O1 $(SAN) $(PKG_CFLAGS) -Isrc -c $< -o $@

run: all
	$(BUILD)/lode examples/hello.js

test: all
	@LODE=$(BUILD)/lode bash test/run.sh

# A small quarantine keeps ASan's RSS near the real one, so the tests that bound memory growth
# (streams under backpressure) measure the program, not ASan's freed-memory pool.
asan:
	$(MAKE) BUILD=build-asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
	@LODE=build-asan/lode ASAN_OPTIONS=allow_user_segv_handler=1:detect_leaks=1:quarantine_size_mb=16 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/test/lsan.supp:print_suppressions=0 bash test/run.sh

# Fuzzes the transform with libFuzzer (clang) for FUZZ_TIME seconds, starting from the seeds.
FUZZ_TIME ?= 60
fuzz:
	@mkdir -p $(BUILD)/fuzz/corpus
	clang -std=c11 -D_GNU_SOURCE -O1 -g -fsanitize=fuzzer,address,undefined $(PKG_CFLAGS) \
	  -o $(BUILD)/fuzz/fuzz_transform test/fuzz/fuzz_transform.c src/transform/*.c $(PKG_LIBS)
	ASAN_OPTIONS=allow_user_segv_handler=1:detect_leaks=0 $(BUILD)/fuzz/fuzz_transform \
	  -max_total_time=$(FUZZ_TIME) -timeout=10 -max_len=8192 -artifact_prefix=$(BUILD)/fuzz/ \
	  $(BUILD)/fuzz/corpus test/fuzz/seeds

bench: all
	@LODE=$(BUILD)/lode bash bench/run.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BUILD)/lode $(DESTDIR)$(PREFIX)/bin/lode

format:
	clang-format -i src/*.c src/*.h src/bindings/*.c src/bindings/*.h src/napi/*.c src/napi/*.h tools/*.c test/c/*.c bench/*.c

clean:
	rm -rf build build-asan
