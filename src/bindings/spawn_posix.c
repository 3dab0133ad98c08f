/* Starting children with posix_spawn (see process_wrap.h), shared by process_wrap.c and
 * spawn_sync.c. libuv 1.44's uv_spawn forks: with the engine's ~200 mappings a fork copied
 * page tables and took copy-on-write faults worth 0.6 ms per child (a quarter of
 * spawnSync('true')); glibc's posix_spawn runs the child on the parent's memory (CLONE_VFORK)
 * until the exec. The child is set up as uv_spawn sets it up: stdio slots dup'ed onto fds
 * 0..n-1 (ignored 0-2 on /dev/null), default signal dispositions and an empty signal mask,
 * the working directory, a new session when detached, and the program looked up in the PATH
 * of the child's environment. */
#include "process_wrap.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define ERRNO_CODE(e) (-(e))

extern char **environ;

static void sigchld_cb(uv_signal_t *sig, int signum) {
  (void)signum;
  lode__child_watch_t *w = sig->data;
  /* Collect first: an exit callback may spawn or remove children. */
  lode__child_t *exited = NULL, **tail = &exited;
  for (lode__child_t **link = &w->children; *link != NULL;) {
    lode__child_t *c = *link;
    int status;
    pid_t r;
    do r = waitpid(c->pid, &status, WNOHANG);
    while (r == -1 && errno == EINTR);
    if (r != c->pid) {
      link = &c->next;
      continue;
    }
    *link = c->next;
    c->next = NULL;
    c->exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
    c->term_signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    *tail = c;
    tail = &c->next;
  }
  while (exited != NULL) {
    lode__child_t *c = exited;
    exited = c->next;
    c->next = NULL;
    c->exit_cb(c, c->exit_status, c->term_signal);
  }
}

void lode__child_watch_init(lode__child_watch_t *w, uv_loop_t *loop) {
  memset(w, 0, sizeof *w);
  CHECK(uv_signal_init(loop, &w->sig) == 0);
  w->sig.data = w;
  CHECK(uv_signal_start(&w->sig, sigchld_cb, SIGCHLD) == 0);
  uv_unref((uv_handle_t *)&w->sig);
}

void lode__child_watch_remove(lode__child_watch_t *w, lode__child_t *child) {
  for (lode__child_t **link = &w->children; *link != NULL; link = &(*link)->next) {
    if (*link == child) {
      *link = child->next;
      child->next = NULL;
      return;
    }
  }
}

/* The value of PATH in env (NULL: this process's environment). */
static const char *env_path(char **env) {
  if (env == NULL) return getenv("PATH");
  for (char **p = env; *p != NULL; p++)
    if (strncmp(*p, "PATH=", 5) == 0) return *p + 5;
  return NULL;
}

/* Finds file as execvp would, in the PATH of env. Returns a malloc'd path, or NULL with *err
 * set (UV_ENOENT, or UV_EACCES when a match was not executable). */
static char *find_program(const char *file, char **env, int *err) {
  if (strchr(file, '/') != NULL) {
    char *copy = strdup(file);
    CHECK(copy != NULL);
    return copy;
  }
  const char *path = env_path(env);
  if (path == NULL) path = "/bin:/usr/bin";
  size_t flen = strlen(file);
  bool denied = false;
  for (const char *p = path;; p++) {
    const char *end = strchr(p, ':');
    if (end == NULL) end = p + strlen(p);
    size_t dlen = (size_t)(end - p);
    char *full = malloc(dlen + flen + 3);
    CHECK(full != NULL);
    if (dlen == 0) {
      memcpy(full, file, flen + 1);
    } else {
      memcpy(full, p, dlen);
      full[dlen] = '/';
      memcpy(full + dlen + 1, file, flen + 1);
    }
    struct stat st;
    if (stat(full, &st) == 0 && S_ISREG(st.st_mode)) {
      if (access(full, X_OK) == 0) return full;
      denied = true;
    }
    free(full);
    if (*end == '\0') break;
    p = end;
  }
  *err = denied ? UV_EACCES : UV_ENOENT;
  return NULL;
}

int lode__spawn_posix(lode__child_watch_t *w, const uv_process_options_t *o, lode__child_t *child) {
  if (o->flags & (UV_PROCESS_SETUID | UV_PROCESS_SETGID)) return UV_ENOTSUP;
  int err = 0;
  char *program = find_program(o->file, o->env, &err);
  if (program == NULL) return err;

  int count = o->stdio_count;
  int *parent_end = malloc((size_t)(count > 0 ? count : 1) * sizeof(int));
  int *source = malloc((size_t)(count > 0 ? count : 1) * sizeof(int));
  CHECK(parent_end != NULL && source != NULL);
  for (int i = 0; i < count; i++) parent_end[i] = source[i] = -1;

  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attr);
  int r = 0;
  /* Every descriptor the child gets is first copied above the stdio range (close-on-exec), so
   * that no dup2 onto slot i can clobber the source of a later slot. */
  for (int i = 0; i < count && r == 0; i++) {
    const uv_stdio_container_t *c = &o->stdio[i];
    int fd = -1;
    if (c->flags & UV_CREATE_PIPE) {
      int pair[2];
      if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        r = ERRNO_CODE(errno);
        break;
      }
      parent_end[i] = pair[0];
      fd = pair[1];
      source[i] = fcntl(fd, F_DUPFD_CLOEXEC, count);
      close(fd);
    } else if (c->flags & UV_INHERIT_FD) {
      source[i] = fcntl(c->data.fd, F_DUPFD_CLOEXEC, count);
    } else if (i <= 2) {
      r = posix_spawn_file_actions_addopen(&actions, i, "/dev/null", i == 0 ? O_RDONLY : O_RDWR, 0);
      r = r != 0 ? ERRNO_CODE(r) : 0;
      continue;
    } else {
      continue;
    }
    if (source[i] == -1) {
      r = ERRNO_CODE(errno);
      break;
    }
    r = posix_spawn_file_actions_adddup2(&actions, source[i], i);
    r = r != 0 ? ERRNO_CODE(r) : 0;
  }
  if (r == 0 && o->cwd != NULL) {
    r = posix_spawn_file_actions_addchdir_np(&actions, o->cwd);
    r = r != 0 ? ERRNO_CODE(r) : 0;
  }
  if (r == 0) {
    sigset_t all, none;
    sigfillset(&all);
    sigdelset(&all, SIGKILL);
    sigdelset(&all, SIGSTOP);
    sigemptyset(&none);
    short flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
    if (o->flags & UV_PROCESS_DETACHED) flags |= POSIX_SPAWN_SETSID;
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, flags);
    pid_t pid;
    int e = posix_spawn(&pid, program, &actions, &attr, o->args, o->env != NULL ? o->env : environ);
    if (e != 0) {
      r = ERRNO_CODE(e);
    } else {
      child->pid = pid;
      child->next = w->children;
      w->children = child;
    }
  }
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  free(program);
  for (int i = 0; i < count; i++)
    if (source[i] != -1) close(source[i]);
  for (int i = 0; i < count; i++) {
    if (parent_end[i] == -1) continue;
    if (r == 0) {
      int e = uv_pipe_open((uv_pipe_t *)o->stdio[i].data.stream, parent_end[i]);
      if (e == 0) continue;
    }
    close(parent_end[i]);
  }
  free(parent_end);
  free(source);
  /* A child that already ended is reaped when the SIGCHLD it sent is handled. */
  return r;
}
