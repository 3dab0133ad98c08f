/* The ceiling for bench/net.sh: bench/net.js's TCP echo (a server and 50 client connections
 * in one process on 127.0.0.1) in plain C on libuv, with no JavaScript. It does what the
 * script asks of a runtime: the server writes back each chunk it reads (64 KiB reads, like
 * Node's) and stops reading a connection while more than 16 KiB of its answers wait to be
 * written (a writable stream's highWaterMark); in `bulk` each client writes 64 KiB buffers
 * while less than 16 KiB of its own writes wait, in `small` it keeps ten 100-byte messages
 * in flight and answers all the messages of a read in one write (as Lode's held small
 * writes do). It prints the rate as net.js does (MB/s or messages/s, or per CPU-second with
 * PER_CPU=1): no runtime can echo faster here, so it shows how much of a ratio against Node
 * is reachable at all. Usage: net_floor bulk|small (env DURATION_MS). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <uv.h>

enum { CONNECTIONS = 50, BIG = 64 * 1024, SMALL = 100, HIGH_WATER = 16 * 1024 };

typedef struct {
  uv_tcp_t tcp;
  bool client, paused;
  size_t pending; /* small: bytes received toward the next full message */
} conn_t;

typedef struct {
  uv_write_t req;
  char *owned; /* the server's echoed chunk, freed when written */
} write_t;

static uv_loop_t *loop;
static uv_tcp_t server;
static conn_t clients[CONNECTIONS];
static char big[BIG], smalls[2 * BIG]; /* smalls: 'y's for up to 1,310 messages */
static bool bulk, stop;
static unsigned long long received;
static uint64_t start;

static void pump(conn_t *c);
static void on_server_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf);

/* Read buffers go back to a free list (a fresh 64 KiB block from malloc is page faults). */
static char *spare[4096];
static int spares;

static void on_alloc(uv_handle_t *h, size_t size, uv_buf_t *buf) {
  (void)h, (void)size;
  *buf = uv_buf_init(spares > 0 ? spare[--spares] : malloc(BIG), BIG);
}

static void release(char *block) {
  if (block == NULL) return;
  if (spares < 4096) spare[spares++] = block;
  else free(block);
}

static void on_written(uv_write_t *req, int status) {
  write_t *w = (write_t *)req;
  conn_t *c = (conn_t *)req->handle;
  release(w->owned);
  free(w);
  if (status < 0 || stop) return;
  size_t queued = uv_stream_get_write_queue_size((uv_stream_t *)c);
  if (c->client && bulk && queued < HIGH_WATER) pump(c);
  if (!c->client && c->paused && queued == 0) {
    c->paused = false;
    uv_read_start((uv_stream_t *)c, on_alloc, on_server_read);
  }
}

static void send_bytes(conn_t *c, char *bytes, size_t n, char *owned) {
  write_t *w = malloc(sizeof *w);
  w->owned = owned;
  uv_buf_t buf = uv_buf_init(bytes, (unsigned)n);
  uv_write(&w->req, (uv_stream_t *)c, &buf, 1, on_written);
}

static void pump(conn_t *c) {
  while (!stop && uv_stream_get_write_queue_size((uv_stream_t *)c) < HIGH_WATER)
    send_bytes(c, big, BIG, NULL);
}

static void on_client_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  conn_t *c = (conn_t *)s;
  release(buf->base);
  if (n <= 0) return;
  received += (unsigned long long)n;
  if (bulk) return;
  /* The answers to one read go out in one write, as Lode's held small writes do. */
  c->pending += (size_t)n;
  size_t messages = c->pending / SMALL;
  c->pending -= messages * SMALL;
  if (!stop && messages > 0) send_bytes(c, smalls, messages * SMALL, NULL);
}

static void on_server_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  conn_t *c = (conn_t *)s;
  if (n <= 0) {
    release(buf->base);
    if (n < 0) uv_close((uv_handle_t *)s, NULL);
    return;
  }
  send_bytes(c, buf->base, (size_t)n, buf->base);
  if (uv_stream_get_write_queue_size(s) > HIGH_WATER) {
    c->paused = true;
    uv_read_stop(s);
  }
}

static void on_connection(uv_stream_t *srv, int status) {
  if (status < 0) return;
  conn_t *c = calloc(1, sizeof *c);
  uv_tcp_init(loop, &c->tcp);
  if (uv_accept(srv, (uv_stream_t *)c) == 0) uv_read_start((uv_stream_t *)c, on_alloc, on_server_read);
}

static void on_connect(uv_connect_t *req, int status) {
  conn_t *c = (conn_t *)req->handle;
  free(req);
  if (status < 0) return;
  uv_read_start((uv_stream_t *)c, on_alloc, on_client_read);
  if (bulk) pump(c);
  else
    for (int k = 0; k < 10; k++) send_bytes(c, smalls, SMALL, NULL);
}

static void on_stop(uv_timer_t *t) {
  stop = true;
  double seconds = (double)(uv_hrtime() - start) / 1e9;
  if (getenv("PER_CPU") != NULL) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    seconds = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
              (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  }
  if (bulk) printf("%.1f\n", (double)received / seconds / 1e6);
  else printf("%.0f\n", (double)received / SMALL / seconds);
  fflush(stdout);
  (void)t;
  exit(0);
}

int main(int argc, char **argv) {
  bulk = argc < 2 || strcmp(argv[1], "small") != 0;
  const char *d = getenv("DURATION_MS");
  uint64_t duration = d != NULL ? strtoull(d, NULL, 10) : 2000;
  memset(big, 'x', sizeof big);
  memset(smalls, 'y', sizeof smalls);
  loop = uv_default_loop();
  struct sockaddr_in addr;
  uv_ip4_addr("127.0.0.1", 0, &addr);
  uv_tcp_init(loop, &server);
  uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0);
  if (uv_listen((uv_stream_t *)&server, 511, on_connection) != 0) return 1;
  struct sockaddr_storage bound;
  int len = sizeof bound;
  uv_tcp_getsockname(&server, (struct sockaddr *)&bound, &len);
  start = uv_hrtime();
  for (int i = 0; i < CONNECTIONS; i++) {
    conn_t *c = &clients[i];
    c->client = true;
    uv_tcp_init(loop, &c->tcp);
    uv_tcp_nodelay(&c->tcp, 1);
    uv_connect_t *req = malloc(sizeof *req);
    uv_tcp_connect(req, &c->tcp, (const struct sockaddr *)&bound, on_connect);
  }
  uv_timer_t timer;
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_stop, duration, 0);
  return uv_run(loop, UV_RUN_DEFAULT);
}
