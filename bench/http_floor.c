/* The ceiling for bench/http.sh's hello case on this machine: an HTTP/1.1 server in plain C on
 * libuv that answers every request with the same bytes Node's hello answer has (status line,
 * Content-Type, Date, Connection, Keep-Alive, Content-Length, 12-byte body). It runs no
 * JavaScript and parses nothing beyond finding each request's end (GET requests without a
 * body, as wrk sends), so no runtime can serve faster here: it shows how much of a req/s
 * ratio is reachable at all. Usage: http_floor PORT [PROCESSES] (listens on 127.0.0.1). With
 * PROCESSES > 1 (bench/cluster.sh), that many processes each listen on the port with
 * SO_REUSEPORT, so the kernel spreads the connections evenly among them, as a cluster's
 * round-robin does; the extra processes exit with the first. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

typedef struct {
  uv_tcp_t tcp;
  int matched; /* how many bytes of "\r\n\r\n" the previous read ended with */
} conn_t;

static char response[256];
static size_t response_len;
static char batch[256 * 64]; /* up to 64 pipelined answers in one write */

static void build_response(void) {
  char date[64];
  time_t now = time(NULL);
  strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", gmtime(&now));
  response_len = (size_t)snprintf(response, sizeof response,
                                  "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: %s\r\n"
                                  "Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n"
                                  "Content-Length: 12\r\n\r\nhello world\n",
                                  date);
  for (size_t i = 0; i < 64; i++) memcpy(batch + i * response_len, response, response_len);
}

static void on_alloc(uv_handle_t *h, size_t size, uv_buf_t *buf) {
  (void)h;
  (void)size;
  static char slab[65536];
  *buf = uv_buf_init(slab, sizeof slab);
}

static void on_close(uv_handle_t *h) { free(h); }

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  conn_t *c = (conn_t *)s;
  if (n < 0) {
    uv_close((uv_handle_t *)s, on_close);
    return;
  }
  /* Count request ends ("\r\n\r\n"), carrying a partial match across reads. */
  static const char end[] = "\r\n\r\n";
  size_t requests = 0;
  for (ssize_t i = 0; i < n; i++) {
    char ch = buf->base[i];
    if (ch == end[c->matched]) {
      if (++c->matched == 4) {
        requests++;
        c->matched = 0;
      }
    } else {
      c->matched = ch == '\r';
    }
  }
  while (requests > 0) {
    size_t k = requests < 64 ? requests : 64;
    uv_buf_t out = uv_buf_init(batch, (unsigned)(k * response_len));
    int r = uv_try_write(s, &out, 1);
    if (r != (int)out.len) { /* a full socket buffer never happens with wrk's small answers */
      uv_close((uv_handle_t *)s, on_close);
      return;
    }
    requests -= k;
  }
}

static void on_connection(uv_stream_t *server, int status) {
  if (status < 0) return;
  conn_t *c = calloc(1, sizeof *c);
  uv_tcp_init(server->loop, &c->tcp);
  if (uv_accept(server, (uv_stream_t *)&c->tcp) != 0) {
    uv_close((uv_handle_t *)&c->tcp, on_close);
    return;
  }
  uv_tcp_nodelay(&c->tcp, 1);
  uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: http_floor PORT\n");
    return 2;
  }
  build_response();
  int processes = argc > 2 ? atoi(argv[2]) : 1;
  for (int i = 1; i < processes; i++) {
    pid_t child = fork();
    if (child == 0) {
      prctl(PR_SET_PDEATHSIG, SIGTERM);
      break;
    }
  }
  uv_tcp_t server;
  struct sockaddr_in addr;
  uv_tcp_init_ex(uv_default_loop(), &server, AF_INET);
  if (processes > 1) {
    uv_os_fd_t fd;
    int on = 1;
    uv_fileno((uv_handle_t *)&server, &fd);
    setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
  }
  uv_ip4_addr("127.0.0.1", atoi(argv[1]), &addr);
  if (uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0) != 0 ||
      uv_listen((uv_stream_t *)&server, 511, on_connection) != 0) {
    fprintf(stderr, "http_floor: cannot listen on %s\n", argv[1]);
    return 1;
  }
  return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
}
