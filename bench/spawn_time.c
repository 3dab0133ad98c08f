/* spawn_time RUNS CMD [ARGS...]: runs CMD RUNS times (after one warm-up run), with stdout and
 * stderr sent to /dev/null, and prints the median, minimum and maximum wall time in ms. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double run_once(char **argv) {
  double start = now_ms();
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execvp(argv[0], argv);
    _exit(127);
  }
  int status;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "spawn_time: %s failed\n", argv[0]);
    exit(1);
  }
  return now_ms() - start;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: spawn_time RUNS CMD [ARGS...]\n");
    return 2;
  }
  int runs = atoi(argv[1]);
  double *t = malloc(sizeof(double) * (size_t)runs);
  run_once(argv + 2);
  for (int i = 0; i < runs; i++)
    t[i] = run_once(argv + 2);
  qsort(t, (size_t)runs, sizeof(double), cmp);
  printf("%.2f %.2f %.2f\n", t[runs / 2], t[0], t[runs - 1]);
  return 0;
}
