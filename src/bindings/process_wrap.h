/* What process_wrap.c (child_process.spawn) and spawn_sync.c (spawnSync) share: reading the
 * spawn options object that lib/internal/child_process.js builds into uv_process_options_t.
 *
 * The options object: { file, args: [string], envPairs: ['K=V'] | undefined, cwd: string |
 * undefined, uid, gid (numbers, or undefined), detached: boolean, stdio: [slot] } where a
 * slot is { type: 'ignore' | 'pipe' | 'fd', handle (a Pipe wrapper, for 'pipe'), fd (for
 * 'fd') }. Each binding fills the stdio containers itself. */
#ifndef LODE_BINDINGS_PROCESS_WRAP_H
#define LODE_BINDINGS_PROCESS_WRAP_H

#include "index.h"

typedef struct lode__spawn_options_s {
  uv_process_options_t o;
  char *file;
  char **args; /* NULL-terminated, each malloc'd */
  char **env;  /* NULL-terminated, or NULL to inherit the parent's environment */
  char *cwd;
  uv_stdio_container_t *stdio; /* o.stdio_count slots, zeroed (UV_IGNORE) */
} lode__spawn_options_t;

/* Fills *so from the JS options object (everything but the stdio containers, which are
 * allocated as ignored slots, one per entry of options.stdio, at least 3). Returns 0, or
 * UV_EINVAL if a required field is missing or malformed (then nothing is left to free). */
int lode__spawn_options_read(JSContextRef ctx, JSObjectRef options, lode__spawn_options_t *so);

/* Frees what lode__spawn_options_read allocated. */
void lode__spawn_options_free(lode__spawn_options_t *so);

/* Returns the slot object options.stdio[i] (or NULL when it is not an object); *type gets
 * 0 ignore, 1 pipe, 2 fd and *fd the descriptor of an 'fd' slot. */
JSObjectRef lode__spawn_stdio_slot(JSContextRef ctx, JSObjectRef options, size_t i, int *type,
                                   int *fd);

enum { LODE__STDIO_IGNORE = 0, LODE__STDIO_PIPE = 1, LODE__STDIO_FD = 2 };

/* Children started with lode__spawn_posix are reaped by a watcher of SIGCHLD on their loop
 * (libuv reaps only the children of uv_spawn). A child is added to the watcher before it can
 * exit; exit_cb runs once, on the loop, with the exit status and the signal that ended it
 * (0 if none), after the child was removed from the watcher. */
typedef struct lode__child_s {
  pid_t pid;
  void (*exit_cb)(struct lode__child_s *child, int64_t exit_status, int term_signal);
  struct lode__child_s *next;
  int64_t exit_status; /* set when reaped */
  int term_signal;
} lode__child_t;

typedef struct lode__child_watch_s {
  uv_signal_t sig;
  lode__child_t *children;
} lode__child_watch_t;

/* Starts watching SIGCHLD on loop (the watcher does not keep the loop alive). */
void lode__child_watch_init(lode__child_watch_t *w, uv_loop_t *loop);

/* Starts the child described by o (the stdio containers may be UV_IGNORE, UV_INHERIT_FD or
 * UV_CREATE_PIPE with an initialized, unopened uv_pipe_t, which gets the parent's end) with
 * posix_spawn, which shares the parent's memory until the exec instead of copying its page
 * tables as fork() does (the cost of a fork grows with the engine's mappings). Adds child to
 * w with child->pid set. Returns 0 or a negative libuv code (nothing started, no pipe opened);
 * UV_ENOTSUP if o asks for what posix_spawn cannot do (uid/gid): use uv_spawn then. */
int lode__spawn_posix(lode__child_watch_t *w, const uv_process_options_t *o, lode__child_t *child);

/* Stops tracking child (its exit_cb will not run). */
void lode__child_watch_remove(lode__child_watch_t *w, lode__child_t *child);

#endif
